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
                    showBook(bookId, order, page.getAsLong(), ReviewForm.empty(), request, response);
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
            showBook(bookId, ReviewOrder.NEWEST, 1, form, request, response);
        } else if (Services.reviews(getServletContext()).addReview(bookId, review.get()) == Outcome.NO_SUCH_BOOK) {
            response.sendError(HttpServletResponse.SC_NOT_FOUND);
        } else { // stored now, or already by an earlier copy of this form: the same thank-you page
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

    private void showBook(long bookId, ReviewOrder order, long page, ReviewForm form, HttpServletRequest request,
                          HttpServletResponse response) throws ServletException, IOException {
        Optional<BookWithReviews> book = Services.catalog(getServletContext()).book(bookId, order, page);
        if (book.isEmpty()) {
            response.sendError(HttpServletResponse.SC_NOT_FOUND);
            return;
        }
        request.setAttribute("book", book.get().book());
        request.setAttribute("reviews", book.get().reviews());
        request.setAttribute("form", form);
        request.setAttribute("sort", order);
        request.setAttribute("orders", ReviewOrder.values());
        Services.csrf(getServletContext()).exposeTo(request, response);
        // The form's token belongs to this browser: no shared cache may hand the page to another.
        response.setHeader("Cache-Control", "private, no-cache");
        Views.render("book", request, response);
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
