package org.bookreviews.web;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;

class CsrfTokensTest {

    @Test
    void tokensAreLongRandomAndUrlSafe() {
        String token = CsrfTokens.newToken();
        assertEquals(43, token.length()); // 32 random bytes
        assertTrue(token.matches("[A-Za-z0-9_-]+"), token);
        assertNotEquals(token, CsrfTokens.newToken());
    }

    @Test
    void onlyTheExactTokenMatches() {
        String token = CsrfTokens.newToken();
        assertTrue(CsrfTokens.matches(token, token));
        assertTrue(CsrfTokens.matches(token, new String(token.toCharArray())));
        assertFalse(CsrfTokens.matches(token, token.substring(1)));
        assertFalse(CsrfTokens.matches(token, token + "x"));
        assertFalse(CsrfTokens.matches(token, ""));
        assertFalse(CsrfTokens.matches(token, null));
        assertFalse(CsrfTokens.matches(null, token));
        assertFalse(CsrfTokens.matches(null, null));
    }
}
