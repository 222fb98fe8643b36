package org.bookreviews.book;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.sql.Timestamp;
import java.time.Clock;
import java.time.LocalDateTime;
import java.util.Base64;
import java.util.List;
import java.util.Optional;
import org.bookreviews.persistence.Database;
import org.bookreviews.security.AuditLog;

/** Books' covers: an uploaded picture (table {@code book_cover}) or else one generated from the book. */
public final class Covers {

    private final Database database;
    private final Clock clock;

    public Covers(Database database, Clock clock) {
        this.database = database;
        this.clock = clock;
    }

    /** What to send: the bytes, their type and entity tag. */
    public record Cover(byte[] bytes, String contentType, String etag) {
    }

    /** The book's cover; empty when there is no such book. */
    public Optional<Cover> of(long bookId) {
        return database.read(em -> {
            List<?> stored = em.createNativeQuery("SELECT image, etag FROM book_cover WHERE book_id = ?")
                    .setParameter(1, bookId).getResultList();
            if (!stored.isEmpty()) {
                Object[] row = (Object[]) stored.get(0);
                return Optional.of(new Cover((byte[]) row[0], "image/jpeg", (String) row[1]));
            }
            Book book = em.find(Book.class, bookId);
            if (book == null) {
                return Optional.empty();
            }
            byte[] svg = GeneratedCover.svg(book.getTitle(), book.getAuthor(), book.getIsbn()).getBytes(StandardCharsets.UTF_8);
            return Optional.of(new Cover(svg, "image/svg+xml", etagOf(svg)));
        });
    }

    /** Stores the (re-encoded) picture as the book's cover; false when there is no such book. */
    public boolean save(long bookId, byte[] jpeg, String librarian) {
        LocalDateTime now = LocalDateTime.now(clock);
        return database.write(em -> {
            Book book = em.find(Book.class, bookId);
            if (book == null) {
                return false;
            }
            String etag = etagOf(jpeg);
            int updated = em.createNativeQuery("UPDATE book_cover SET image = ?, etag = ?, updated_at = ? WHERE book_id = ?")
                    .setParameter(1, jpeg).setParameter(2, etag).setParameter(3, Timestamp.valueOf(now))
                    .setParameter(4, bookId).executeUpdate();
            if (updated == 0) {
                em.createNativeQuery("INSERT INTO book_cover (book_id, image, etag, updated_at) VALUES (?, ?, ?, ?)")
                        .setParameter(1, bookId).setParameter(2, jpeg).setParameter(3, etag)
                        .setParameter(4, Timestamp.valueOf(now)).executeUpdate();
            }
            em.createNativeQuery("UPDATE book SET cover_version = cover_version + 1 WHERE id = ?")
                    .setParameter(1, bookId).executeUpdate();
            AuditLog.record(em, now, librarian, AuditLog.Action.COVER_CHANGED,
                    "book " + bookId + " \u201c" + book.getTitle() + "\u201d", updated == 0 ? "(generated)" : "(picture)",
                    jpeg.length + " bytes JPEG");
            return true;
        });
    }

    /** SHA-256, base64url, quoted: a strong entity tag. */
    static String etagOf(byte[] bytes) {
        try {
            byte[] digest = MessageDigest.getInstance("SHA-256").digest(bytes);
            return "\"" + Base64.getUrlEncoder().withoutPadding().encodeToString(digest) + "\"";
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("SHA-256 is part of every Java runtime", e);
        }
    }
}
