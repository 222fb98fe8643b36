package org.bookreviews.book;

import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.util.List;
import java.util.Optional;
import java.util.OptionalInt;
import java.util.OptionalLong;
import org.bookreviews.book.BookPath.Target;
import org.bookreviews.book.BookService.BookWithReviews;
import org.bookreviews.book.ReviewService.Outcome;
import org.bookreviews.http.PageNumber;
import org.bookreviews.http.Problem;
import org.bookreviews.http.PageServlet;
import org.bookreviews.http.SortParameter;
import org.bookreviews.rendering.Fragment;
import org.bookreviews.rendering.PageCache;
import org.bookreviews.rendering.ReaderNav;
import org.bookreviews.rendering.RenderedPage;
import org.bookreviews.rendering.Views;
import org.bookreviews.security.FormPostGuard;
import org.bookreviews.security.RateLimits;
import org.bookreviews.security.SignedInReader;

/**
 * Everything under {@code /books/{id}} ({@link BookPath}): the book page (GET); writing or
 * rewriting the signed-in reader's review (POST {@code /reviews}, then 303 to the thank-you page:
 * post/redirect/get); editing it ({@code /reviews/mine/edit}) and deleting it (POST
 * {@code /reviews/mine/delete}). Other methods and paths get 405 / 404 as usual.
 */
public class BookServlet extends PageServlet {

    private static final long serialVersionUID = 1L;

    /** The name {@link BookFormServlet} is registered under. */
    public static final String BOOK_FORM = "bookForm";

    /** Which {@code ?sort=} value names which order. */
    public static final SortParameter<ReviewOrder> SORT = SortParameter.of("newest", ReviewOrder.NEWEST)
            .or("oldest", ReviewOrder.OLDEST)
            .or("highest", ReviewOrder.HIGHEST_RATED)
            .or("lowest", ReviewOrder.LOWEST_RATED);

    /** Where a kept book page has the signed-in reader's own part: their review, or the form to write one. */
    static final String MINE_MARKER = RenderedPage.newMarker();
    static final String MINE_MARKER_ATTRIBUTE = "myReviewMarker";

    private final transient BookService books;
    private final transient ReviewService reviews;
    private final transient PageCache pages;
    private final transient FormPostGuard formPosts;
    private final transient RateLimits limits;
    /** Reviews a reader may write a minute; empty when the limits are off. */
    private final transient Optional<RateLimits.Limit> reviewLimit;

    public BookServlet(BookService books, ReviewService reviews, PageCache pages,
                       FormPostGuard formPosts, RateLimits limits, Optional<RateLimits.Limit> reviewLimit) {
        this.books = books;
        this.reviews = reviews;
        this.pages = pages;
        this.formPosts = formPosts;
        this.limits = limits;
        this.reviewLimit = reviewLimit;
    }

    @Override
    protected String allowedMethods(HttpServletRequest request) {
        return BookPath.parse(request.getPathInfo()).map(path -> path.target().allowedMethods()).orElse("GET, HEAD, OPTIONS");
    }

    @Override
    protected void doGet(HttpServletRequest request, HttpServletResponse response)
            throws ServletException, IOException {
        String pathInfo = request.getPathInfo();
        if (pathInfo == null || pathInfo.equals("/")) {
            movedPermanently("/", request, response); // /books and /books/: the catalogue lists them
            return;
        }
        Optional<BookPath> path = BookPath.parse(pathInfo);
        if (path.isEmpty()) {
            Optional<BookPath> withoutSlash = pathInfo.endsWith("/")
                    ? BookPath.parse(pathInfo.substring(0, pathInfo.length() - 1)) : Optional.empty();
            if (withoutSlash.isPresent() && !withoutSlash.get().target().takesPost()) {
                movedPermanently(withoutSlash.get().url(), request, response); // /books/7/ is /books/7
            } else {
                response.sendError(HttpServletResponse.SC_NOT_FOUND);
            }
            return;
        }
        long bookId = path.get().bookId();
        switch (path.get().target()) {
            case BOOK -> showBook(bookId, request, response);
            case THANKS -> showThanks(bookId, request, response);
            case EDIT_MINE -> showEditForm(bookId, request, response);
            case REVIEWS -> seeOther(BookPath.bookUrl(bookId), request, response);
            case DELETE_MINE -> methodNotAllowed(request, response);
            case REVIEW -> showReview(bookId, path.get().reviewId(), request, response);
            case EDIT -> editBook(request, response);
        }
    }

    @Override
    protected void doPost(HttpServletRequest request, HttpServletResponse response)
            throws ServletException, IOException {
        Optional<BookPath> path = BookPath.parse(request.getPathInfo());
        if (path.isEmpty()) {
            response.sendError(HttpServletResponse.SC_NOT_FOUND);
        } else if (!path.get().target().takesPost()) {
            methodNotAllowed(request, response);
        } else if (path.get().target() == Target.REVIEWS) {
            writeReview(path.get().bookId(), request, response);
        } else if (path.get().target() == Target.EDIT) {
            editBook(request, response);
        } else {
            deleteReview(path.get().bookId(), request, response);
        }
    }

