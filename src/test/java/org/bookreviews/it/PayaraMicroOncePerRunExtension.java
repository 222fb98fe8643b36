package org.bookreviews.it;

import org.jboss.arquillian.container.spi.client.container.DeployableContainer;
import org.jboss.arquillian.core.spi.LoadableExtension;

/**
 * Puts {@link PayaraMicroOncePerRun} in place of Payara's own adapter, in the Payara runs only:
 * pom.xml leaves Payara's adapter out of the Tomcat runs, where this class must load without it
 * (so it names Payara's classes only once it knows they are there).
 */
public final class PayaraMicroOncePerRunExtension implements LoadableExtension {

    private static final String PAYARA_ADAPTER = "fish.payara.arquillian.container.payara.managed.PayaraMicroDeployableContainer";

    @Override
    public void register(ExtensionBuilder builder) {
        try {
            Class<?> payaraAdapter = Class.forName(PAYARA_ADAPTER, false, getClass().getClassLoader());
            builder.override(DeployableContainer.class, payaraAdapter.asSubclass(DeployableContainer.class),
                    PayaraMicroOncePerRun.class);
        } catch (ClassNotFoundException e) {
            // A Tomcat run: nothing to replace.
        }
    }
}
