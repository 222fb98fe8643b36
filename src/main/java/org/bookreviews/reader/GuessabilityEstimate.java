package org.bookreviews.reader;

import java.lang.ref.SoftReference;
import java.lang.reflect.Constructor;
import java.lang.reflect.InvocationTargetException;
import java.lang.reflect.Method;
import java.net.URL;
import java.net.URLClassLoader;
import java.security.CodeSource;
import java.util.logging.Level;
import java.util.logging.Logger;
import me.gosimple.nbvcxz.Nbvcxz;

/**
 * nbvcxz's estimate of whether a password is easily guessed, with its dictionaries in memory
 * only while passwords are being chosen. nbvcxz keeps them (~20 MB, a sixth of a 128 MB heap) in
 * static fields from its first estimate on, for as long as its classes are loaded; the app's
 * class loader never lets go of them, and every full collection walked them again. So the
 * library is loaded by a class loader of its own, held softly: when nobody has chosen a password
 * for a while and the heap wants room, the JVM drops it, dictionaries and all (its soft-reference
 * policy: about a second per free megabyte since the last use), and the next sign-up loads it
 * again (~0.3 s). Where the library's jar cannot be found, the app's class loader holds it, as
 * any library is held.
 */
final class GuessabilityEstimate {

    private static final Logger LOG = Logger.getLogger(GuessabilityEstimate.class.getName());

    private static final Object LOADING = new Object();
    private static volatile SoftReference<Estimator> loaded = new SoftReference<>(null);

    private GuessabilityEstimate() {
    }

    /** Whether nbvcxz finds the password too easily guessed (below its minimum entropy). */
    static boolean isGuessable(String password) {
        return !estimator().meetsMinimumEntropy(password);
    }

    /** The class loader the library is loaded by now (for tests). */
    static ClassLoader currentLoader() {
        return estimator().loader();
    }

    /** Lets go of the library at once, as the JVM does when it clears the reference (for tests). */
    static void forget() {
        loaded = new SoftReference<>(null);
    }

    private static Estimator estimator() {
        Estimator estimator = loaded.get();
        if (estimator != null) {
            return estimator;
        }
        synchronized (LOADING) { // one load for a burst of sign-ups
            estimator = loaded.get();
            if (estimator == null) {
                estimator = load();
                loaded = new SoftReference<>(estimator);
            }
            return estimator;
        }
    }

    /** On a class loader of the library's jar alone (it needs nothing else), or the app's when that cannot be. */
    private static Estimator load() {
        CodeSource source = Nbvcxz.class.getProtectionDomain().getCodeSource(); // loads the class, runs nothing of it
        URL jar = source == null ? null : source.getLocation();
        if (jar == null) {
            LOG.log(Level.FINE, "nbvcxz's jar not found; its dictionaries stay loaded");
        } else {
            try {
                return Estimator.load(new URLClassLoader("nbvcxz", new URL[] {jar}, ClassLoader.getPlatformClassLoader()));
            } catch (IllegalStateException | LinkageError e) {
                LOG.log(Level.WARNING, "nbvcxz cannot be loaded on its own; its dictionaries stay loaded", e);
            }
        }
        return Estimator.load(Nbvcxz.class.getClassLoader());
    }

    /** The library's configuration (with its dictionaries) and the members called on it, all of one class loader. */
    private record Estimator(ClassLoader loader, Object configuration, Constructor<?> nbvcxz, Method estimate,
            Method isMinimumEntropyMet) {

        static Estimator load(ClassLoader loader) {
            try {
                Class<?> builderClass = Class.forName("me.gosimple.nbvcxz.resources.ConfigurationBuilder", true, loader);
                Object builder = builderClass.getConstructor().newInstance();
                builderClass.getMethod("setMaxLength", Integer.class).invoke(builder, PasswordPolicy.MAX_LENGTH);
                Object configuration = builderClass.getMethod("createConfiguration").invoke(builder);
                Class<?> nbvcxzClass = Class.forName("me.gosimple.nbvcxz.Nbvcxz", true, loader);
                Constructor<?> nbvcxz = nbvcxzClass.getConstructor(configuration.getClass());
                Method estimate = nbvcxzClass.getMethod("estimate", String.class);
                Method isMinimumEntropyMet = estimate.getReturnType().getMethod("isMinimumEntropyMet");
                return new Estimator(loader, configuration, nbvcxz, estimate, isMinimumEntropyMet);
            } catch (ReflectiveOperationException e) {
                throw new IllegalStateException("nbvcxz cannot be loaded", e);
            }
        }

        /** A new estimator per password: nbvcxz's are not to be shared across threads (its configuration is). */
        boolean meetsMinimumEntropy(String password) {
            try {
                Object result = estimate.invoke(nbvcxz.newInstance(configuration), password);
                return (Boolean) isMinimumEntropyMet.invoke(result);
            } catch (InvocationTargetException e) {
                if (e.getCause() instanceof RuntimeException failure) {
                    throw failure;
                }
                throw new IllegalStateException(e.getCause());
            } catch (ReflectiveOperationException e) {
                throw new IllegalStateException(e);
            }
        }
    }
}
