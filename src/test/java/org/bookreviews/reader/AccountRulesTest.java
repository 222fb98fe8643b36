package org.bookreviews.reader;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.Optional;
import org.bookreviews.http.Problem;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class AccountRulesTest {

    private static String usernameProblem(String username) {
        return AccountRules.checkUsername(username).map(Problem::key).orElse(null);
    }

    private static String nameProblem(String name) {
        return AccountRules.checkDisplayName(name).map(Problem::key).orElse(null);
    }

    @ParameterizedTest
    @ValueSource(strings = {"ann", "Zoe.O-Brien_2", "abc", "a23456789012345678901234567890"})
    void usernamesOfLettersDigitsDotsUnderscoresAndHyphens(String username) {
        assertEquals(null, usernameProblem(username));
    }

    @ParameterizedTest
    @ValueSource(strings = {"ab", "zoë", "ann smith", "ann/../x", "ann@x", "李李李", "<b>"})
    void otherUsernamesAreRefused(String username) {
        assertEquals("invalid.username.format", usernameProblem(username));
    }

    @Test
    void aTooLongUsernameIsToldItsLength() {
        Problem problem = AccountRules.checkUsername("a234567890123456789012345678901").orElseThrow();
        assertEquals("invalid.username.tooLong", problem.key());
        assertEquals(java.util.List.of(30, 31), problem.getArguments());
    }

    @Test
    void aMissingUsernameIsAskedFor() {
        assertEquals("invalid.username.required", usernameProblem(null));
        assertEquals("invalid.username.required", usernameProblem("   "));
    }

    @Test
    void displayNamesFollowTheReviewerNameRules() {
        assertEquals(null, nameProblem("Zoë 李 🚀 O'Brien"));
        assertEquals(null, nameProblem("🚀".repeat(100)));
        assertEquals("invalid.name.tooLong", nameProblem("🚀".repeat(101)));
        assertEquals("invalid.name.required", nameProblem("  "));
        for (String withControl : new String[] {"Ann\u0000", "Ann\nBob", "Ann\tBob", "\u0007Ann", "Ann\u009b"}) {
            assertEquals("invalid.name.characters", nameProblem(withControl), withControl);
        }
    }

    @Test
    void passwordsFollowNistAndOwasp() {
        assertEquals(Optional.empty(), PasswordPolicy.check("purple tractor sings at dawn", "ann"));
        assertEquals(Optional.empty(), PasswordPolicy.check("🚀🌙 kettle of  quiet rivers 🌙🚀", "ann"), "emoji and spaces");
        assertEquals("invalid.password.tooShort", PasswordPolicy.check("Kq8#zv!Lw2", "ann").orElseThrow().key());
        assertEquals("invalid.password.tooLong", PasswordPolicy.check("x".repeat(129), "ann").orElseThrow().key());
        assertEquals("invalid.password.guessable", PasswordPolicy.check("password123456", "ann").orElseThrow().key());
        assertEquals("invalid.password.guessable", PasswordPolicy.check("qwertyuiopasdf", "ann").orElseThrow().key());
        assertEquals("invalid.password.containsUsername",
                PasswordPolicy.check("my name is annabel.smith forever", "Annabel.Smith").orElseThrow().key());
        assertTrue(PasswordPolicy.check("aaaaaaaaaaaaaaaa", "ann").isPresent(), "repeats");
    }

    @Test
    void hashesAreArgon2idWithTheirParametersAndCheckInConstantShape() {
        PasswordHasher hasher = new PasswordHasher(1);
        String hash = hasher.hash("purple tractor sings at dawn");
        assertTrue(hash.startsWith("$argon2id$v=19$m=19456,t=2,p=1$"), hash);
        assertTrue(hasher.matches("purple tractor sings at dawn", hash));
        assertEquals(false, hasher.matches("purple tractor sings at dusk", hash));
        assertEquals(false, hash.equals(hasher.hash("purple tractor sings at dawn")), "a new salt each time");
        assertEquals(false, hasher.needsRehash(hash));
        assertTrue(hasher.needsRehash(hash.replace("t=2", "t=1")), "older parameters are raised at the next sign-in");
        assertEquals(false, hasher.matches("anything", "not a hash"));
    }
}
