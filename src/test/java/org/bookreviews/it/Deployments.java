package org.bookreviews.it;

import java.io.File;
import org.jboss.shrinkwrap.api.ShrinkWrap;
import org.jboss.shrinkwrap.api.spec.WebArchive;

/** The real, packaged WAR (target/bookreviews.war), exactly as it ships: no test classes added. */
final class Deployments {

    private Deployments() {
    }

    static WebArchive packagedWar() {
        File war = new File(System.getProperty("bookreviews.war", "target/bookreviews.war"));
        if (!war.isFile()) {
            throw new IllegalStateException("No WAR at " + war + ": run the integration tests with mvn verify");
        }
        return ShrinkWrap.createFromZipFile(WebArchive.class, war);
    }
}
