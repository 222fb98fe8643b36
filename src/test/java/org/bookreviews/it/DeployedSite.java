package org.bookreviews.it;

import java.net.URI;
import java.net.URL;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.arquillian.test.api.ArquillianResource;
import org.jboss.shrinkwrap.api.spec.WebArchive;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * What every integration test of the site starts from: the packaged WAR deployed by Arquillian
 * into the server of this run (Tomcat 10.1, Tomcat 11 or Payara 6; the tests run outside it, as
 * a browser would), and a fresh {@link Site} for each test.
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
    void openSite() throws Exception {
        site = new Site(onLoopback(deploymentUrl));
    }

    /** Another browser (its own cookies) on the same site. */
    protected Site newBrowser() {
        try {
            return new Site(onLoopback(deploymentUrl));
        } catch (Exception e) {
            throw new IllegalStateException(e);
        }
    }

    /** Payara reports the machine's network address; the tests stay on loopback. */
    static URL onLoopback(URL url) throws Exception {
        return new URI(url.getProtocol(), null, "localhost", url.getPort(), url.getPath(), null, null).toURL();
    }
}
