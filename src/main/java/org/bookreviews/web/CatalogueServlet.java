package org.bookreviews.web;

import jakarta.servlet.ServletException;
import jakarta.servlet.annotation.WebServlet;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.util.OptionalLong;
import org.bookreviews.config.Services;
import org.bookreviews.service.BookOrder;

/**
 * {@code GET /}: the catalogue, 20 books a page: {@code ?q=} searches title, author and ISBN,
 * {@code ?sort=} orders it (title, rating, reviews, newest; unknown values mean title). Pages
 * are kept for a few seconds ({@link PageCache}) and revalidated by ETag.
 */
@WebServlet(name = "catalogue", urlPatterns = "")
public class CatalogueServlet extends PageServlet {

    private static final long serialVersionUID = 1L;

    static final String SEARCH = "q";
    static final String SORT = "sort";
    /** Longer than any title, author or ISBN: refused (400) rather than searched. */
    static final int SEARCH_MAX = 200;

    @Override
    protected String allowedMethods(HttpServletRequest request) {
        return "GET, HEAD, OPTIONS";
    }

    @Override
    protected void doGet(HttpServletRequest request, HttpServletResponse response)
            throws ServletException, IOException {
        OptionalLong page = PageNumber.parse(request.getParameter(PageNumber.PARAMETER));
        if (page.isEmpty()) {
            response.sendError(HttpServletResponse.SC_BAD_REQUEST);
            return;
        }
        String search = request.getParameter(SEARCH);
        if (search != null && search.codePointCount(0, search.length()) > SEARCH_MAX) {
            response.sendError(HttpServletResponse.SC_BAD_REQUEST);
            return;
        }
        String query = search == null ? "" : search.strip();
        BookOrder order = BookOrder.fromParameter(request.getParameter(SORT));
        long pageNumber = page.getAsLong();
        PageCache cache = PageCache.of(getServletContext());
        PageCache.Key key = cache.catalogueKey(order.getParameter() + "|" + pageNumber + "|" + request.getAttribute("language")
                + "|" + query);
        RenderedPage rendered = cache.get(key, () -> {
            request.setAttribute("books", Services.catalog(getServletContext()).books(query, order, pageNumber));
            request.setAttribute("query", query);
            request.setAttribute("sort", order);
            request.setAttribute("orders", BookOrder.values());
            return RenderedPage.of(PageCache.renderToString("catalogue", request, response));
        }).orElseThrow();
        response.setHeader("Cache-Control", "no-cache");
        rendered.send(request, response);
    }
}
