package org.bookreviews.security;

import com.github.benmanes.caffeine.cache.Cache;
import com.github.benmanes.caffeine.cache.Caffeine;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.nio.charset.StandardCharsets;
import java.security.GeneralSecurityException;
import java.security.MessageDigest;
import java.security.SecureRandom;
import java.util.Base64;
import java.util.Optional;
import javax.crypto.Mac;
import javax.crypto.spec.SecretKeySpec;

/**
 * Tokens against cross-site request forgery, as the OWASP CSRF cheat sheet has them. Every form
 * carries {@code HMAC-SHA256(server secret, key)} in the hidden field {@value #FIELD}; a POST is
 * acted on only when it matches its key (compared in constant time). For a signed-in reader the
 * key is their session (a token for one session is worthless in any other); for an anonymous
 * visitor (the sign-in and sign-up forms) it is a random value in the HttpOnly, SameSite=Lax
 * cookie {@value #COOKIE}: the signed double-submit cookie. Another site can neither read the
 * cookie nor compute the token; the server keeps no state for anonymous visitors, and any server
 * sharing the secret (kept in the database) accepts any other's forms, also after a restart.
 */
public final class CsrfTokens {

    public static final String FIELD = "csrf_token";
    public static final String COOKIE = "bookreviews_csrf";
    /** Request attribute that pages put in their forms. */
    public static final String REQUEST_ATTRIBUTE = "csrfToken";

    private static final String HMAC = "HmacSHA256";
    private static final SecureRandom RANDOM = new SecureRandom();

    private final SecretKeySpec secret;
    /**
     * Tokens made, by key: a signed-in reader's every page has one, and an HMAC each time was 2 % of
     * the CPU of their kept page. Bounded; a token not kept is made again, the same.
     */
    private final Cache<String, String> tokens = Caffeine.newBuilder().maximumSize(10_000)
            .executor(Runnable::run).build();

    /** @param secret the server's signing secret: any bytes, at least 32 of them */
    public CsrfTokens(byte[] secret) {
        if (secret.length < 32) {
            throw new IllegalArgumentException("the CSRF secret needs at least 32 bytes");
        }
        this.secret = new SecretKeySpec(secret.clone(), HMAC);
    }

    /**
     * The token for this reader's forms, made available to the page; gives the browser its key
     * cookie first if it has none.
     */
    public String exposeTo(HttpServletRequest request, HttpServletResponse response) {
        String key = keyOf(request);
        if (key == null) {
            key = newKey();
            Cookies.set(request, response, COOKIE, key, null);
        }
        String token = tokenFor(key);
        request.setAttribute(REQUEST_ATTRIBUTE, token);
        return token;
    }

    /** True when the request carries the token that belongs to its key cookie. */
    public boolean isValid(HttpServletRequest request) {
        String key = keyOf(request);
        String sent = request.getParameter(FIELD);
        return key != null && sent != null && MessageDigest.isEqual(
                tokenFor(key).getBytes(StandardCharsets.US_ASCII), sent.getBytes(StandardCharsets.UTF_8));
    }

    String tokenFor(String key) {
        return tokens.get(key, this::sign);
    }

    private String sign(String key) {
        try {
            Mac mac = Mac.getInstance(HMAC); // not thread-safe, cheap to make
            mac.init(secret);
            return Base64.getUrlEncoder().withoutPadding().encodeToString(mac.doFinal(key.getBytes(StandardCharsets.US_ASCII)));
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException("HmacSHA256 is part of every Java runtime", e);
        }
    }

    /**
     * The key this request's tokens belong to: the signed-in reader's session, else the browser's
     * cookie; null when it has neither (or sent something that is not one of ours).
     */
    static String keyOf(HttpServletRequest request) {
        Optional<SignedInReader> reader = SignedInReader.of(request);
        if (reader.isPresent()) {
            return "session:" + reader.get().sessionKey();
        }
        String cookie = Cookies.value(request, COOKIE);
        return Cookies.isRandomKey(cookie) ? cookie : null;
    }

    /** A new random key, as the site gives browsers (43 characters). */
    public static String newKey() {
        return Base64.getUrlEncoder().withoutPadding().encodeToString(randomBytes());
    }

    private static byte[] randomBytes() {
        byte[] bytes = new byte[32];
        RANDOM.nextBytes(bytes);
        return bytes;
    }
}
