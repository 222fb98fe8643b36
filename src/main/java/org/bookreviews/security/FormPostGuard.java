package org.bookreviews.security;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;

/**
 * What every state-changing form POST passes before a controller acts on it, in this order: it
 * is an HTML form ({@code application/x-www-form-urlencoded}, or {@code multipart/form-data}
 * where a file is sent, else 415), the browser does not say
 * it comes from another site ({@link CrossSiteRequests}, else 403), and it carries this reader's
 * CSRF token ({@link CsrfTokens}, else 403). A controller that can do better than a dead end when
 * only the token failed (show the form again with what the reader typed) asks for the
 * {@link #verdict} and decides itself.
 */
public final class FormPostGuard {

    /** What the checks found. */
    public enum Verdict {
        ADMITTED, NOT_A_FORM, CROSS_SITE, TOKEN_INVALID
    }

    private final CsrfTokens tokens;

    public FormPostGuard(CsrfTokens tokens) {
        this.tokens = tokens;
    }

    /** The checks' finding; sends nothing. */
    public Verdict verdict(HttpServletRequest request) {
        if (!isForm(request.getContentType()) && !isUpload(request.getContentType())) {
            return Verdict.NOT_A_FORM;
        }
        if (CrossSiteRequests.isCrossSite(request)) {
            return Verdict.CROSS_SITE;
        }
        return tokens.isValid(request) ? Verdict.ADMITTED : Verdict.TOKEN_INVALID;
    }

    /** True when the POST may be acted on; otherwise the refusal (415 or 403) has been sent. */
    public boolean admits(HttpServletRequest request, HttpServletResponse response) throws IOException {
        return refuseUnless(verdict(request), Verdict.ADMITTED, response);
    }

    /**
     * Sends the refusal for a verdict the caller does not handle itself: 415 for a body that is
     * no form, 403 for the rest. True, sending nothing, when the verdict is one of {@code handled}.
     */
    public static boolean refuseUnless(Verdict verdict, Verdict handled, HttpServletResponse response) throws IOException {
        if (verdict == handled || verdict == Verdict.ADMITTED) {
            return true;
        }
        response.sendError(verdict == Verdict.NOT_A_FORM ? HttpServletResponse.SC_UNSUPPORTED_MEDIA_TYPE
                : HttpServletResponse.SC_FORBIDDEN);
        return false;
    }

    /** True for the content type an HTML form sends: application/x-www-form-urlencoded (any charset). */
    public static boolean isForm(String contentType) {
        return mediaTypeIs(contentType, "application/x-www-form-urlencoded");
    }

    /** True for the content type of an HTML form with a file: multipart/form-data (only upload servlets take it). */
    public static boolean isUpload(String contentType) {
        return mediaTypeIs(contentType, "multipart/form-data");
    }

    private static boolean mediaTypeIs(String contentType, String expected) {
        if (contentType == null) {
            return false;
        }
        int parameters = contentType.indexOf(';');
        String mediaType = (parameters < 0 ? contentType : contentType.substring(0, parameters)).strip();
        return mediaType.equalsIgnoreCase(expected);
    }
}
