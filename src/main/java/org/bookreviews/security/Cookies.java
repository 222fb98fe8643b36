package org.bookreviews.security;

import jakarta.servlet.http.Cookie;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.time.Duration;

/**
 * The site's own cookies: HttpOnly and SameSite=Lax always; over HTTPS also Secure and named with
 * the {@code __Host-} prefix (so Path=/, no Domain: a sibling subdomain cannot set or shadow them),
 * over plain HTTP scoped to the application's path.
 */
public final class Cookies {

    private Cookies() {
    }

    /** The name a cookie has on this request's scheme. */
    public static String name(HttpServletRequest request, String name) {
        return request.isSecure() ? "__Host-" + name : name;
    }

    /** The value of the named cookie (on this scheme), or null. */
    public static String value(HttpServletRequest request, String name) {
        Cookie[] cookies = request.getCookies();
        if (cookies != null) {
            String wanted = name(request, name);
            for (Cookie cookie : cookies) {
                if (wanted.equals(cookie.getName())) {
                    return cookie.getValue();
                }
            }
        }
        return null;
    }

    /** Characters of the random keys the site puts in cookies: 32 random bytes in URL-safe Base64, unpadded. */
    public static final int RANDOM_KEY_LENGTH = 43;

    /**
     * Whether the text has the shape of one of the site's random keys (a session token, a visitor's
     * form key), checked before it is hashed or looked up; on every request of a signed-in reader,
     * so not with a regular expression (1.4 % of the CPU of their kept page).
     */
    public static boolean isRandomKey(String text) {
        if (text == null || text.length() != RANDOM_KEY_LENGTH) {
            return false;
        }
        for (int i = 0; i < RANDOM_KEY_LENGTH; i++) {
            char c = text.charAt(i);
            if (!(c >= 'A' && c <= 'Z' || c >= 'a' && c <= 'z' || c >= '0' && c <= '9' || c == '-' || c == '_')) {
                return false;
            }
        }
        return true;
    }

    /** Sets the cookie: for this browser session when {@code maxAge} is null, else for that long. */
    public static void set(HttpServletRequest request, HttpServletResponse response, String name, String value,
                           Duration maxAge) {
        Cookie cookie = new Cookie(name(request, name), value);
        cookie.setPath(request.isSecure() || request.getContextPath().isEmpty() ? "/" : request.getContextPath());
        cookie.setHttpOnly(true);
        cookie.setSecure(request.isSecure());
        cookie.setAttribute("SameSite", "Lax");
        if (maxAge != null) {
            cookie.setMaxAge((int) Math.min(Integer.MAX_VALUE, maxAge.toSeconds()));
        }
        response.addCookie(cookie);
    }

    /** Tells the browser to drop the cookie. */
    public static void clear(HttpServletRequest request, HttpServletResponse response, String name) {
        set(request, response, name, "", Duration.ZERO);
    }
}
