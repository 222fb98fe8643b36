package org.bookreviews.reader;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotSame;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.lang.ref.WeakReference;
import org.junit.jupiter.api.Test;

class GuessabilityEstimateTest {

    @Test
    void commonPasswordsAndKeyboardWalksAreGuessableALongPassphraseIsNot() {
        assertTrue(GuessabilityEstimate.isGuessable("password123456"));
        assertTrue(GuessabilityEstimate.isGuessable("qwertyuiopasdf"));
        assertFalse(GuessabilityEstimate.isGuessable("quiet lanterns drift over 7 harbours"));
        assertFalse(GuessabilityEstimate.isGuessable("Zoë 李 🚀 O'Brien's harbour lantern"));
    }

    @Test
    void theDictionariesAreHeldByAClassLoaderThatGoesWhenLetGo() throws InterruptedException {
        ClassLoader first = GuessabilityEstimate.currentLoader();
        assertNotSame(PasswordPolicy.class.getClassLoader(), first, "nbvcxz is loaded apart from the app");

        WeakReference<ClassLoader> dropped = new WeakReference<>(first);
        first = null;
        GuessabilityEstimate.forget();
        for (int i = 0; i < 50 && dropped.get() != null; i++) {
            System.gc();
            Thread.sleep(20);
        }
        assertNull(dropped.get(), "nothing else holds nbvcxz's class loader (and its dictionaries)");

        // The next check loads it again and estimates as before.
        assertTrue(GuessabilityEstimate.isGuessable("password123456"));
        assertFalse(GuessabilityEstimate.isGuessable("quiet lanterns drift over 7 harbours"));
    }
}
