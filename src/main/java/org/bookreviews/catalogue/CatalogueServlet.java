package org.bookreviews.catalogue;

import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.util.OptionalLong;
import org.bookreviews.http.PageNumber;
import org.bookreviews.http.Problem;
import org.bookreviews.http.PageServlet;
import org.bookreviews.http.SortParameter;
import org.bookreviews.rendering.PageCache;
import org.bookreviews.rendering.ReaderNav;
import org.bookreviews.rendering.RenderedPage;
import org.bookreviews.security.SignedInReader;

/**
 * {@code GET /}: the catalogue, 20 books a page: {@code ?q=} searches title, author, description
 * and ISBN ({@link SearchQuery}), {@code ?sort=} orders it (title, rating, reviews, newest; a
 * search also relevance, its default; unknown values mean the default). Pages
 * are kept for a few seconds ({@link PageCache}) and revalidated by ETag.
 */
public class CatalogueServlet extends PageServlet {

    private static final long serialVersionUID = 1L;

    public static final String SEARCH = "q";
    /** Longer than any title, author or ISBN: refused (400) rather than searched. */
    public static final int SEARCH_MAX = 200;

    /** Which {@code ?sort=} value names which order. */
    public static final SortParameter<BookOrder> SORT = SortParameter.of("title", BookOrder.TITLE)
            .or("rating", BookOrder.HIGHEST_RATED)
            .or("reviews", BookOrder.MOST_REVIEWED)
            .or("newest", BookOrder.NEWEST);
    /** The same for search results, where the best match comes first unless another order is asked for. */
    public static final SortParameter<BookOrder> SEARCH_SORT = SortParameter.of("relevance", BookOrder.RELEVANCE)
            .or("title", BookOrder.TITLE)
            .or("rating", BookOrder.HIGHEST_RATED)
            .or("reviews", BookOrder.MOST_REVIEWED)
            .or("newest", BookOrder.NEWEST);

    private final transient Catalogue catalogue;
    private final transient PageCache pages;

    public CatalogueServlet(Catalogue catalogue, PageCache pages) {
        this.catalogue = catalogue;
        this.pages = pages;
    }

    @Override
    protected String allowedMethods(HttpServletRequest request) {
        return "GET, HEAD, OPTIONS";
    }

    @Override
    protected void doGet(HttpServletRequest request, HttpServletResponse response)
            throws ServletException, IOException {
        OptionalLong page = PageNumber.from(request);
        String search = request.getParameter(SEARCH);
        if (page.isEmpty()) {
            PageNumber.problemOf(request).sendAsBadRequest(request, response);
            return;
        }
        if (search != null && search.codePointCount(0, search.length()) > SEARCH_MAX) {
            new Problem("invalid.search.tooLong", SEARCH_MAX, search.codePointCount(0, search.length()))
                    .sendAsBadRequest(request, response);
            return;
        }
        String query = search == null ? "" : search.strip();
        SortParameter<BookOrder> sorts = query.isEmpty() ? SORT : SEARCH_SORT;
        SortParameter.Choice<BookOrder> sort = sorts.from(request);
        long pageNumber = page.getAsLong();
        // A kept search page is for the books as they were: the index's generation is in its key,
        // so a book added or edited on another server is found at once, not after the cache time.
        String generation = query.isEmpty() ? "" : catalogue.searchGeneration() + "|";
        PageCache.Key key = pages.catalogueKey(request, generation + sort.value() + "|" + pageNumber + "|" + query);
        RenderedPage rendered = pages.get(key, () -> {
            request.setAttribute("books", catalogue.books(query, sort.order(), pageNumber));
            request.setAttribute("query", query);
            request.setAttribute("sort", sort);
            request.setAttribute("orders", sorts.getChoices());
            String[] holes = ReaderNav.markFor(request);
            return PageCache.renderPage("catalogue", request, response, holes);
        }).orElseThrow();
        if (SignedInReader.of(request).isPresent()) {
            rendered.send(request, response, ReaderNav.render(pages, request, response));
        } else {
            rendered.send(request, response);
        }
    }
}
