package org.bookreviews.service;

import java.util.List;
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

    /** The catalogue ordered by title; a page number out of range gives the nearest page. */
    public Page<Book> booksByTitle(long requestedPage) {
        return database.read(em -> {
            long total = em.createQuery("SELECT COUNT(b) FROM Book b", Long.class).getSingleResult();
            int number = Page.clamp(requestedPage, total, BOOKS_PER_PAGE);
            List<Book> books = em.createQuery("SELECT b FROM Book b ORDER BY b.title, b.id", Book.class)
                    .setFirstResult(Page.offset(number, BOOKS_PER_PAGE))
                    .setMaxResults(BOOKS_PER_PAGE)
                    .getResultList();
            return new Page<>(books, number, BOOKS_PER_PAGE, total);
        });
    }

    /** A book with one page of its reviews, newest first; empty when there is no such book. */
    public Optional<BookWithReviews> book(long bookId, long requestedReviewPage) {
        return database.read(em -> {
            Book book = em.find(Book.class, bookId);
            if (book == null) {
                return Optional.empty();
            }
            int number = Page.clamp(requestedReviewPage, book.getReviewCount(), REVIEWS_PER_PAGE);
            List<Review> reviews = em.createQuery(
                            "SELECT r FROM Review r WHERE r.book.id = :bookId"
                                    + " ORDER BY r.createdAt DESC, r.id DESC", Review.class)
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