    /** {@code /books/{id}/edit} is the librarians' book form, served by its own servlet. */
    private void editBook(HttpServletRequest request, HttpServletResponse response)
            throws ServletException, IOException {
        getServletContext().getNamedDispatcher(BOOK_FORM).forward(request, response);
    }

    /** {@code ?rating=1} to {@code 5}: only the reviews with that many stars; empty for none or anything else. */
    static OptionalInt ratingFilter(String value) {
        return value != null && value.length() == 1 && value.charAt(0) >= '1' && value.charAt(0) <= '5'
                ? OptionalInt.of(value.charAt(0) - '0') : OptionalInt.empty();
    }

    /**
     * The book page: rendered once and kept (see {@link PageCache}) for anonymous visitors whole,
     * for signed-in readers with holes where their navbar part and their own review or form go.
     */
    private void showBook(long bookId, HttpServletRequest request, HttpServletResponse response)
            throws ServletException, IOException {
        OptionalLong page = PageNumber.from(request);
        if (page.isEmpty()) {
            PageNumber.problemOf(request).sendAsBadRequest(request, response);
            return;
        }
        String ratingValue = request.getParameter(ReviewForm.RATING);
        OptionalInt rating = ratingFilter(ratingValue);
        if (ratingValue != null && !ratingValue.isEmpty() && rating.isEmpty()) {
            new Problem("invalid.ratingFilter", Problem.quoted(ratingValue)).sendAsBadRequest(request, response);
            return;
        }
        SortParameter.Choice<ReviewOrder> sort = SORT.from(request);
        PageCache.Key key = pages.bookKey(bookId, request,
                sort.value() + "|" + page.getAsLong() + "|" + (rating.isPresent() ? rating.getAsInt() : 0));
        Optional<RenderedPage> rendered = pages.get(key, () -> {
            Optional<BookWithReviews> book = books.book(bookId, sort.order(), rating, page.getAsLong());
            if (book.isEmpty()) {
                return null;
            }
            setPageAttributes(book.get(), sort, request, response);
            if (rating.isPresent()) {
                request.setAttribute("ratingFilter", rating.getAsInt());
            }
            String[] holes = ReaderNav.markFor(request, MINE_MARKER);
            if (holes.length > 0) {
                request.setAttribute(MINE_MARKER_ATTRIBUTE, MINE_MARKER);
            }
            return PageCache.renderPage("book", request, response, holes);
        });
        if (rendered.isEmpty()) {
            response.sendError(HttpServletResponse.SC_NOT_FOUND);
            return;
        }
        Optional<SignedInReader> reader = SignedInReader.of(request);
        if (reader.isEmpty()) {
            rendered.get().send(request, response);
            return;
        }
        // Their own review or form: kept until one of their reviews is written, edited or deleted
        // through this server (or hidden or restored: everything changes then), or they change.
        SignedInReader signedIn = reader.get();
        Fragment mine = pages.readerPart("myReview", bookId, pages.readerGeneration(signedIn.id()), request, () -> {
                    setReaderAttributes(bookId, signedIn, ReviewForm.empty(), request);
                    return PageCache.renderPartToString("myReview", request, response);
                });
        rendered.get().send(request, response, ReaderNav.render(pages, request, response), mine);
    }

    private void writeReview(long bookId, HttpServletRequest request, HttpServletResponse response)
            throws ServletException, IOException {
        Optional<SignedInReader> reader = signedInPost(formPosts, BookPath.bookUrl(bookId), true, request, response);
        if (reader.isEmpty()) {
            return;
        }
        ReviewForm form = ReviewForm.from(request);
        if (request.getAttribute(FORM_EXPIRED) != null) {
            // Same site, but the form's token is not this session's (a page older than the
            // session): no dead end, the form again with what the reader typed.
            response.setStatus(HttpServletResponse.SC_FORBIDDEN);
            showBookWithForm(bookId, reader.get(), form, request, response);
            return;
        }
        Optional<java.time.Duration> wait = reviewLimit.flatMap(limit -> limits.exceeded(limit, subject(reader.get())));
        if (wait.isPresent()) {
            tooMany(wait.get(), response);
            return;
        }
        Optional<NewReview> review = form.validate(reader.get());
        if (review.isEmpty()) {
            response.setStatus(HttpServletResponse.SC_BAD_REQUEST);
            showBookWithForm(bookId, reader.get(), form, request, response);
            return;
        }
        if (reviews.write(bookId, review.get()) == Outcome.NO_SUCH_BOOK) {
            response.sendError(HttpServletResponse.SC_NOT_FOUND);
            return;
        }
        reviewLimit.ifPresent(limit -> limits.record(limit, subject(reader.get())));
        pages.reviewChanged(bookId, reader.get().id()); // committed: the next page shows it
        seeOther(BookPath.thanksUrl(bookId), request, response);
    }

