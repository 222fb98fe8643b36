package org.bookreviews.it;

import java.net.URL;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.arquillian.test.api.ArquillianResource;
import org.jboss.shrinkwrap.api.spec.WebArchive;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * What every integration test of the site starts from: the packaged WAR deployed by Arquillian
 * into Tomcat (tests run outside it, as a browser would), and a fresh {@link Site} for each test.
 */
@ExtendWith(ArquillianExtension.class)
abstract class DeployedSite {

    @Deployment(testable = false)
    static WebArchive war() {
        return Deployments.packagedWar();
    }

    @ArquillianResource
    protected URL deploymentUrl;

    protected Site site;

    @BeforeEach
    void openSite() {
        site = new Site(deploymentUrl);
    }
}
