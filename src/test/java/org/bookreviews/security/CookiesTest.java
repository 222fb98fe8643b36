package org.bookreviews.security;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.security.SecureRandom;
import java.util.Base64;
import org.junit.jupiter.api.Test;

/** What a session cookie or a visitor's form key must look like before it is hashed or looked up. */
class CookiesTest {

    @Test
    void aRandomKeyIsFortyThreeCharactersOfUrlSafeBase64() {
        byte[] random = new byte[32];
        for (int i = 0; i < 200; i++) {
            new SecureRandom().nextBytes(random);
            String token = Base64.getUrlEncoder().withoutPadding().encodeToString(random);
            assertTrue(Cookies.isRandomKey(token), token);
            assertTrue(Cookies.isRandomKey(CsrfTokens.newKey()), "a visitor's form key");
        }
        String valid = "abcdefghijklmnopqrstuvwxyzABCDEFGHIJ0123-_9";
        assertTrue(Cookies.isRandomKey(valid));
        assertFalse(Cookies.isRandomKey(null));
        assertFalse(Cookies.isRandomKey(""));
        assertFalse(Cookies.isRandomKey(valid.substring(1)), "too short");
        assertFalse(Cookies.isRandomKey(valid + "x"), "too long");
        for (String wrong : new String[] {"+", "/", "=", " ", "é", ".", "\u0000", "Ａ"}) {
            assertFalse(Cookies.isRandomKey(wrong + valid.substring(1)), wrong);
        }
    }
}
