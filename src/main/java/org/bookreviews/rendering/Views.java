package org.bookreviews.rendering;

import jakarta.servlet.RequestDispatcher;
import jakarta.servlet.ServletException;
import jakarta.servlet.ServletRequest;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;

/**
 * The JSP views, each named after the page it renders, kept under WEB-INF so only servlets reach
 * them: by name, as web.xml declares them ("bookView" is /WEB-INF/jsp/book.jsp, compiled at start).
 */
public final class Views {

    /** The request attribute holding the language the pages are rendered in ("en", "de"; set by the LanguageFilter). */
    public static final String LANGUAGE = "language";

    private Views() {
    }

    /** The request's language: what its pages and their kept parts vary by. */
    public static String languageOf(ServletRequest request) {
        return String.valueOf(request.getAttribute(LANGUAGE));
    }

    public static void render(String view, HttpServletRequest request, HttpServletResponse response)
            throws ServletException, IOException {
        dispatcher(view, request).forward(request, response);
    }

    /** Renders into the given response without ending it (for {@link PageCache#renderPageToString}). */
    public static void include(String view, HttpServletRequest request, HttpServletResponse response)
            throws ServletException, IOException {
        dispatcher(view, request).include(request, response);
    }

    private static RequestDispatcher dispatcher(String view, HttpServletRequest request) {
        RequestDispatcher named = request.getServletContext().getNamedDispatcher(view + "View");
        return named != null ? named : request.getRequestDispatcher("/WEB-INF/jsp/" + view + ".jsp");
    }
}
