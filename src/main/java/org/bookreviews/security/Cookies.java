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
