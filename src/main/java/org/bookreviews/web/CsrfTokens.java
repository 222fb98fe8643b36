package org.bookreviews.web;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpSession;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.SecureRandom;
import java.util.Base64;

/**
 * Synchronizer tokens against cross-site request forgery (OWASP): a random token kept in the
 * reader's session, sent back by every form as the hidden field {@value #FIELD}, and compared in
 * constant time before a POST is acted on.
 */
public final class CsrfTokens {

    public static final String FIELD = "csrf_token";
    /** Request attribute that pages put in their forms. */
    public static final String REQUEST_ATTRIBUTE = "csrfToken";

    private static final String SESSION_ATTRIBUTE = CsrfTokens.class.getName();
    private static final SecureRandom RANDOM = new SecureRandom();

    private CsrfTokens() {
    }

    /** The session's token, created (with the session) on first use, made available to the page. */
    public static String exposeTo(HttpServletRequest request) {
        HttpSession session = request.getSession();
        String token;
        synchronized (CsrfTokens.class) {
            token = (String) session.getAttribute(SESSION_ATTRIBUTE);
            if (token == null) {
                token = newToken();
                session.setAttribute(SESSION_ATTRIBUTE, token);
            }
        }
        request.setAttribute(REQUEST_ATTRIBUTE, token);
        return token;
    }

    /** True when the request carries its session's token. */
    public static boolean isValid(HttpServletRequest request) {
        HttpSession session = request.getSession(false);
        String expected = session == null ? null : (String) session.getAttribute(SESSION_ATTRIBUTE);
        return matches(expected, request.getParameter(FIELD));
    }

    static boolean matches(String expected, String sent) {
        return expected != null && sent != null
                && MessageDigest.isEqual(expected.getBytes(StandardCharsets.UTF_8), sent.getBytes(StandardCharsets.UTF_8));
    }

    static String newToken() {
        byte[] bytes = new byte[32];
        RANDOM.nextBytes(bytes);
        return Base64.getUrlEncoder().withoutPadding().encodeToString(bytes);
    }
}