    private void deleteReview(long bookId, HttpServletRequest request, HttpServletResponse response)
            throws IOException {
        Optional<SignedInReader> reader = signedInPost(formPosts, BookPath.bookUrl(bookId), false, request, response);
        if (reader.isEmpty()) {
            return;
        }
        Outcome outcome = reviews.delete(bookId, reader.get().id());
        if (outcome != Outcome.DELETED) {
            response.sendError(HttpServletResponse.SC_NOT_FOUND);
            return;
        }
        pages.reviewChanged(bookId, reader.get().id());
        seeOther(BookPath.bookUrl(bookId), request, response);
    }

    /** The reader's review in the form, to change it; nothing to change: to the book page's form. */
    private void showEditForm(long bookId, HttpServletRequest request, HttpServletResponse response)
            throws ServletException, IOException {
        Optional<SignedInReader> reader = SignedInReader.of(request);
        if (reader.isEmpty()) {
            redirectToSignIn(new BookPath(bookId, Target.EDIT_MINE).url(), request, response);
            return;
        }
        Optional<Book> book = books.findBook(bookId);
        if (book.isEmpty()) {
            response.sendError(HttpServletResponse.SC_NOT_FOUND);
            return;
        }
        Optional<OwnReview> mine = reviews.findMine(bookId, reader.get().id());
        if (mine.isEmpty()) {
            seeOther(BookPath.bookUrl(bookId) + "#write-review", request, response);
            return;
        }
        request.setAttribute("book", book.get());
        request.setAttribute("form", ReviewForm.of(mine.get()));
        response.setHeader("Cache-Control", "private, no-cache");
        Views.render("editReview", request, response);
    }

    /** The book page with the reader's form as they sent it (never kept: it holds what the reader typed). */
    private void showBookWithForm(long bookId, SignedInReader reader, ReviewForm form, HttpServletRequest request,
                                  HttpServletResponse response) throws ServletException, IOException {
        SortParameter.Choice<ReviewOrder> newest = SORT.getChoices().get(0);
        Optional<BookWithReviews> book = books.book(bookId, newest.order(), 1);
        if (book.isEmpty()) {
            response.sendError(HttpServletResponse.SC_NOT_FOUND);
            return;
        }
        setPageAttributes(book.get(), newest, request, response);
        setReaderAttributes(bookId, reader, form, request);
        response.setHeader("Cache-Control", "private, no-cache");
        Views.render("book", request, response);
    }

    private void setPageAttributes(BookWithReviews book, SortParameter.Choice<ReviewOrder> sort,
            HttpServletRequest request, HttpServletResponse response) throws ServletException, IOException {
        request.setAttribute("book", book.book());
        request.setAttribute("distribution", RatingShare.distributionOf(book.book()));
        request.setAttribute("reviews", book.reviews());
        List<Review> reviews = book.reviews().getItems();
        request.setAttribute("reviewItems", ReviewItems.of(pages, reviews,
                books.usernamesOf(reviews), request, response));
        request.setAttribute("sort", sort);
        request.setAttribute("orders", SORT.getChoices());
    }

    /** What the reader's own part of the book page shows: their review, or the form to write one. */
    private void setReaderAttributes(long bookId, SignedInReader reader, ReviewForm form, HttpServletRequest request) {
        request.setAttribute("bookId", bookId);
        reviews.findMine(bookId, reader.id()).ifPresent(mine -> request.setAttribute("mine", mine));
        request.setAttribute("form", form);
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

    /** One review's own page: the review whole, with its book and a way back to it. */
    private void showReview(long bookId, long reviewId, HttpServletRequest request, HttpServletResponse response)
            throws ServletException, IOException {
        Optional<Long> viewer = SignedInReader.of(request).map(SignedInReader::id);
        // A hidden review is there for its author only.
        Optional<Review> review = books.review(bookId, reviewId)
                .filter(found -> !found.isHidden() || viewer.equals(Optional.ofNullable(found.getReaderId())));
        if (review.isEmpty()) {
            response.sendError(HttpServletResponse.SC_NOT_FOUND);
            return;
        }
        request.setAttribute("review", review.get());
        request.setAttribute("book", review.get().getBook());
        request.setAttribute("usernames", books.usernamesOf(List.of(review.get())));
        request.setAttribute("reported", request.getParameter("reported") != null);
        if (review.get().isHidden()) {
            response.setHeader("Cache-Control", "private, no-cache");
        }
        Views.render("review", request, response);
    }

    private static String subject(SignedInReader reader) {
        return String.valueOf(reader.id());
    }
}
