package org.bookreviews.service;

import jakarta.persistence.EntityManager;
import jakarta.persistence.EntityManagerFactory;
import jakarta.persistence.EntityTransaction;
import jakarta.persistence.LockModeType;
import java.time.Clock;
import java.time.LocalDateTime;
import org.bookreviews.domain.Book;
import org.bookreviews.domain.Review;

/** Writes reviews. */
public final class ReviewService {

    private final EntityManagerFactory entityManagerFactory;
    private final Clock clock;

    public ReviewService(EntityManagerFactory entityManagerFactory, Clock clock) {
        this.entityManagerFactory = entityManagerFactory;
        this.clock = clock;
    }

    /**
     * Stores a validated review and counts it into its book's figures, in one transaction with
     * the book row locked, so concurrent reviews of one book never lose an update.
     *
     * @return false when there is no such book (nothing is stored)
     */
    public boolean addReview(long bookId, NewReview review) {
        try (EntityManager em = entityManagerFactory.createEntityManager()) {
            EntityTransaction tx = em.getTransaction();
            tx.begin();
            try {
                Book book = em.find(Book.class, bookId, LockModeType.PESSIMISTIC_WRITE);
                if (book == null) {
                    return false;
                }
                em.persist(new Review(book, review.reviewerName(), review.rating(), review.body(),
                        LocalDateTime.now(clock)));
                book.recordReview(review.rating());
                tx.commit();
                return true;
            } finally {
                if (tx.isActive()) {
                    tx.rollback();
                }
            }
        }
    }

    /** A review that passed validation: trimmed name and text, rating 1-5. */
    public record NewReview(String reviewerName, int rating, String body) {
    }
}
