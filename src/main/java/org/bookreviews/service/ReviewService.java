package org.bookreviews.service;

import jakarta.persistence.EntityManager;
import jakarta.persistence.LockModeType;
import java.sql.SQLTransactionRollbackException;
import java.time.Clock;
import java.time.LocalDateTime;
import java.util.logging.Level;
import java.util.logging.Logger;
import org.bookreviews.domain.Book;
import org.bookreviews.domain.Review;
import org.bookreviews.persistence.Database;

/** Writes reviews. */
public final class ReviewService {

    private static final Logger LOG = Logger.getLogger(ReviewService.class.getName());
    /** Tries of one review when the database rolls it back on a lock (see {@link #addReview}). */
    private static final int ATTEMPTS = 3;

    private final Database database;
    private final Clock clock;

    public ReviewService(Database database, Clock clock) {
        this.database = database;
        this.clock = clock;
    }

    /**
     * Stores a validated review and counts it into its book's figures, in one transaction with
     * the book row locked, so concurrent reviews of one book never lose an update. A review whose
     * submission id is already stored is not stored again: the same form sent twice is one review.
     */
    public Outcome addReview(long bookId, NewReview review) {
        for (int attempt = 1; ; attempt++) {
            try {
                return store(bookId, review);
            } catch (RuntimeException e) { // PersistenceException, or EclipseLink's own DatabaseException
                if (review.submissionId() != null && database.read(em -> isStored(em, review.submissionId()))) {
                    // Two copies of one form raced past the check: the unique constraint let one in.
                    return Outcome.ALREADY_STORED;
                }
                if (attempt >= ATTEMPTS || !isTransientLockFailure(e)) {
                    throw e;
                }
                // Derby rolled the transaction back on a lock wait it gave up (seen a few times
                // in 2,000 reviews from 32 writers); nothing was stored: try again.
                LOG.log(Level.WARNING, "Review insert rolled back by a lock failure, attempt " + attempt + "; retrying", e);
            }
        }
    }

    private Outcome store(long bookId, NewReview review) {
        return database.write(em -> {
            Book book = em.find(Book.class, bookId, LockModeType.PESSIMISTIC_WRITE);
            if (book == null) {
                return Outcome.NO_SUCH_BOOK;
            }
            if (review.submissionId() != null && isStored(em, review.submissionId())) {
                return Outcome.ALREADY_STORED;
            }
            Review stored = review.submissionId() == null
                    ? new Review(book, review.reviewerName(), review.rating(), review.body(), LocalDateTime.now(clock))
                    : new Review(book, review.reviewerName(), review.rating(), review.body(), LocalDateTime.now(clock),
                            review.submissionId());
            em.persist(stored);
            book.recordReview(review.rating());
            em.flush();
            return Outcome.STORED;
        });
    }

    /** A rollback the database chose (lock timeout, deadlock victim): the same work may succeed now. */
    private static boolean isTransientLockFailure(Throwable failure) {
        for (Throwable t = failure; t != null; t = t.getCause()) {
            if (t instanceof SQLTransactionRollbackException) {
                return true;
            }
        }
        return false;
    }

    private static boolean isStored(EntityManager em, String submissionId) {
        return !em.createQuery("SELECT r.id FROM Review r WHERE r.submissionId = :id", Long.class)
                .setParameter("id", submissionId).setMaxResults(1).getResultList().isEmpty();
    }

    /** What became of a review sent to {@link #addReview}. */
    public enum Outcome {
        STORED, ALREADY_STORED, NO_SUCH_BOOK
    }

    /**
     * A review that passed validation: trimmed name and text, rating 1-5, and the id of the form
     * it came from (null when the client sent none: it is then not protected against repeats).
     */
    public record NewReview(String reviewerName, int rating, String body, String submissionId) {
        public NewReview(String reviewerName, int rating, String body) {
            this(reviewerName, rating, body, null);
        }
    }
}
