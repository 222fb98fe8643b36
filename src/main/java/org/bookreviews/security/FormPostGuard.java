package org.bookreviews.security;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;

/**
 * What every state-changing form POST passes before a controller acts on it, in this order: it
 * is an HTML form ({@code application/x-www-form-urlencoded}, else 415), the browser does not say
 * it comes from another site ({@link CrossSiteRequests}, else 403), and it carries this reader's
 * CSRF token ({@link CsrfTokens}, else 403).
 */
public final class FormPostGuard {

    private final CsrfTokens tokens;

    public FormPostGuard(CsrfTokens tokens) {
        this.tokens = tokens;
    }

    /** True when the POST may be acted on; otherwise the refusal has been sent. */
    public boolean admits(HttpServletRequest request, HttpServletResponse response) throws IOException {
        if (!isForm(request.getContentType())) {
            response.sendError(HttpServletResponse.SC_UNSUPPORTED_MEDIA_TYPE);
            return false;
        }
        if (CrossSiteRequests.isCrossSite(request) || !tokens.isValid(request)) {
            response.sendError(HttpServletResponse.SC_FORBIDDEN);
            return false;
        }
        return true;
    }

    /** True for the content type an HTML form sends: application/x-www-form-urlencoded (any charset). */
    static boolean isForm(String contentType) {
        if (contentType == null) {
            return false;
        }
        int parameters = contentType.indexOf(';');
        String mediaType = (parameters < 0 ? contentType : contentType.substring(0, parameters)).strip();
        return mediaType.equalsIgnoreCase("application/x-www-form-urlencoded");
    }
}
