package org.bookreviews.service;

import jakarta.persistence.EntityManager;
import jakarta.persistence.Query;
import jakarta.persistence.TypedQuery;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import org.bookreviews.domain.Book;
import org.bookreviews.domain.Review;
import org.bookreviews.persistence.Database;
import org.bookreviews.service.ReviewOrder.PlaceRange;

/** Reads the catalogue. Each page is one call, so one EntityManager per request. */
public final class BookCatalog {

    public static final int BOOKS_PER_PAGE = 20;
    public static final int REVIEWS_PER_PAGE = 20;

    private final Database database;

    public BookCatalog(Database database) {
        this.database = database;
    }

    /**
     * One page of the catalogue in the given order; with a search text, only the books whose
     * title, author or ISBN contains it (ignoring case). A page number out of range gives the
     * nearest page.
     */
    public Page<Book> books(String search, BookOrder order, long requestedPage) {
        String pattern = search == null || search.isBlank() ? null : containsPattern(search.strip());
        String where = pattern == null ? ""
                : " WHERE LOWER(b.title) LIKE :pattern ESCAPE '\\' OR LOWER(b.author) LIKE :pattern ESCAPE '\\'"
                        + " OR LOWER(b.isbn) LIKE :pattern ESCAPE '\\'";
        return database.read(em -> {
            // Two steps: the page's ids from the order's index alone (no table rows read for the
            // entries OFFSET skips), then those 20 books by primary key.
            TypedQuery<Long> ids = em.createQuery("SELECT b.id FROM Book b" + where + " ORDER BY " + order.jpql(), Long.class);
            long total;
            if (pattern == null) {
                // Kept by triggers (schema version 5): counting 100,000 rows per page would not be.
                total = ((Number) em.createNativeQuery("SELECT book_count FROM catalogue").getSingleResult()).longValue();
            } else {
                total = em.createQuery("SELECT COUNT(b) FROM Book b" + where, Long.class)
                        .setParameter("pattern", pattern).getSingleResult();
                ids.setParameter("pattern", pattern);
            }
            int number = Page.clamp(requestedPage, total, BOOKS_PER_PAGE);
            List<Long> pageIds = ids.setFirstResult(Page.offset(number, BOOKS_PER_PAGE))
                    .setMaxResults(BOOKS_PER_PAGE)
                    .getResultList();
            Map<Long, Book> byId = new HashMap<>();
            if (!pageIds.isEmpty()) {
                em.createQuery("SELECT b FROM Book b WHERE b.id IN :ids", Book.class).setParameter("ids", pageIds)
                        .getResultList().forEach(book -> byId.put(book.getId(), book));
            }
            List<Book> items = pageIds.stream().map(byId::get).filter(Objects::nonNull).toList();
            return new Page<>(items, number, BOOKS_PER_PAGE, total);
        });
    }

    /** A LIKE pattern matching any text that contains {@code text}, lower case, wildcards escaped. */
    static String containsPattern(String text) {
        String escaped = text.toLowerCase(Locale.ROOT)
                .replace("\\", "\\\\")
                .replace("%", "\\%")
                .replace("_", "\\_");
        return "%" + escaped + "%";
    }

    /** A book with one page of its reviews in the given order; empty when there is no such book. */
    public Optional<BookWithReviews> book(long bookId, ReviewOrder order, long requestedReviewPage) {
        return database.read(em -> {
            Book book = em.find(Book.class, bookId);
            if (book == null) {
                return Optional.empty();
            }
            int number = Page.clamp(requestedReviewPage, book.getReviewCount(), REVIEWS_PER_PAGE);
            List<Review> reviews = new ArrayList<>(REVIEWS_PER_PAGE);
            for (PlaceRange range : order.placesOf(book, Page.offset(number, REVIEWS_PER_PAGE), REVIEWS_PER_PAGE)) {
                reviews.addAll(reviewsAt(em, bookId, range));
            }
            return Optional.of(new BookWithReviews(book,
                    new Page<>(reviews, number, REVIEWS_PER_PAGE, book.getReviewCount())));
        });
    }

    /**
     * One range of places, read from the unique index over (book_id[, rating], place). Native SQL
     * for Derby's optimizer override: with the values as parameters, Derby's plan otherwise reads
     * the foreign key's index on book_id, i.e. every review of the book (1,004 rows for 20 on a
     * book with 1,000 reviews). The override is an SQL comment, so any other database ignores it.
     */
    @SuppressWarnings("unchecked")
    private static List<Review> reviewsAt(EntityManager em, long bookId, PlaceRange range) {
        boolean byRating = range.rating() != null;
        String place = byRating ? "rating_position" : "book_position";
        String sql = "SELECT * FROM review --DERBY-PROPERTIES constraint="
                + (byRating ? "review_rating_position_uq" : "review_book_position_uq") + "\n"
                + " WHERE book_id = ?" + (byRating ? " AND rating = ?" : "")
                + " AND " + place + " BETWEEN ? AND ? ORDER BY " + place + (range.descending() ? " DESC" : "");
        Query query = em.createNativeQuery(sql, Review.class);
        int parameter = 1;
        query.setParameter(parameter++, bookId);
        if (byRating) {
            query.setParameter(parameter++, range.rating());
        }
        query.setParameter(parameter++, (int) range.from());
        query.setParameter(parameter, (int) range.to());
        return query.getResultList();
    }

    public Optional<Book> findBook(long bookId) {
        return database.read(em -> Optional.ofNullable(em.find(Book.class, bookId)));
    }

    public record BookWithReviews(Book book, Page<Review> reviews) {
    }
}
