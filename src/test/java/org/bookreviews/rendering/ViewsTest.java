package org.bookreviews.rendering;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;

/** Which server the build's precompiled views run on: only the Jasper of the Tomcat that made them. */
class ViewsTest {

    @Test
    void precompiledViewsRunOnAnyReleaseOfTheTomcatMajorVersionThatCompiledThem() {
        assertTrue(Views.sameMajorVersion("Apache Tomcat/11.0.24", "Apache Tomcat/11.0.24"));
        assertTrue(Views.sameMajorVersion("Apache Tomcat/11.0.24", "Apache Tomcat/11.0.30"));
    }

    @Test
    void otherServersCompileTheJspFilesThemselves() {
        assertFalse(Views.sameMajorVersion("Apache Tomcat/11.0.24", "Apache Tomcat/10.1.55"));
        assertFalse(Views.sameMajorVersion("Apache Tomcat/11.0.24", "Apache Tomcat/110.0.1"));
        assertFalse(Views.sameMajorVersion("Apache Tomcat/11.0.24", "Payara Server  6.2025.10 #badassfish"));
        assertFalse(Views.sameMajorVersion("", "Apache Tomcat/11.0.24"));
        assertFalse(Views.sameMajorVersion("Apache Tomcat", "Apache Tomcat/11.0.24"));
    }
}
