package org.bookreviews.http;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.time.Duration;
import java.util.Locale;
import org.bookreviews.security.Cookies;

/**
 * {@code GET /language?lang=de&next=/books/7}: the language switch in every page's footer. It
 * keeps the reader's choice in a cookie for a year ({@link LanguageFilter} reads it before the
 * browser's languages) and sends them back where they were (303). A GET on purpose: it changes
 * only how pages are worded for this browser, and a link works in every kept page, which a
 * form with a per-visitor token would not.
 */
public class LanguageServlet extends PageServlet {

    private static final long serialVersionUID = 1L;

    public static final String PARAMETER = "lang";
    private static final Duration REMEMBERED = Duration.ofDays(365);

    @Override
    protected String allowedMethods(HttpServletRequest request) {
        return "GET, HEAD, OPTIONS";
    }

    @Override
    protected void doGet(HttpServletRequest request, HttpServletResponse response) throws IOException {
        String value = request.getParameter(PARAMETER);
        Locale language = LanguageFilter.picked(value);
        if (language == null) {
            new Problem("invalid.language", Problem.quoted(value == null ? "" : value)).sendAsBadRequest(request, response);
            return;
        }
        Cookies.set(request, response, LanguageFilter.COOKIE, language.getLanguage(), REMEMBERED);
        seeOther(NextPath.of(request.getParameter(NextPath.PARAMETER)), request, response);
    }
}
