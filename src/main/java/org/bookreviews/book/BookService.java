package org.bookreviews.book;

import jakarta.persistence.EntityManager;
import jakarta.persistence.Query;
import java.util.ArrayList;
import java.util.Collections;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.OptionalInt;
import org.bookreviews.book.ReviewOrder.PlaceRange;
import org.bookreviews.persistence.Database;
import org.bookreviews.persistence.Page;

/** Reads a book with a page of its reviews: one call, one EntityManager, per page. */
public final class BookService {

    public static final int REVIEWS_PER_PAGE = 20;

    private final Database database;

    public BookService(Database database) {
        this.database = database;
    }

    /** A book with one page of its reviews in the given order; empty when there is no such book. */
    public Optional<BookWithReviews> book(long bookId, ReviewOrder order, long requestedReviewPage) {
        return book(bookId, order, OptionalInt.empty(), requestedReviewPage);
    }

    /**
     * A book with one page of its reviews: all in the given order, or only those with
     * {@code rating} stars, newest first; empty when there is no such book.
     */
    public Optional<BookWithReviews> book(long bookId, ReviewOrder order, OptionalInt rating, long requestedReviewPage) {
        // The book first, held until its reviews are read: see lockForWriting.
        return database.readRepeatable(em -> {
            Book book = em.find(Book.class, bookId);
            if (book == null) {
                return Optional.empty();
            }
            long total = rating.isPresent() ? book.getCountOfRating(rating.getAsInt()) : book.getReviewCount();
            int number = Page.clamp(requestedReviewPage, total, REVIEWS_PER_PAGE);
            long skipped = Page.offset(number, REVIEWS_PER_PAGE);
            List<PlaceRange> ranges = rating.isPresent()
                    ? ReviewOrder.placesOfRating(book, rating.getAsInt(), skipped, REVIEWS_PER_PAGE)
                    : order.placesOf(book, skipped, REVIEWS_PER_PAGE);
            List<Review> reviews = new ArrayList<>(REVIEWS_PER_PAGE);
            for (PlaceRange range : ranges) {
                reviews.addAll(reviewsAt(em, bookId, range));
            }
            return Optional.of(new BookWithReviews(book, new Page<>(reviews, number, REVIEWS_PER_PAGE, total)));
        });
    }

    /**
     * The book, locked for the caller's transaction before any of its reviews change: exclusively
     * at once (an update that changes nothing), not with the update lock of a SELECT ... FOR
     * UPDATE, which readers' shared locks let through. A page read holds the book shared while it
     * reads the reviews ({@link #book}), so a writer waits for it before it moves a review, and a
     * reader waiting for a writer holds nothing the writer needs. Without it a reader walking up
     * the places and a writer renumbering them downwards deadlocked, which the database finds only
     * after its deadlock timeout (20 s), failing the reader's page. Null when there is no such book.
     */
    static Book lockForWriting(EntityManager em, long bookId) {
        int found = em.createNativeQuery("UPDATE book SET rating_1_count = rating_1_count WHERE id = ?")
                .setParameter(1, bookId).executeUpdate();
        return found == 0 ? null : em.find(Book.class, bookId);
    }

    /**
     * One range of places, read from the unique index over (book_id[, rating], place). Native SQL
     * for Derby's optimizer override: with the values as parameters, Derby's plan otherwise reads
     * the foreign key's index on book_id, i.e. every review of the book (1,004 rows for 20 on a
     * book with 1,000 reviews). The override is an SQL comment, so any other database ignores it.
     * Read in the index's order and reversed here for a descending range: Derby cannot read an
     * index backwards, so ORDER BY ... DESC made it sort the rows (and format statistics messages
     * for every sort: 4 % of the write flow's CPU in a profile).
     */
    @SuppressWarnings("unchecked")
    private static List<Review> reviewsAt(EntityManager em, long bookId, PlaceRange range) {
        boolean byRating = range.rating() != null;
        String place = byRating ? "rating_position" : "book_position";
        String sql = "SELECT * FROM review --DERBY-PROPERTIES constraint="
                + (byRating ? "review_rating_position_uq" : "review_book_position_uq") + "\n"
                + " WHERE book_id = ?" + (byRating ? " AND rating = ?" : "")
                + " AND " + place + " BETWEEN ? AND ? ORDER BY " + place;
        Query query = em.createNativeQuery(sql, Review.class);
        int parameter = 1;
        query.setParameter(parameter++, bookId);
        if (byRating) {
            query.setParameter(parameter++, range.rating());
        }
        query.setParameter(parameter++, (int) range.from());
        query.setParameter(parameter, (int) range.to());
        List<Review> reviews = new ArrayList<>(query.getResultList());
        if (range.descending()) {
            Collections.reverse(reviews);
        }
        return reviews;
    }

    /** The usernames of the readers who wrote these reviews (their names link to their pages), by reader id. */
    public Map<Long, String> usernamesOf(List<Review> reviews) {
        List<Long> readers = reviews.stream().map(Review::getReaderId).filter(Objects::nonNull).distinct().toList();
        if (readers.isEmpty()) {
            return Map.of();
        }
        return database.read(em -> {
            Map<Long, String> usernames = new HashMap<>();
            Query query = em.createNativeQuery("SELECT id, username FROM reader WHERE id IN ("
                    + String.join(",", readers.stream().map(id -> "?").toList()) + ")");
            for (int i = 0; i < readers.size(); i++) {
                query.setParameter(i + 1, readers.get(i));
            }
            for (Object row : query.getResultList()) {
                Object[] columns = (Object[]) row;
                usernames.put(((Number) columns[0]).longValue(), (String) columns[1]);
            }
            return usernames;
        });
    }

    /** One review of the book, with the book; empty when there is no such review of that book. */
    public Optional<Review> review(long bookId, long reviewId) {
        return database.read(em -> Optional.ofNullable(em.find(Review.class, reviewId))
                .filter(review -> review.getBook().getId() == bookId));
    }

    /** One review, with its book; empty when there is none. */
    public Optional<Review> review(long reviewId) {
        return database.read(em -> Optional.ofNullable(em.find(Review.class, reviewId)));
    }

    public Optional<Book> findBook(long bookId) {
        return database.read(em -> Optional.ofNullable(em.find(Book.class, bookId)));
    }

    public record BookWithReviews(Book book, Page<Review> reviews) {
    }
}
