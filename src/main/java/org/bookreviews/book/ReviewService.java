package org.bookreviews.book;

import jakarta.persistence.EntityManager;
import jakarta.persistence.LockModeType;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.Clock;
import java.time.LocalDateTime;
import java.util.Arrays;
import java.util.Base64;
import java.util.logging.Level;
import java.util.logging.Logger;
import org.bookreviews.persistence.DataAccessException;
import org.bookreviews.persistence.Database;

/** Writes reviews: each with its book's figures and review places, in one transaction. */
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
     * the book row locked, so concurrent reviews of one book never lose an update. The same form
     * sent twice (same submission id, same content) is one review; a form whose id is stored
     * with other content (one cached page used for two different reviews) is a new review.
     */
    public Outcome addReview(long bookId, NewReview review) {
        for (int attempt = 1; ; attempt++) {
            try {
                return store(bookId, review);
            } catch (DataAccessException e) {
                boolean formRaced = review.submissionId() != null
                        && database.read(em -> findBySubmissionId(em, review.submissionId()) != null);
                if (attempt >= ATTEMPTS || !(formRaced || e.isTransientRollback())) {
                    throw e;
                }
                // Two copies of one form raced past the check and the unique constraint let one
                // in (the next attempt sees it), or the database rolled the transaction back on a
                // lock wait it gave up: nothing of this attempt was stored, try again.
                LOG.log(formRaced ? Level.FINE : Level.WARNING,
                        "Review insert rolled back, attempt " + attempt + "; retrying", e);
            }
        }
    }

    private Outcome store(long bookId, NewReview review) {
        return database.write(em -> {
            Book book = em.find(Book.class, bookId, LockModeType.PESSIMISTIC_WRITE);
            if (book == null) {
                return Outcome.NO_SUCH_BOOK;
            }
            String submissionId = review.submissionId();
            if (submissionId != null) {
                Review earlier = findBySubmissionId(em, submissionId);
                if (earlier != null && !earlier.hasContent(review)) {
                    // One form, other content: a new review, with an id of its own that a resend
                    // of this very content finds again.
                    submissionId = idForOtherContent(submissionId, review);
                    earlier = findBySubmissionId(em, submissionId);
                }
                if (earlier != null) {
                    return Outcome.ALREADY_STORED;
                }
            }
            em.persist(book.addReview(review, LocalDateTime.now(clock),
                    submissionId != null ? submissionId : Review.newSubmissionId()));
            em.flush();
            return Outcome.STORED;
        });
    }

    /** 32 characters from a hash of the form's id and the review's content. */
    static String idForOtherContent(String formId, NewReview review) {
        try {
            MessageDigest sha256 = MessageDigest.getInstance("SHA-256");
            byte[] hash = sha256.digest(String.join("\n", formId, review.reviewerName(),
                    String.valueOf(review.rating()), review.body()).getBytes(StandardCharsets.UTF_8));
            return Base64.getUrlEncoder().withoutPadding().encodeToString(Arrays.copyOf(hash, 24));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("SHA-256 is part of every Java runtime", e);
        }
    }

    private static Review findBySubmissionId(EntityManager em, String submissionId) {
        return em.createQuery("SELECT r FROM Review r WHERE r.submissionId = :id", Review.class)
                .setParameter("id", submissionId).getResultStream().findFirst().orElse(null);
    }

    /** What became of a review sent to {@link #addReview}. */
    public enum Outcome {
        STORED, ALREADY_STORED, NO_SUCH_BOOK
    }
}
