package org.bookreviews.service;

import jakarta.persistence.TypedQuery;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import org.bookreviews.domain.Book;
import org.bookreviews.domain.Review;
import org.bookreviews.persistence.Database;

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
            TypedQuery<Long> count = em.createQuery("SELECT COUNT(b) FROM Book b" + where, Long.class);
            TypedQuery<Book> books = em.createQuery("SELECT b FROM Book b" + where + " ORDER BY " + order.jpql(), Book.class);
            if (pattern != null) {
                count.setParameter("pattern", pattern);
                books.setParameter("pattern", pattern);
            }
            long total = count.getSingleResult();
            int number = Page.clamp(requestedPage, total, BOOKS_PER_PAGE);
            List<Book> items = books.setFirstResult(Page.offset(number, BOOKS_PER_PAGE))
                    .setMaxResults(BOOKS_PER_PAGE)
                    .getResultList();
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
            List<Review> reviews = em.createQuery(
                            "SELECT r FROM Review r WHERE r.book.id = :bookId ORDER BY " + order.jpql(), Review.class)
                    .setParameter("bookId", bookId)
                    .setFirstResult(Page.offset(number, REVIEWS_PER_PAGE))
                    .setMaxResults(REVIEWS_PER_PAGE)
                    .getResultList();
            return Optional.of(new BookWithReviews(book,
                    new Page<>(reviews, number, REVIEWS_PER_PAGE, book.getReviewCount())));
        });
    }

    public Optional<Book> findBook(long bookId) {
        return database.read(em -> Optional.ofNullable(em.find(Book.class, bookId)));
    }

    public record BookWithReviews(Book book, Page<Review> reviews) {
    }
}
