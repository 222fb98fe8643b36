package org.bookreviews.security;

import jakarta.servlet.http.Cookie;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.nio.charset.StandardCharsets;
import java.security.GeneralSecurityException;
import java.security.MessageDigest;
import java.security.SecureRandom;
import java.util.Base64;
import java.util.regex.Pattern;
import javax.crypto.Mac;
import javax.crypto.spec.SecretKeySpec;

/**
 * Tokens against cross-site request forgery: the signed double-submit cookie of the OWASP CSRF
 * cheat sheet. A browser gets a random key in an HttpOnly, SameSite=Lax cookie ({@value #COOKIE});
 * every form carries {@code HMAC-SHA256(server secret, key)} in the hidden field {@value #FIELD};
 * a POST is acted on only when the two match (compared in constant time). Another site can
 * neither read the cookie nor compute the token, and the server keeps no state per reader: no
 * HTTP session, so readers who only browse cost nothing and any server behind a load balancer
 * (sharing the secret) accepts any other's forms.
 */
public final class CsrfTokens {

    public static final String FIELD = "csrf_token";
    public static final String COOKIE = "bookreviews_csrf";
    /** Request attribute that pages put in their forms. */
    public static final String REQUEST_ATTRIBUTE = "csrfToken";

    private static final String HMAC = "HmacSHA256";
    private static final Pattern KEY = Pattern.compile("[A-Za-z0-9_-]{43}"); // 32 random bytes
    private static final SecureRandom RANDOM = new SecureRandom();

    private final SecretKeySpec secret;

    /** @param secret the server's signing secret: any bytes, at least 32 of them */
    public CsrfTokens(byte[] secret) {
        if (secret.length < 32) {
            throw new IllegalArgumentException("the CSRF secret needs at least 32 bytes");
        }
        this.secret = new SecretKeySpec(secret.clone(), HMAC);
    }

    /** A secret for one run of the application: forms then stay valid until it restarts. */
    public static byte[] randomSecret() {
        return randomBytes();
    }

    /**
     * The token for this reader's forms, made available to the page; gives the browser its key
     * cookie first if it has none.
     */
    public String exposeTo(HttpServletRequest request, HttpServletResponse response) {
        String key = keyOf(request);
        if (key == null) {
            key = newKey();
            Cookie cookie = new Cookie(COOKIE, key);
            cookie.setPath(request.getContextPath().isEmpty() ? "/" : request.getContextPath());
            cookie.setHttpOnly(true);
            cookie.setSecure(request.isSecure());
            cookie.setAttribute("SameSite", "Lax");
            response.addCookie(cookie);
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
        try {
            Mac mac = Mac.getInstance(HMAC); // not thread-safe, cheap to make
            mac.init(secret);
            return Base64.getUrlEncoder().withoutPadding().encodeToString(mac.doFinal(key.getBytes(StandardCharsets.US_ASCII)));
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException("HmacSHA256 is part of every Java runtime", e);
        }
    }

    /** The browser's key, or null when it sent none (or something that is not one of ours). */
    static String keyOf(HttpServletRequest request) {
        Cookie[] cookies = request.getCookies();
        if (cookies != null) {
            for (Cookie cookie : cookies) {
                if (COOKIE.equals(cookie.getName()) && cookie.getValue() != null && KEY.matcher(cookie.getValue()).matches()) {
                    return cookie.getValue();
                }
            }
        }
        return null;
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
