package org.bookreviews.book;

import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.util.Optional;
import java.util.OptionalLong;
import org.bookreviews.book.BookPath.Target;
import org.bookreviews.book.BookService.BookWithReviews;
import org.bookreviews.book.ReviewService.Outcome;
import org.bookreviews.http.PageNumber;
import org.bookreviews.http.PageServlet;
import org.bookreviews.http.SortParameter;
import org.bookreviews.rendering.PageCache;
import org.bookreviews.rendering.RenderedPage;
import org.bookreviews.rendering.Views;
import org.bookreviews.security.CsrfTokens;
import org.bookreviews.security.FormPostGuard;

/**
 * Everything under {@code /books/{id}} ({@link BookPath}): the book page (GET), writing a review
 * (POST {@code /reviews}, then 303 to the thank-you page: post/redirect/get) and the thank-you
 * page. Other methods and paths get 405 / 404 as usual.
 */
public class BookServlet extends PageServlet {

    private static final long serialVersionUID = 1L;

    /** Which {@code ?sort=} value names which order. */
    public static final SortParameter<ReviewOrder> SORT = SortParameter.of("newest", ReviewOrder.NEWEST)
            .or("oldest", ReviewOrder.OLDEST)
            .or("highest", ReviewOrder.HIGHEST_RATED)
            .or("lowest", ReviewOrder.LOWEST_RATED);

    /**
     * Where a kept book page has the reader's CSRF token and the form's id (see {@link RenderedPage}):
     * a key and an id as the site makes them, random, so no review text can contain them.
     */
    private static final String TOKEN_MARKER = CsrfTokens.newKey();
    private static final String FORM_ID_MARKER = ReviewForm.newSubmissionId();

    private final BookService books;
    private final ReviewService reviews;
    private final PageCache pages;
    private final CsrfTokens csrf;
    private final FormPostGuard formPosts;

    public BookServlet(BookService books, ReviewService reviews, PageCache pages, CsrfTokens csrf,
                       FormPostGuard formPosts) {
        this.books = books;
        this.reviews = reviews;
        this.pages = pages;
        this.csrf = csrf;
        this.formPosts = formPosts;
    }

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
        switch (path.get().target()) {
            case BOOK -> showBook(path.get().bookId(), request, response);
            case THANKS -> showThanks(path.get().bookId(), request, response);
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
        } else if (formPosts.admits(request, response)) {
            writeReview(path.get().bookId(), request, response);
        }
    }

    /**
     * The book page as readers get it: rendered once for all readers (see {@link PageCache}), with
     * this reader's CSRF token and a fresh form id put in.
     */
    private void showBook(long bookId, HttpServletRequest request, HttpServletResponse response)
            throws ServletException, IOException {
        OptionalLong page = PageNumber.from(request);
        if (page.isEmpty()) {
            response.sendError(HttpServletResponse.SC_BAD_REQUEST);
            return;
        }
        SortParameter.Choice<ReviewOrder> sort = SORT.from(request);
        PageCache.Key key = pages.bookKey(bookId, sort.value() + "|" + page.getAsLong() + "|" + request.getAttribute("language"));
        Optional<RenderedPage> rendered = pages.get(key, () -> {
            Optional<BookWithReviews> book = books.book(bookId, sort.order(), page.getAsLong());
            if (book.isEmpty()) {
                return null;
            }
            setPageAttributes(book.get(), sort, ReviewForm.emptyWithId(FORM_ID_MARKER), request);
            request.setAttribute(CsrfTokens.REQUEST_ATTRIBUTE, TOKEN_MARKER);
            return RenderedPage.of(PageCache.renderToString("book", request, response), TOKEN_MARKER, FORM_ID_MARKER);
        });
        if (rendered.isEmpty()) {
            response.sendError(HttpServletResponse.SC_NOT_FOUND);
            return;
        }
        String token = csrf.exposeTo(request, response);
        rendered.get().send(request, response, token, ReviewForm.newSubmissionId());
    }

    private void writeReview(long bookId, HttpServletRequest request, HttpServletResponse response)
            throws ServletException, IOException {
        ReviewForm form = ReviewForm.from(request);
        Optional<NewReview> review = form.validate();
        if (review.isEmpty()) {
            response.setStatus(HttpServletResponse.SC_BAD_REQUEST);
            showBookWithForm(bookId, form, request, response);
        } else if (reviews.addReview(bookId, review.get()) == Outcome.NO_SUCH_BOOK) {
            response.sendError(HttpServletResponse.SC_NOT_FOUND);
        } else { // stored now, or already by an earlier copy of this form: the same thank-you page
            pages.bookChanged(bookId); // committed: the next page shows it
            response.setStatus(HttpServletResponse.SC_SEE_OTHER);
            response.setHeader("Location", request.getContextPath() + BookPath.thanksUrl(bookId));
        }
    }

    /** The book page with a form that needs correcting (never cached: it holds what the reader typed). */
    private void showBookWithForm(long bookId, ReviewForm form, HttpServletRequest request, HttpServletResponse response)
            throws ServletException, IOException {
        SortParameter.Choice<ReviewOrder> newest = SORT.getChoices().get(0);
        Optional<BookWithReviews> book = books.book(bookId, newest.order(), 1);
        if (book.isEmpty()) {
            response.sendError(HttpServletResponse.SC_NOT_FOUND);
            return;
        }
        setPageAttributes(book.get(), newest, form, request);
        csrf.exposeTo(request, response);
        response.setHeader("Cache-Control", "private, no-cache");
        Views.render("book", request, response);
    }

    private static void setPageAttributes(BookWithReviews book, SortParameter.Choice<ReviewOrder> sort, ReviewForm form,
                                          HttpServletRequest request) {
        request.setAttribute("book", book.book());
        request.setAttribute("distribution", RatingShare.distributionOf(book.book()));
        request.setAttribute("reviews", book.reviews());
        request.setAttribute("form", form);
        request.setAttribute("sort", sort);
        request.setAttribute("orders", SORT.getChoices());
    }

    private void showThanks(long bookId, HttpServletRequest request, HttpServletResponse response)
            throws ServletException, IOException {
        Optional<Book> book = books.findBook(bookId);
        if (book.isEmpty()) {
            response.sendError(HttpServletResponse.SC_NOT_FOUND);
            return;
        }
        request.setAttribute("book", book.get());
        Views.render("thanks", request, response);
    }
}
