package org.bookreviews.web;

import jakarta.servlet.ServletException;
import jakarta.servlet.annotation.WebServlet;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.util.Optional;
import java.util.OptionalLong;
import org.bookreviews.config.Services;
import org.bookreviews.domain.Book;
import org.bookreviews.service.BookCatalog.BookWithReviews;
import org.bookreviews.service.ReviewOrder;
import org.bookreviews.service.ReviewService.NewReview;
import org.bookreviews.service.ReviewService.Outcome;
import org.bookreviews.web.BookPath.Target;

/**
 * Everything under {@code /books/{id}}: the book page (GET), writing a review (POST
 * {@code /reviews}, then 303 to the thank-you page: post/redirect/get) and the thank-you page.
 * The review POST is the application's only state-changing request; it is refused (403) unless
 * it carries the reader's CSRF token. Other methods and paths get 405 / 404 as usual.
 */
@WebServlet(name = "books", urlPatterns = "/books/*")
public class BookServlet extends PageServlet {

    private static final long serialVersionUID = 1L;
    /**
     * Where a kept book page has the reader's CSRF token and the form's id (see {@link RenderedPage}):
     * a key and an id as the site makes them, random, so no review text can contain them.
     */
    private static final String TOKEN_MARKER = CsrfTokens.newKey();
    private static final String FORM_ID_MARKER = ReviewForm.newSubmissionId();

    @Override
    protected String allowedMethods(HttpServletRequest request) {
        Optional<BookPath> path = BookPath.parse(request.getPathInfo());
        return path.isPresent() && path.get().target() == Target.REVIEWS ? "POST, OPTIONS" : "GET, HEAD, OPTIONS";
    }

    @Override
    protected void doGet(HttpServletRequest request, HttpServletResponse response)
            throws ServletException, IOException {
        Optional<BookPath> path = BookPath.parse(request.getPathInfo());
        if (path.isEmpty()) {
            response.sendError(HttpServletResponse.SC_NOT_FOUND);
            return;
        }
        long bookId = path.get().bookId();
        switch (path.get().target()) {
            case BOOK -> {
                OptionalLong page = PageNumber.parse(request.getParameter(PageNumber.PARAMETER));
                if (page.isEmpty()) {
                    response.sendError(HttpServletResponse.SC_BAD_REQUEST);
                } else {
                    ReviewOrder order = ReviewOrder.fromParameter(request.getParameter(CatalogueServlet.SORT));
                    showBook(bookId, order, page.getAsLong(), request, response);
                }
            }
            case THANKS -> showThanks(bookId, request, response);
            case REVIEWS -> methodNotAllowed(request, response);
        }
    }

    @Override
    protected void doPost(HttpServletRequest request, HttpServletResponse response)
            throws ServletException, IOException {
        Optional<BookPath> path = BookPath.parse(request.getPathInfo());
        if (path.isEmpty()) {
            response.sendError(HttpServletResponse.SC_NOT_FOUND);
        } else if (path.get().target() != Target.REVIEWS) {
            methodNotAllowed(request, response);
        } else {
            writeReview(path.get().bookId(), request, response);
        }
    }

    private void writeReview(long bookId, HttpServletRequest request, HttpServletResponse response)
            throws ServletException, IOException {
        if (!isForm(request.getContentType())) {
            response.sendError(HttpServletResponse.SC_UNSUPPORTED_MEDIA_TYPE);
            return;
        }
        if (CrossSiteRequests.isCrossSite(request) || !Services.csrf(getServletContext()).isValid(request)) {
            response.sendError(HttpServletResponse.SC_FORBIDDEN);
            return;
        }
        ReviewForm form = ReviewForm.from(request);
        Optional<NewReview> review = form.validate();
        if (review.isEmpty()) {
            response.setStatus(HttpServletResponse.SC_BAD_REQUEST);
            showBookWithForm(bookId, form, request, response);
        } else if (Services.reviews(getServletContext()).addReview(bookId, review.get()) == Outcome.NO_SUCH_BOOK) {
            response.sendError(HttpServletResponse.SC_NOT_FOUND);
        } else { // stored now, or already by an earlier copy of this form: the same thank-you page
            PageCache.of(getServletContext()).bookChanged(bookId); // committed: the next page shows it
            response.setStatus(HttpServletResponse.SC_SEE_OTHER);
            response.setHeader("Location", request.getContextPath() + BookPath.thanksUrl(bookId));
        }
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

    /**
     * The book page as readers get it: rendered once for all readers (see {@link PageCache}), with
     * this reader's CSRF token and a fresh form id put in.
     */
    private void showBook(long bookId, ReviewOrder order, long page, HttpServletRequest request,
                          HttpServletResponse response) throws ServletException, IOException {
        PageCache cache = PageCache.of(getServletContext());
        PageCache.Key key = cache.bookKey(bookId, order.getParameter() + "|" + page + "|" + request.getAttribute("language"));
        Optional<RenderedPage> rendered = cache.get(key, () -> {
            Optional<BookWithReviews> book = Services.catalog(getServletContext()).book(bookId, order, page);
            if (book.isEmpty()) {
                return null;
            }
            setPageAttributes(book.get(), order, ReviewForm.emptyWithId(FORM_ID_MARKER), request);
            request.setAttribute(CsrfTokens.REQUEST_ATTRIBUTE, TOKEN_MARKER);
            return RenderedPage.of(PageCache.renderToString("book", request, response), TOKEN_MARKER, FORM_ID_MARKER);
        });
        if (rendered.isEmpty()) {
            response.sendError(HttpServletResponse.SC_NOT_FOUND);
            return;
        }
        String token = Services.csrf(getServletContext()).exposeTo(request, response);
        // The form's token belongs to this browser: no shared cache may hand the page to another.
        response.setHeader("Cache-Control", "private, no-cache");
        rendered.get().send(request, response, token, ReviewForm.newSubmissionId());
    }

    /** The book page with a form that needs correcting (never cached: it holds what the reader typed). */
    private void showBookWithForm(long bookId, ReviewForm form, HttpServletRequest request, HttpServletResponse response)
            throws ServletException, IOException {
        Optional<BookWithReviews> book = Services.catalog(getServletContext()).book(bookId, ReviewOrder.NEWEST, 1);
        if (book.isEmpty()) {
            response.sendError(HttpServletResponse.SC_NOT_FOUND);
            return;
        }
        setPageAttributes(book.get(), ReviewOrder.NEWEST, form, request);
        Services.csrf(getServletContext()).exposeTo(request, response);
        response.setHeader("Cache-Control", "private, no-cache");
        Views.render("book", request, response);
    }

    private static void setPageAttributes(BookWithReviews book, ReviewOrder order, ReviewForm form, HttpServletRequest request) {
        request.setAttribute("book", book.book());
        request.setAttribute("reviews", book.reviews());
        request.setAttribute("form", form);
        request.setAttribute("sort", order);
        request.setAttribute("orders", ReviewOrder.values());
    }

    private void showThanks(long bookId, HttpServletRequest request, HttpServletResponse response)
            throws ServletException, IOException {
        Optional<Book> book = Services.catalog(getServletContext()).findBook(bookId);
        if (book.isEmpty()) {
            response.sendError(HttpServletResponse.SC_NOT_FOUND);
            return;
        }
        request.setAttribute("book", book.get());
        Views.render("thanks", request, response);
    }
}
