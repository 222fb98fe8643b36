package org.bookreviews.reader;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;

class PasswordHasherTest {

    private final PasswordHasher hasher = new PasswordHasher(1);

    @Test
    void aPasswordMatchesItsOwnHashOnly() {
        String stored = hasher.hash("Zoë 李 🚀 O'Brien's passphrase");
        assertTrue(hasher.matches("Zoë 李 🚀 O'Brien's passphrase", stored));
        assertFalse(hasher.matches("Zoe 李 🚀 O'Brien's passphrase", stored));
        assertFalse(hasher.needsRehash(stored));
    }

    @Test
    void anUnknownUsernameCostsAComparisonWithTodaysParametersThatNothingPasses() {
        // Well-formed and with today's parameters: the time spent is that of a real comparison.
        assertFalse(hasher.needsRehash(PasswordHasher.DUMMY_HASH));
        assertFalse(hasher.matches("", PasswordHasher.DUMMY_HASH));
        assertFalse(hasher.matches("a password nobody has", PasswordHasher.DUMMY_HASH));
    }
}
