package org.bookreviews.book;

import jakarta.persistence.EntityManager;
import jakarta.persistence.LockModeType;
import java.time.Clock;
import java.time.LocalDateTime;
import java.util.List;
import java.util.OptionalLong;
import org.bookreviews.book.BookForm.Details;
import org.bookreviews.persistence.DataAccessException;
import org.bookreviews.persistence.Database;
import org.bookreviews.security.AuditLog;

/**
 * Librarians' changes to the catalogue: a book added or its details edited, each with its audit
 * log entry in the same transaction. The book's figures are never theirs to change. The search
 * index learns of every change from the database's own log of them (schema version 7).
 */
public final class BookEditor {

    private final Database database;
    private final Clock clock;

    public BookEditor(Database database, Clock clock) {
        this.database = database;
        this.clock = clock;
    }

    /** What became of a change; {@code bookId}: the book added or edited, or the one that has the ISBN already. */
    public record Result(Status status, long bookId) {
    }

    public enum Status {
        ADDED, EDITED, UNCHANGED, DUPLICATE_ISBN, NO_SUCH_BOOK
    }

    public Result add(Details details, String librarian) {
        return guarded(details.isbn(), em -> {
            OptionalLong other = bookWithIsbn(em, details.isbn(), 0);
            if (other.isPresent()) {
                return new Result(Status.DUPLICATE_ISBN, other.getAsLong());
            }
            Book book = new Book(details.title(), details.author(), details.isbn(), details.publishedYear(),
                    details.description());
            em.persist(book);
            em.flush();
            AuditLog.record(em, LocalDateTime.now(clock), librarian, AuditLog.Action.BOOK_ADDED, subject(book),
                    null, details.describe());
            return new Result(Status.ADDED, book.getId());
        });
    }

    public Result edit(long bookId, Details details, String librarian) {
        return guarded(details.isbn(), em -> {
            Book book = em.find(Book.class, bookId, LockModeType.PESSIMISTIC_WRITE);
            if (book == null) {
                return new Result(Status.NO_SUCH_BOOK, bookId);
            }
            Details before = Details.of(book);
            if (before.equals(details)) {
                return new Result(Status.UNCHANGED, bookId);
            }
            OptionalLong other = bookWithIsbn(em, details.isbn(), bookId);
            if (other.isPresent()) {
                return new Result(Status.DUPLICATE_ISBN, other.getAsLong());
            }
            book.describe(details.title(), details.author(), details.isbn(), details.publishedYear(), details.description());
            em.flush();
            AuditLog.record(em, LocalDateTime.now(clock), librarian, AuditLog.Action.BOOK_EDITED, subject(book),
                    before.describe(), details.describe());
            return new Result(Status.EDITED, bookId);
        });
    }

    /** The change; a book with the same ISBN stored by someone else at the same moment is a duplicate too. */
    private Result guarded(String isbn, java.util.function.Function<EntityManager, Result> change) {
        try {
            return database.write(change);
        } catch (DataAccessException e) {
            if (!e.isDuplicateKey()) {
                throw e;
            }
            return database.read(em -> new Result(Status.DUPLICATE_ISBN, bookWithIsbn(em, isbn, 0).orElse(0)));
        }
    }

    private static OptionalLong bookWithIsbn(EntityManager em, String isbn, long except) {
        List<?> ids = em.createNativeQuery("SELECT id FROM book WHERE isbn = ? AND id <> ?")
                .setParameter(1, isbn).setParameter(2, except).getResultList();
        return ids.isEmpty() ? OptionalLong.empty() : OptionalLong.of(((Number) ids.get(0)).longValue());
    }

    private static String subject(Book book) {
        return "book " + book.getId() + " \u201c" + book.getTitle() + "\u201d";
    }
}
