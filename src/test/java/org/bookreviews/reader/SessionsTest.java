package org.bookreviews.reader;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.security.SecureRandom;
import java.util.Base64;
import org.junit.jupiter.api.Test;

/** What a session cookie must look like before it is hashed and looked up. */
class SessionsTest {

    @Test
    void aTokenIsFortyThreeCharactersOfUrlSafeBase64() {
        byte[] random = new byte[32];
        for (int i = 0; i < 200; i++) {
            new SecureRandom().nextBytes(random);
            String token = Base64.getUrlEncoder().withoutPadding().encodeToString(random);
            assertTrue(Sessions.isToken(token), token);
        }
        String valid = "abcdefghijklmnopqrstuvwxyzABCDEFGHIJ0123-_9";
        assertTrue(Sessions.isToken(valid));
        assertFalse(Sessions.isToken(null));
        assertFalse(Sessions.isToken(""));
        assertFalse(Sessions.isToken(valid.substring(1)), "too short");
        assertFalse(Sessions.isToken(valid + "x"), "too long");
        for (String wrong : new String[] {"+", "/", "=", " ", "é", ".", "\u0000", "Ａ"}) {
            assertFalse(Sessions.isToken(wrong + valid.substring(1)), wrong);
        }
    }
}
