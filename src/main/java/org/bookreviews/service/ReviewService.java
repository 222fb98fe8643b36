package org.bookreviews.service;

import jakarta.persistence.LockModeType;
import java.time.Clock;
import java.time.LocalDateTime;
import org.bookreviews.domain.Book;
import org.bookreviews.domain.Review;
import org.bookreviews.persistence.Database;

/** Writes reviews. */
public final class ReviewService {

    private final Database database;
    private final Clock clock;

    public ReviewService(Database database, Clock clock) {
        this.database = database;
        this.clock = clock;
    }

    /**
     * Stores a validated review and counts it into its book's figures, in one transaction with
     * the book row locked, so concurrent reviews of one book never lose an update.
     *
     * @return false when there is no such book (nothing is stored)
     */
    public boolean addReview(long bookId, NewReview review) {
        return database.write(em -> {
            Book book = em.find(Book.class, bookId, LockModeType.PESSIMISTIC_WRITE);
            if (book == null) {
                return false;
            }
            em.persist(new Review(book, review.reviewerName(), review.rating(), review.body(), LocalDateTime.now(clock)));
            book.recordReview(review.rating());
            return true;
        });
    }

    /** A review that passed validation: trimmed name and text, rating 1-5. */
    public record NewReview(String reviewerName, int rating, String body) {
    }
}
