package org.bookreviews.reader;

import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.util.Optional;
import java.util.OptionalLong;
import org.bookreviews.http.PageNumber;
import org.bookreviews.http.PageServlet;
import org.bookreviews.rendering.Views;
import org.bookreviews.security.SignedInReader;

/**
 * {@code GET /readers/{username}}: a reader's page (display name, member since, how many reviews
 * and the average rating they give, their reviews newest first, 20 a page). Any case of the
 * username finds the reader; an unknown one is a 404.
 */
public class ReaderServlet extends PageServlet {

    private static final long serialVersionUID = 1L;

    private final transient Accounts accounts;
    public ReaderServlet(Accounts accounts) {
        this.accounts = accounts;
    }

    /** The address of a reader's page. */
    public static String url(String username) {
        return "/readers/" + username;
    }

    @Override
    protected String allowedMethods(HttpServletRequest request) {
        return "GET, HEAD, OPTIONS";
    }

    @Override
    protected void doGet(HttpServletRequest request, HttpServletResponse response)
            throws ServletException, IOException {
        String path = request.getPathInfo();
        OptionalLong page = PageNumber.from(request);
        if (path == null || path.length() < 2 || path.indexOf('/', 1) >= 0) {
            response.sendError(HttpServletResponse.SC_NOT_FOUND);
            return;
        }
        if (page.isEmpty()) {
            PageNumber.problemOf(request).sendAsBadRequest(request, response);
            return;
        }
        String username = path.substring(1);
        boolean ownPage = SignedInReader.of(request).map(me -> me.username().equalsIgnoreCase(username)).orElse(false);
        Optional<Accounts.ReaderPage> readerPage = accounts.page(username, page.getAsLong(), ownPage);
        if (readerPage.isEmpty()) {
            response.sendError(HttpServletResponse.SC_NOT_FOUND);
            return;
        }
        request.setAttribute("readerPage", readerPage.get());
        response.setHeader("Cache-Control", "private, no-cache");
        Views.render("reader", request, response);
    }
}
