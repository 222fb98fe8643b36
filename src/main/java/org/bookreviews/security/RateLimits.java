package org.bookreviews.security;

import java.sql.Timestamp;
import java.time.Clock;
import java.time.Duration;
import java.time.LocalDateTime;
import java.util.Optional;
import org.bookreviews.persistence.Database;

/**
 * Limits on how often something may happen (failed sign-ins of one username, sign-ups from one
 * address, reviews of one reader), counted in the database (table {@code rate_event}) so that
 * they hold across restarts and on every server of one database.
 */
public final class RateLimits {

    /** At most {@code max} events of this kind per subject within {@code window}. */
    public record Limit(String kind, int max, Duration window) {
    }

    private final Database database;
    private final Clock clock;

    public RateLimits(Database database, Clock clock) {
        this.database = database;
        this.clock = clock;
    }

    /**
     * Empty when the subject is within the limit; else how long until it is (for Retry-After):
     * when the oldest of the counted events leaves the window.
     */
    public Optional<Duration> exceeded(Limit limit, String subject) {
        LocalDateTime now = LocalDateTime.now(clock);
        LocalDateTime since = now.minus(limit.window());
        return database.read(em -> {
            Object[] counted = (Object[]) em.createNativeQuery(
                            "SELECT COUNT(*), MIN(happened_at) FROM rate_event WHERE kind = ? AND subject = ? AND happened_at > ?")
                    .setParameter(1, limit.kind()).setParameter(2, subject).setParameter(3, Timestamp.valueOf(since))
                    .getSingleResult();
            if (((Number) counted[0]).longValue() < limit.max()) {
                return Optional.empty();
            }
            LocalDateTime oldest = ((Timestamp) counted[1]).toLocalDateTime();
            Duration wait = Duration.between(now, oldest.plus(limit.window()));
            return Optional.of(wait.isNegative() || wait.isZero() ? Duration.ofSeconds(1) : wait);
        });
    }

    /** Counts one event; forgets this subject's events that have left the window. */
    public void record(Limit limit, String subject) {
        LocalDateTime now = LocalDateTime.now(clock);
        database.write(em -> {
            em.createNativeQuery("DELETE FROM rate_event WHERE kind = ? AND subject = ? AND happened_at <= ?")
                    .setParameter(1, limit.kind()).setParameter(2, subject)
                    .setParameter(3, Timestamp.valueOf(now.minus(limit.window()))).executeUpdate();
            return em.createNativeQuery("INSERT INTO rate_event (kind, subject, happened_at) VALUES (?, ?, ?)")
                    .setParameter(1, limit.kind()).setParameter(2, subject).setParameter(3, Timestamp.valueOf(now))
                    .executeUpdate();
        });
    }

    /** Forgets the subject's events of this kind (a successful sign-in clears the failed ones). */
    public void clear(Limit limit, String subject) {
        database.write(em -> em.createNativeQuery("DELETE FROM rate_event WHERE kind = ? AND subject = ?")
                .setParameter(1, limit.kind()).setParameter(2, subject).executeUpdate());
    }

    /** Seconds for a Retry-After header: whole, at least 1. */
    public static long retryAfterSeconds(Duration wait) {
        return Math.max(1, (wait.toMillis() + 999) / 1000);
    }
}
