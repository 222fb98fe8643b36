package org.bookreviews.http;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpFilter;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;

/**
 * The browser-side defences every response carries. The pages have no inline script or style,
 * so the Content-Security-Policy allows only the site's own stylesheets and scripts (one: the
 * import page's progress bar, which asks the site for its figures), and the data: images
 * Bootstrap's CSS draws form controls with; nothing may frame the site, no plugin runs,
 * no {@code <base>} can redirect links, forms post only to the site.
 */
public class SecurityHeadersFilter extends HttpFilter {

    private static final long serialVersionUID = 1L;

    static final String CONTENT_SECURITY_POLICY = "default-src 'none'; style-src 'self'; img-src 'self' data:;"
            + " script-src 'self'; connect-src 'self';"
            + " font-src 'self'; form-action 'self'; frame-ancestors 'none'; base-uri 'none'; object-src 'none'";

    @Override
    protected void doFilter(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
            throws IOException, ServletException {
        response.setHeader("Content-Security-Policy", CONTENT_SECURITY_POLICY);
        response.setHeader("X-Content-Type-Options", "nosniff");
        response.setHeader("Referrer-Policy", "same-origin");
        response.setHeader("X-Frame-Options", "DENY");
        response.setHeader("Cross-Origin-Opener-Policy", "same-origin");
        response.setHeader("Permissions-Policy", "camera=(), microphone=(), geolocation=()");
        // "0": the old browsers' XSS auditor did more harm than good; the CSP is the protection.
        response.setHeader("X-XSS-Protection", "0");
        if (request.isSecure()) { // only over HTTPS: over plain HTTP a browser ignores it anyway
            response.setHeader("Strict-Transport-Security", "max-age=31536000");
        }
        chain.doFilter(request, response);
    }
}
