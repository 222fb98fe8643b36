package org.bookreviews.security;

import jakarta.servlet.http.HttpServletRequest;
import java.net.URI;
import java.util.Locale;

/**
 * The second line against cross-site request forgery, before the form token is even looked at
 * (OWASP CSRF cheat sheet, "Fetch Metadata" with the Origin/Referer fallback): a browser says
 * where a request comes from. A POST from another site is refused: by {@code Sec-Fetch-Site}
 * when the browser sends it (all current ones do), else by {@code Origin}, else by
 * {@code Referer}; a request with none of the three is left to the token.
 */
final class CrossSiteRequests {

    private CrossSiteRequests() {
    }

    /** True when the browser says the request comes from a page of another site. */
    static boolean isCrossSite(HttpServletRequest request) {
        String fetchSite = request.getHeader("Sec-Fetch-Site");
        if (fetchSite != null) {
            // same-origin: our own page; none: the user's own action (bookmark, typed address).
            String site = fetchSite.strip().toLowerCase(Locale.ROOT);
            return !site.equals("same-origin") && !site.equals("none");
        }
        String origin = request.getHeader("Origin");
        if (origin != null) {
            return !isOurs(origin, request);
        }
        String referer = request.getHeader("Referer");
        if (referer != null) {
            return !isOurs(referer, request);
        }
        return false;
    }

    /** True when the URL's scheme, host and port are this request's own. */
    private static boolean isOurs(String url, HttpServletRequest request) {
        try {
            URI uri = URI.create(url.strip());
            if (uri.getScheme() == null || uri.getHost() == null) {
                return false; // "null" (sandboxed or privacy-stripped origins), or garbage
            }
            int port = uri.getPort() != -1 ? uri.getPort() : defaultPort(uri.getScheme());
            return uri.getScheme().equalsIgnoreCase(request.getScheme())
                    && uri.getHost().equalsIgnoreCase(request.getServerName())
                    && port == request.getServerPort();
        } catch (IllegalArgumentException e) {
            return false;
        }
    }

    private static int defaultPort(String scheme) {
        return scheme.equalsIgnoreCase("https") ? 443 : 80;
    }
}
