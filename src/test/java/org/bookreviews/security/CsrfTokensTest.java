package org.bookreviews.security;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.Arrays;
import org.junit.jupiter.api.Test;

class CsrfTokensTest {

    private final byte[] secret = "0123456789abcdef0123456789abcdef".getBytes();

    @Test
    void keysAreLongRandomAndCookieSafe() {
        String key = CsrfTokens.newKey();
        assertEquals(43, key.length()); // 32 random bytes
        assertTrue(key.matches("[A-Za-z0-9_-]+"), key);
        assertNotEquals(key, CsrfTokens.newKey());
    }

    @Test
    void aTokenDependsOnTheKeyAndTheSecret() {
        CsrfTokens tokens = new CsrfTokens(secret);
        String key = CsrfTokens.newKey();
        assertEquals(tokens.tokenFor(key), new CsrfTokens(secret.clone()).tokenFor(key), "same secret, same token");
        assertNotEquals(tokens.tokenFor(key), tokens.tokenFor(CsrfTokens.newKey()), "another browser");
        byte[] otherSecret = Arrays.copyOf(secret, secret.length);
        otherSecret[0] ^= 1;
        assertNotEquals(tokens.tokenFor(key), new CsrfTokens(otherSecret).tokenFor(key), "another server secret");
        assertTrue(tokens.tokenFor(key).matches("[A-Za-z0-9_-]{43}"));
    }

    @Test
    void aShortSecretIsRefused() {
        assertThrows(IllegalArgumentException.class, () -> new CsrfTokens(new byte[16]));
    }
}
