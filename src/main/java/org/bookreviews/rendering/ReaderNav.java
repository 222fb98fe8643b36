package org.bookreviews.rendering;

import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import org.bookreviews.security.SignedInReader;

/**
 * The navbar's reader part (their name, their page, sign out; or "Sign in" / "Sign up"), which a
 * kept page leaves as a hole for signed-in readers: the layout prints {@link #MARKER} where the
 * request has it as {@value #MARKER_ATTRIBUTE}, and each response fills in {@link #render}.
 */
public final class ReaderNav {

    public static final String MARKER_ATTRIBUTE = "readerNavMarker";
    public static final String MARKER = RenderedPage.newMarker();

    private ReaderNav() {
    }

    /** Part of a kept page's cache key: pages kept for signed-in readers have holes, the others none. */
    public static String variant(HttpServletRequest request) {
        return SignedInReader.of(request).isPresent() ? "reader" : "anonymous";
    }

    /** Renders the page with a hole for the reader part when a reader is signed in; the markers to cut at. */
    public static String[] markFor(HttpServletRequest request, String... more) {
        if (SignedInReader.of(request).isEmpty()) {
            return new String[0];
        }
        request.setAttribute(MARKER_ATTRIBUTE, MARKER);
        String[] markers = new String[1 + more.length];
        markers[0] = MARKER;
        System.arraycopy(more, 0, markers, 1, more.length);
        return markers;
    }

    /**
     * This reader's part of the navbar (the page's CSRF token must be exposed already: sign-out is
     * a form), kept per reader while they and the language stay the same.
     */
    public static Fragment render(PageCache pages, HttpServletRequest request, HttpServletResponse response)
            throws ServletException, IOException {
        return pages.readerPart("nav", 0, "", request, () -> PageCache.renderPartToString("readerNav", request, response));
    }
}
