package org.bookreviews.it;

import fish.payara.arquillian.container.payara.managed.PayaraMicroDeployableContainer;
import org.jboss.arquillian.container.spi.client.container.DeploymentException;
import org.jboss.arquillian.container.spi.client.container.LifecycleException;
import org.jboss.arquillian.container.spi.client.protocol.metadata.ProtocolMetaData;
import org.jboss.shrinkwrap.api.Archive;

/**
 * Payara Micro started once for a whole test run, not once per test class. Payara's adapter can
 * only deploy by starting a new Payara Micro with the WAR (30-110 s on 2 cores) and undeploy by
 * ending it; every test class deploys the same packaged WAR, so the first class starts the server
 * and the rest reuse it, as the Tomcat runs reuse their server. Like those, the classes share the
 * database; unlike them, they also share the running application, as a real site's visitors do.
 * The server stops when Arquillian stops the container, or at the latest when the test JVM exits.
 */
public class PayaraMicroOncePerRun extends PayaraMicroDeployableContainer {

    private String runningWar;
    private ProtocolMetaData running;

    @Override
    public synchronized ProtocolMetaData deploy(Archive<?> war) throws DeploymentException {
        if (running != null && war.getName().equals(runningWar)) {
            return running;
        }
        stopRunningServer(war);
        running = super.deploy(war);
        runningWar = war.getName();
        return running;
    }

    /** Kept running for the next test class; {@link #stop()} ends it. */
    @Override
    public void undeploy(Archive<?> war) {
    }

    @Override
    public synchronized void stop() throws LifecycleException {
        try {
            stopRunningServer(null);
        } catch (DeploymentException e) {
            throw new LifecycleException("Could not stop Payara Micro", e);
        }
    }

    private void stopRunningServer(Archive<?> war) throws DeploymentException {
        if (running != null) {
            super.undeploy(war);
            running = null;
            runningWar = null;
        }
    }
}
