package org.bookreviews.it;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.net.URL;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.logging.Handler;
import java.util.logging.Level;
import java.util.logging.LogRecord;
import java.util.logging.Logger;
import java.util.stream.Collectors;
import org.jboss.arquillian.container.test.api.Deployer;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.arquillian.test.api.ArquillianResource;
import org.jboss.shrinkwrap.api.spec.WebArchive;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * An administrator redeploys the application: it stops cleanly (Derby shut down, no thread or
 * ThreadLocal left behind, which Tomcat reports as a leak) and starts again on the same database,
 * with every review still there.
 */
@Tag(Needs.REDEPLOY)
@ExtendWith(ArquillianExtension.class)
class RedeployIT {

    private static final String DEPLOYMENT = "redeployed";

    @Deployment(name = DEPLOYMENT, managed = false, testable = false)
    static WebArchive war() {
        return Deployments.packagedWar();
    }

    @ArquillianResource
    private Deployer deployer;

    // A strong reference: java.util.logging keeps loggers only weakly.
    private final Logger catalina = Logger.getLogger("org.apache.catalina");
    private final List<LogRecord> problems = new CopyOnWriteArrayList<>();
    private final Handler capture = new Handler() {
        @Override
        public void publish(LogRecord record) {
            // Derby's network server and its connection threads exist only in the test run (the tests
            // read rows through it, derby.drda.startNetworkServer); one may still be closing its
            // socket when Tomcat looks at undeploy.
            // Tomcat's own utility threads are started lazily; one started while the context's
            // background process runs inherits the context's class loader and is then "found".
            String message = String.valueOf(record.getMessage());
            boolean testOnlyListener = message.contains("[DRDAConnThread_") || message.contains("[NetworkServerThread_");
            boolean tomcatsOwn = message.contains("[Catalina-utility-");
            if (record.getLevel().intValue() >= Level.WARNING.intValue() && !testOnlyListener && !tomcatsOwn) {
                problems.add(record);
            }
        }

        @Override
        public void flush() {
        }

        @Override
        public void close() {
        }
    };

    @BeforeEach
    void listenToTomcat() {
        catalina.addHandler(capture);
    }

    @AfterEach
    void stopListening() {
        catalina.removeHandler(capture);
    }

    @Test
    void stopsWithoutLeaksAndStartsAgainWithItsData() throws Exception {
        URL url = new URL("http://localhost:" + System.getProperty("it.http.port") + "/bookreviews/");
        Long reviewsBefore = null;
        for (int round = 1; round <= 3; round++) {
            deployer.deploy(DEPLOYMENT);
            Site site = new Site(url);
            assertEquals(200, site.get("/").status(), "round " + round);
            long reviews = Rows.reviewCount();
            if (reviewsBefore != null) {
                assertEquals(reviewsBefore, reviews, "the review written before the redeploy is kept");
            }
            assertEquals(303, site.writeReview(1, "Redeploy Round " + round, "4", "Still here.").status());
            reviewsBefore = reviews + 1;
            deployer.undeploy(DEPLOYMENT);
        }
        String report = problems.stream()
                .map(r -> r.getLoggerName() + ": " + r.getMessage())
                .collect(Collectors.joining("\n"));
        assertTrue(problems.isEmpty(), "Tomcat warned while the application started or stopped:\n" + report);
    }
}
