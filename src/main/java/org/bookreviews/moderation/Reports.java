package org.bookreviews.moderation;

import java.sql.Timestamp;
import java.time.Clock;
import java.time.LocalDateTime;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.bookreviews.book.Review;
import org.bookreviews.persistence.DataAccessException;
import org.bookreviews.persistence.Database;
import org.bookreviews.security.AuditLog;

/**
 * Reports of reviews (table {@code review_report}): readers file them, moderators see the open
 * ones, most-reported first, and close them by hiding the review (see
 * {@link org.bookreviews.book.ReviewService#hide}) or by dismissing them.
 */
public final class Reports {

    /** The reasons a reader can choose, as stored. */
    public static final List<String> REASONS = List.of("spam", "offensive", "spoiler", "off-topic", "other");
    public static final int NOTE_MAX = 1000;
    /** Reviews listed on the moderation page at once. */
    static final int LISTED = 50;

    private final Database database;
    private final Clock clock;

    public Reports(Database database, Clock clock) {
        this.database = database;
        this.clock = clock;
    }

    public enum Filed {
        FILED, ALREADY_FILED, NO_SUCH_REVIEW, OWN_REVIEW
    }

    /** A reader reports a visible review, once. */
    public Filed file(long reviewId, long readerId, String reason, String note) {
        Optional<Object[]> review = database.read(em -> first(em.createNativeQuery(
                        "SELECT reader_id, hidden_at FROM review WHERE id = ?").setParameter(1, reviewId).getResultList()));
        if (review.isEmpty() || review.get()[1] != null) {
            return Filed.NO_SUCH_REVIEW;
        }
        if (review.get()[0] != null && ((Number) review.get()[0]).longValue() == readerId) {
            return Filed.OWN_REVIEW;
        }
        try {
            return database.write(em -> {
                if (!em.createNativeQuery("SELECT 1 FROM review_report WHERE review_id = ? AND reader_id = ?")
                        .setParameter(1, reviewId).setParameter(2, readerId).getResultList().isEmpty()) {
                    return Filed.ALREADY_FILED;
                }
                em.createNativeQuery("INSERT INTO review_report (review_id, reader_id, reason, note, created_at)"
                                + " VALUES (?, ?, ?, ?, ?)")
                        .setParameter(1, reviewId).setParameter(2, readerId).setParameter(3, reason).setParameter(4, note)
                        .setParameter(5, Timestamp.valueOf(LocalDateTime.now(clock))).executeUpdate();
                return Filed.FILED;
            });
        } catch (DataAccessException e) {
            if (e.isDuplicateKey()) {
                return Filed.ALREADY_FILED; // the same reader's second click, at the same moment
            }
            throw e;
        }
    }

    /** Closes the open reports of a review without hiding it (none open: nothing to do); false when there is no such review. */
    public boolean dismiss(long reviewId, String moderator) {
        return database.write(em -> {
            if (em.createNativeQuery("SELECT 1 FROM review WHERE id = ?").setParameter(1, reviewId).getResultList().isEmpty()) {
                return false;
            }
            int closed = em.createNativeQuery("UPDATE review_report SET is_open = 0 WHERE review_id = ? AND is_open = 1")
                    .setParameter(1, reviewId).executeUpdate();
            if (closed > 0) {
                AuditLog.record(em, LocalDateTime.now(clock), moderator, AuditLog.Action.REPORTS_DISMISSED,
                        "review " + reviewId, closed + " open", null);
            }
            return true;
        });
    }

    /** The reported reviews with open reports, most-reported first (then the oldest report first). */
    public List<ReportedReview> open() {
        return database.read(em -> {
            Map<Long, ReportedReview> reviews = new LinkedHashMap<>();
            for (Object row : em.createNativeQuery("SELECT review_id, COUNT(*), MIN(created_at) FROM review_report"
                            + " WHERE is_open = 1 GROUP BY review_id ORDER BY 2 DESC, 3, 1 FETCH FIRST " + LISTED + " ROWS ONLY")
                    .getResultList()) {
                long reviewId = ((Number) ((Object[]) row)[0]).longValue();
                Review review = em.find(Review.class, reviewId);
                if (review != null) {
                    reviews.put(reviewId, new ReportedReview(review, new ArrayList<>()));
                }
            }
            if (!reviews.isEmpty()) {
                var query = em.createNativeQuery("SELECT p.review_id, p.reason, p.note, r.username FROM review_report p"
                        + " JOIN reader r ON r.id = p.reader_id WHERE p.is_open = 1 AND p.review_id IN ("
                        + String.join(",", reviews.keySet().stream().map(id -> "?").toList()) + ") ORDER BY p.created_at, p.id");
                int i = 1;
                for (long id : reviews.keySet()) {
                    query.setParameter(i++, id);
                }
                for (Object row : query.getResultList()) {
                    Object[] c = (Object[]) row;
                    reviews.get(((Number) c[0]).longValue()).reports()
                            .add(new Report((String) c[1], (String) c[2], (String) c[3]));
                }
            }
            return List.copyOf(reviews.values());
        });
    }

    /** The most recently hidden reviews, to restore one. */
    public List<Review> recentlyHidden() {
        return database.read(em -> em.createQuery("SELECT r FROM Review r WHERE r.hiddenAt IS NOT NULL"
                        + " ORDER BY r.hiddenAt DESC, r.id DESC", Review.class)
                .setMaxResults(LISTED).getResultList());
    }

    private static Optional<Object[]> first(List<?> rows) {
        return rows.isEmpty() ? Optional.empty() : Optional.of((Object[]) rows.get(0));
    }

    /** One report as the moderation page shows it. */
    public record Report(String reason, String note, String reporter) {
        public String getReason() {
            return reason;
        }

        public String getNote() {
            return note;
        }

        public String getReporter() {
            return reporter;
        }
    }

    /** A review with its open reports. */
    public record ReportedReview(Review review, List<Report> reports) {
        public Review getReview() {
            return review;
        }

        public List<Report> getReports() {
            return reports;
        }
    }
}
