package org.bookreviews.security;

import jakarta.persistence.EntityManager;
import java.sql.Timestamp;
import java.time.LocalDateTime;
import java.util.ArrayList;
import java.util.List;
import org.bookreviews.persistence.Database;
import org.bookreviews.persistence.Page;

/**
 * Who changed what, when (table {@code audit_event}): role changes, book edits and imports,
 * hidden and restored reviews. Each entry is written in the transaction of the change it records,
 * so there is never a change without its entry or an entry without its change.
 */
public final class AuditLog {

    public static final int PER_PAGE = 50;
    private static final int VALUE_MAX = 10_000;
    private static final int SUBJECT_MAX = 400;

    /** What was done: the value stored in {@code action}, and the key of its words on /admin/log. */
    public enum Action {
        ROLES_CHANGED("roles.changed"),
        BOOK_ADDED("book.added"),
        BOOK_EDITED("book.edited"),
        COVER_CHANGED("cover.changed"),
        IMPORT_STARTED("import.started"),
        IMPORT_FINISHED("import.finished"),
        REVIEW_HIDDEN("review.hidden"),
        REVIEW_RESTORED("review.restored"),
        REPORTS_DISMISSED("reports.dismissed");

        private final String value;

        Action(String value) {
            this.value = value;
        }

        public String value() {
            return value;
        }
    }

    /** One entry as /admin/log lists it. */
    public record Entry(long id, LocalDateTime happenedAt, String actor, String action, String subject,
                        String before, String after) {
        public LocalDateTime getHappenedAt() {
            return happenedAt;
        }

        public String getActor() {
            return actor;
        }

        public String getAction() {
            return action;
        }

        public String getSubject() {
            return subject;
        }

        public String getBefore() {
            return before;
        }

        public String getAfter() {
            return after;
        }
    }

    private final Database database;

    public AuditLog(Database database) {
        this.database = database;
    }

    /** Records a change in the caller's transaction; before/after may be null (nothing before, nothing after). */
    public static void record(EntityManager em, LocalDateTime when, String actor, Action action, String subject,
                              String before, String after) {
        em.createNativeQuery("INSERT INTO audit_event (happened_at, actor, action, subject, before_value, after_value)"
                        + " VALUES (?, ?, ?, ?, ?, ?)")
                .setParameter(1, Timestamp.valueOf(when)).setParameter(2, actor).setParameter(3, action.value())
                .setParameter(4, cut(subject, SUBJECT_MAX)).setParameter(5, cut(before, VALUE_MAX))
                .setParameter(6, cut(after, VALUE_MAX)).executeUpdate();
    }

    /** A page of entries, newest first. */
    public Page<Entry> page(long requestedPage) {
        return database.read(em -> {
            long total = ((Number) em.createNativeQuery("SELECT COUNT(*) FROM audit_event").getSingleResult()).longValue();
            int number = Page.clamp(requestedPage, total, PER_PAGE);
            List<Entry> entries = new ArrayList<>();
            for (Object row : em.createNativeQuery("SELECT id, happened_at, actor, action, subject, before_value, after_value"
                            + " FROM audit_event ORDER BY id DESC OFFSET ? ROWS FETCH NEXT ? ROWS ONLY")
                    .setParameter(1, Page.offset(number, PER_PAGE)).setParameter(2, PER_PAGE).getResultList()) {
                Object[] c = (Object[]) row;
                entries.add(new Entry(((Number) c[0]).longValue(), ((Timestamp) c[1]).toLocalDateTime(), (String) c[2],
                        (String) c[3], (String) c[4], (String) c[5], (String) c[6]));
            }
            return new Page<>(entries, number, PER_PAGE, total);
        });
    }

    private static String cut(String value, int max) {
        return value == null || value.length() <= max ? value : value.substring(0, max - 1) + "\u2026";
    }
}
