package org.bookreviews.book;

import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceException;
import jakarta.persistence.Query;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Clock;
import java.time.LocalDateTime;
import java.util.ArrayList;
import java.util.Collections;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.ConcurrentLinkedQueue;
import java.util.concurrent.atomic.AtomicLong;
import java.util.concurrent.locks.ReentrantLock;
import java.util.function.Function;
import java.util.logging.Level;
import java.util.logging.Logger;
import org.bookreviews.persistence.DataAccessException;
import org.bookreviews.persistence.Database;
import org.bookreviews.security.AuditLog;

/**
 * Writes, edits and deletes reviews: each change with its book's figures (count, total, the
 * count of each rating) and the review places (see {@link Review#getBookPosition()}) in one
 * transaction with the book row locked, so they stay exact under concurrent writers. A reader
 * has at most one review per book: writing again replaces it.
 */
public final class ReviewService {

    private static final Logger LOG = Logger.getLogger(ReviewService.class.getName());
    /** Tries of one change when the database rolls it back on a lock it gave up waiting for. */
    private static final int ATTEMPTS = 3;
    /**
     * Visible reviews' places are below this (no book has a billion reviews); a review whose
     * rating changes waits above it, hidden ones above that. Twice the offset still fits an INTEGER.
     */
    private static final int OFFSET = 1_000_000_000;
    /** Where a review whose rating changes waits while its new rating's places make room. */
    private static final int PARKED = 2 * OFFSET;

    /** Reviews written in one transaction at most. */
    private static final int MAX_GROUP = 64;
    /** Queues of writers: books share them by id; writers of different queues write in parallel. */
    private static final int WRITE_QUEUES = 64;

    private final Database database;
    private final Clock clock;
    private final WriteQueue[] writeQueues = new WriteQueue[WRITE_QUEUES];
    /** Reviews committed in a transaction shared with others, so far (for tests and the curious). */
    private final AtomicLong writtenTogether = new AtomicLong();

    public ReviewService(Database database, Clock clock) {
        this.database = database;
        this.clock = clock;
        for (int i = 0; i < writeQueues.length; i++) {
            writeQueues[i] = new WriteQueue();
        }
    }

    /** What became of a change. */
    public enum Outcome {
        CREATED, REPLACED, DELETED, NOTHING_TO_DELETE, NO_SUCH_BOOK,
        /** A moderator's change: done. */
        HIDDEN, RESTORED,
        /** A moderator's change that was made already (by another moderator, or a second click). */
        UNCHANGED,
        NO_SUCH_REVIEW
    }

    /** What a moderator's change did, and to which book's figures. */
    public record Moderation(Outcome outcome, long bookId) {
    }

    /**
     * Stores the reader's review of the book: a new one, or in place of the one they wrote before.
     * Returns once it is committed, durable: with the reviews of other readers that arrived while
     * the one before was being written, in one transaction (group commit, see {@link WriteQueue}).
     */
    public Outcome write(long bookId, NewReview review) {
        return writeQueues[Math.floorMod(Long.hashCode(bookId), writeQueues.length)].write(new PendingReview(bookId, review));
    }

    /** How many reviews were committed in a transaction shared with others since the start. */
    long reviewsWrittenTogether() {
        return writtenTogether.get();
    }

    /** A review waiting to be written, and what became of it once it was. */
    private static final class PendingReview {
        final long bookId;
        final NewReview review;
        private Outcome outcome;
        private RuntimeException failure;

        PendingReview(long bookId, NewReview review) {
            this.bookId = bookId;
            this.review = review;
        }

        boolean isDone() {
            return outcome != null || failure != null;
        }

        Outcome result() {
            if (failure != null) {
                throw failure;
            }
            return outcome;
        }
    }

    /**
     * Group commit for the reviews of the books that share this queue. The first writer to find
     * the queue idle writes everything waiting in it (its own review and the others that queued
     * up while the transaction before was committing) in one transaction: one lock of each book
     * and one forced log write for all of them, instead of one each, and writers of a popular
     * book take turns in the order they came (the database's lock queue has no such order).
     * Every writer returns only after the commit that holds its review. When the transaction of
     * a group fails, nothing of it is stored and each review of it is written on its own, so
     * one review that cannot be written does not fail the others.
     */
    private final class WriteQueue {
        private final ConcurrentLinkedQueue<PendingReview> waiting = new ConcurrentLinkedQueue<>();
        private final ReentrantLock writing = new ReentrantLock(true);

        Outcome write(PendingReview mine) {
            waiting.add(mine);
            writing.lock();
            try {
                // Fields of the pending reviews are set and read under this lock only. More than a
                // group may be waiting before this one: groups in order until this one is written.
                while (!mine.isDone()) {
                    List<PendingReview> group = new ArrayList<>();
                    for (PendingReview next; group.size() < MAX_GROUP && (next = waiting.poll()) != null; ) {
                        group.add(next);
                    }
                    try {
                        writeGroup(group);
                    } finally {
                        for (PendingReview pending : group) {
                            if (!pending.isDone()) { // only when writeGroup itself failed (an Error)
                                pending.failure = new IllegalStateException("The review was not written");
                            }
                        }
                    }
                }
            } finally {
                writing.unlock();
            }
            return mine.result();
        }

        private void writeGroup(List<PendingReview> group) {
            if (group.size() > 1) {
                group.sort(Comparator.comparingLong(pending -> pending.bookId)); // books locked in id order, as every writer does
                try {
                    List<Outcome> outcomes = withRetries(em -> {
                        List<Outcome> each = new ArrayList<>();
                        for (PendingReview pending : group) {
                            each.add(writeOne(em, pending.bookId, pending.review));
                        }
                        return each;
                    });
                    for (int i = 0; i < group.size(); i++) {
                        group.get(i).outcome = outcomes.get(i);
                    }
                    writtenTogether.addAndGet(group.size());
                    return;
                } catch (RuntimeException e) {
                    LOG.log(Level.WARNING, "A group of " + group.size() + " reviews rolled back; writing each on its own", e);
                }
            }
            for (PendingReview pending : group) {
                try {
                    pending.outcome = withRetries(em -> writeOne(em, pending.bookId, pending.review));
                } catch (RuntimeException e) {
                    pending.failure = e;
                }
            }
        }
    }

    /**
     * Writes one review in the caller's transaction, its book locked, and leaves the persistence
     * context empty, so that the next review of the same transaction reads the rows as they are.
     */
    private Outcome writeOne(EntityManager em, long bookId, NewReview review) {
        Outcome outcome = writeLocked(em, bookId, review);
        em.flush();
        em.clear();
        return outcome;
    }

    private Outcome writeLocked(EntityManager em, long bookId, NewReview review) {
        Book book = BookService.lockForWriting(em, bookId);
        if (book == null) {
            return Outcome.NO_SUCH_BOOK;
        }
        LocalDateTime now = LocalDateTime.now(clock);
        Optional<Review> earlier = review.readerId() == null ? Optional.empty() : find(em, bookId, review.readerId());
        if (earlier.isEmpty()) {
            em.persist(book.addReview(review, now));
            return Outcome.CREATED;
        }
        Review old = earlier.get();
        // A hidden review stays hidden, out of the figures and the places: only its text changes.
        int ratingPlace = old.getRating() != review.rating() && !old.isHidden()
                ? moveToRating(em, book, old, review.rating()) : old.getRatingPosition();
        em.createNativeQuery("UPDATE review SET rating = ?, rating_position = ?, body = ?, spoiler = ?,"
                        + " reviewer_name = ?, updated_at = ? WHERE id = ?")
                .setParameter(1, review.rating()).setParameter(2, ratingPlace).setParameter(3, review.body())
                .setParameter(4, review.spoiler() ? 1 : 0).setParameter(5, review.reviewerName())
                .setParameter(6, Timestamp.valueOf(now)).setParameter(7, old.getId()).executeUpdate();
        return Outcome.REPLACED;
    }

    /** Deletes the reader's review of the book, if they wrote one. */
    public Outcome delete(long bookId, long readerId) {
        return withRetries(em -> {
            Book book = BookService.lockForWriting(em, bookId);
            if (book == null) {
                return Outcome.NO_SUCH_BOOK;
            }
            Optional<Review> review = find(em, bookId, readerId);
            if (review.isEmpty()) {
                return Outcome.NOTHING_TO_DELETE;
            }
            remove(em, book, review.get());
            return Outcome.DELETED;
        });
    }

    /**
     * Deletes every review of the reader, each with its book's figures, in the caller's
     * transaction (an account's deletion); books locked in id order, as every writer locks one.
     * Returns the ids of the books whose figures changed.
     */
    public static List<Long> deleteAllOf(EntityManager em, long readerId) {
        List<Long> books = em.createQuery("SELECT r.book.id FROM Review r WHERE r.readerId = :reader ORDER BY r.book.id",
                Long.class).setParameter("reader", readerId).getResultList();
        for (long bookId : books) {
            Book book = BookService.lockForWriting(em, bookId);
            find(em, bookId, readerId).ifPresent(review -> remove(em, book, review));
        }
        return books;
    }

    /**
     * The reader's review of the book, if any: its own columns only. The entity would bring its
     * book (an eager to-one), whose row every writer of the book holds locked until its commit:
     * a signed-in reader's page waited for other readers' reviews to be written (on a book
     * written to all the time, most of the time its database thread spent).
     */
    public Optional<OwnReview> findMine(long bookId, long readerId) {
        return database.read(em -> em.createNativeQuery("SELECT id, reviewer_name, rating, body, spoiler, hidden_reason,"
                        + " hidden_at FROM review --DERBY-PROPERTIES constraint=review_reader_book_uq\n"
                        + " WHERE reader_id = ? AND book_id = ?")
                .setParameter(1, readerId).setParameter(2, bookId).getResultStream().findFirst().map(row -> {
                    Object[] columns = (Object[]) row;
                    return new OwnReview(((Number) columns[0]).longValue(), (String) columns[1],
                            ((Number) columns[2]).intValue(), (String) columns[3], ((Number) columns[4]).intValue() == 1,
                            (String) columns[5], columns[6] != null);
                }));
    }

    private static Optional<Review> find(EntityManager em, long bookId, long readerId) {
        // Through the (reader, book) index: left to itself Derby walks the book's reviews (all
        // 1,000 of a popular book) and reads each row for its reader. The hint is a comment to
        // other databases. The row comes with it (one statement, not an id and then em.find).
        List<?> found = em.createNativeQuery("SELECT * FROM review --DERBY-PROPERTIES constraint=review_reader_book_uq\n"
                        + " WHERE reader_id = ? AND book_id = ?", Review.class)
                .setParameter(1, readerId).setParameter(2, bookId).getResultList();
        return found.stream().findFirst().map(Review.class::cast);
    }

    /** Deletes the review and closes the gaps it leaves in its book's places (a hidden one holds none). */
    private static void remove(EntityManager em, Book book, Review review) {
        em.createNativeQuery("DELETE FROM review WHERE id = ?").setParameter(1, review.getId()).executeUpdate();
        em.detach(review);
        if (review.isHidden()) {
            return;
        }
        long bookId = book.getId();
        shift(em, "book_position", "book_id = ?", List.of(bookId), review.getBookPosition(), -1);
        shift(em, "rating_position", "book_id = ? AND rating = ?", List.of(bookId, review.getRating()),
                review.getRatingPosition(), -1);
        book.removeRating(review.getRating());
    }

    /**
     * Hides the review (a moderator's decision, with the reason its author will see): it leaves
     * its book's figures and review places, in one transaction with the book locked, and takes a
     * place above every visible one (and above {@link #PARKED}, which no shift touches). Its open
     * reports are closed and the audit log records it, in the same transaction.
     */
    public Moderation hide(long reviewId, String reason, String moderator) {
        return moderate(reviewId, (em, book, review) -> {
            if (review.isHidden()) {
                return Outcome.UNCHANGED;
            }
            long bookId = book.getId();
            int hiddenPlace = 1 + ((Number) em.createNativeQuery(
                            "SELECT COALESCE(MAX(book_position), ?) FROM review WHERE book_id = ? AND book_position > ?")
                    .setParameter(1, PARKED).setParameter(2, bookId).setParameter(3, PARKED).getSingleResult()).intValue();
            LocalDateTime now = LocalDateTime.now(clock);
            em.createNativeQuery("UPDATE review SET book_position = ?, rating_position = ?, hidden_reason = ?, hidden_at = ?"
                            + " WHERE id = ?")
                    .setParameter(1, hiddenPlace).setParameter(2, hiddenPlace).setParameter(3, reason)
                    .setParameter(4, Timestamp.valueOf(now)).setParameter(5, review.getId()).executeUpdate();
            shift(em, "book_position", "book_id = ?", List.of(bookId), review.getBookPosition(), -1);
            shift(em, "rating_position", "book_id = ? AND rating = ?", List.of(bookId, review.getRating()),
                    review.getRatingPosition(), -1);
            book.removeRating(review.getRating());
            em.createNativeQuery("UPDATE review_report SET is_open = 0 WHERE review_id = ? AND is_open = 1")
                    .setParameter(1, review.getId()).executeUpdate();
            AuditLog.record(em, now, moderator, AuditLog.Action.REVIEW_HIDDEN, subject(book, review), null, reason);
            return Outcome.HIDDEN;
        });
    }

    /**
     * Shows a hidden review again: back into its book's figures, and into the places its age gives
     * it (after every visible review written before it), the later ones moving up by one.
     */
    public Moderation restore(long reviewId, String moderator) {
        return moderate(reviewId, (em, book, review) -> {
            if (!review.isHidden()) {
                return Outcome.UNCHANGED;
            }
            long bookId = book.getId();
            Timestamp written = Timestamp.valueOf(review.getCreatedAt());
            String before = " AND (created_at < ? OR (created_at = ? AND id < ?))";
            int place = 1 + ((Number) em.createNativeQuery("SELECT COUNT(*) FROM review WHERE book_id = ?"
                            + " AND hidden_at IS NULL" + before)
                    .setParameter(1, bookId).setParameter(2, written).setParameter(3, written)
                    .setParameter(4, review.getId()).getSingleResult()).intValue();
            int ratingPlace = 1 + ((Number) em.createNativeQuery("SELECT COUNT(*) FROM review WHERE book_id = ?"
                            + " AND rating = ? AND hidden_at IS NULL AND book_position < ?")
                    .setParameter(1, bookId).setParameter(2, review.getRating()).setParameter(3, place)
                    .getSingleResult()).intValue();
            shift(em, "book_position", "book_id = ?", List.of(bookId), place - 1, +1);
            shift(em, "rating_position", "book_id = ? AND rating = ?", List.of(bookId, review.getRating()),
                    ratingPlace - 1, +1);
            em.createNativeQuery("UPDATE review SET book_position = ?, rating_position = ?, hidden_reason = NULL,"
                            + " hidden_at = NULL WHERE id = ?")
                    .setParameter(1, place).setParameter(2, ratingPlace).setParameter(3, review.getId()).executeUpdate();
            book.restoreRating(review.getRating());
            AuditLog.record(em, LocalDateTime.now(clock), moderator, AuditLog.Action.REVIEW_RESTORED,
                    subject(book, review), review.getHiddenReason(), null);
            return Outcome.RESTORED;
        });
    }

    private interface ModeratorChange {
        Outcome apply(EntityManager em, Book book, Review review);
    }

    /** Runs a moderator's change of one review with its book locked (the lock every writer of the book takes first). */
    private Moderation moderate(long reviewId, ModeratorChange change) {
        Optional<Long> bookId = database.read(em -> em.createNativeQuery("SELECT book_id FROM review WHERE id = ?")
                .setParameter(1, reviewId).getResultStream().findFirst().map(id -> ((Number) id).longValue()));
        if (bookId.isEmpty()) {
            return new Moderation(Outcome.NO_SUCH_REVIEW, 0);
        }
        Outcome outcome = withRetries(em -> {
            Book book = BookService.lockForWriting(em, bookId.get());
            Review review = em.find(Review.class, reviewId);
            if (book == null || review == null) {
                return Outcome.NO_SUCH_REVIEW;
            }
            return change.apply(em, book, review);
        });
        return new Moderation(outcome, bookId.get());
    }

    private static String subject(Book book, Review review) {
        return "review " + review.getId() + " of book " + book.getId() + " \u201c" + book.getTitle() + "\u201d by "
                + review.getReviewerName();
    }

    /**
     * The review's rating changes: it leaves its place among the old rating's reviews (closing
     * the gap) and makes room for the place its age gives it among the new rating's, which it
     * returns: the caller's update of the review takes it (parked above every place until then).
     */
    private static int moveToRating(EntityManager em, Book book, Review review, int rating) {
        long bookId = book.getId();
        int newPlace = placeAmongRating(em, book, review.getBookPosition(), rating);
        em.createNativeQuery("UPDATE review SET rating = ?, rating_position = ? WHERE id = ?")
                .setParameter(1, rating).setParameter(2, PARKED).setParameter(3, review.getId()).executeUpdate();
        shift(em, "rating_position", "book_id = ? AND rating = ?", List.of(bookId, review.getRating()),
                review.getRatingPosition(), -1);
        shift(em, "rating_position", "book_id = ? AND rating = ?", List.of(bookId, rating), newPlace - 1, +1);
        book.changeRating(review.getRating(), rating);
        return newPlace;
    }

    /**
     * The place among the book's reviews with {@code rating} that the review at {@code bookPlace}
     * takes (it has another rating now): one more than those of them written before it. Counted
     * over the fewest index entries: the reviews after it or before it (by book_position), or the
     * rating's (by rating_position); within a rating the two orders agree. A review edited is
     * mostly a recent one, so the count is mostly of the few after it, not of the rating's
     * hundreds: on the benchmark's book of 1,032 reviews, 11 µs instead of 108 for one of the newest.
     */
    private static int placeAmongRating(EntityManager em, Book book, int bookPlace, int rating) {
        long bookId = book.getId();
        int reviews = book.getReviewCount();
        int ofRating = book.getCountOfRating(rating);
        int after = reviews - bookPlace;
        int before = bookPlace - 1;
        String ofRatingAtPlaces = "constraint=review_book_position_uq\n WHERE book_id = ? AND rating = ?"
                + " AND book_position BETWEEN ? AND ?";
        if (after <= before && after <= ofRating) {
            return ofRating + 1 - count(em, ofRatingAtPlaces, bookId, rating, bookPlace + 1, reviews);
        }
        if (before <= ofRating) {
            return 1 + count(em, ofRatingAtPlaces, bookId, rating, 1, before);
        }
        return 1 + count(em, "constraint=review_rating_position_uq\n WHERE book_id = ? AND rating = ?"
                + " AND rating_position BETWEEN ? AND ? AND book_position < ?", bookId, rating, 1, ofRating, bookPlace);
    }

    /** SELECT COUNT(*) of reviews with a Derby override naming the index to read (an SQL comment to other databases). */
    private static int count(EntityManager em, String indexAndWhere, Object... values) {
        Query query = em.createNativeQuery("SELECT COUNT(*) FROM review --DERBY-PROPERTIES " + indexAndWhere);
        for (int i = 0; i < values.length; i++) {
            query.setParameter(i + 1, values[i]);
        }
        return ((Number) query.getSingleResult()).intValue();
    }

    /**
     * Moves every visible place above {@code after} (in the rows the condition selects) by {@code
     * by} (+1 or -1): one row at a time through the primary key, in the order that frees each place
     * before a row moves into it (the database checks uniqueness row by row), in one batch. One
     * UPDATE over the range would change the index it reads by: Derby then sets the rows aside in
     * a temporary table on disk first, which cost more than the moves themselves.
     */
    private static void shift(EntityManager em, String column, String where, List<Object> values, int after, int by) {
        Connection connection = em.unwrap(Connection.class);
        // Read in the index's order: Derby cannot read an index backwards and would sort for DESC.
        try (PreparedStatement rows = connection.prepareStatement("SELECT id FROM review WHERE " + where
                        + " AND " + column + " > ? AND " + column + " < ? ORDER BY " + column);
                PreparedStatement move = connection.prepareStatement(
                        "UPDATE review SET " + column + " = " + column + " + ? WHERE id = ?")) {
            int i = 1;
            for (Object value : values) {
                rows.setObject(i++, value);
            }
            rows.setInt(i, after);
            rows.setInt(i + 1, OFFSET);
            List<Long> ids = new ArrayList<>();
            try (ResultSet found = rows.executeQuery()) {
                while (found.next()) {
                    ids.add(found.getLong(1));
                }
            }
            if (by > 0) {
                Collections.reverse(ids); // the highest place moves up first
            }
            move.setInt(1, by); // kept across addBatch: only the id changes per row
            for (long id : ids) {
                move.setLong(2, id);
                move.addBatch();
            }
            move.executeBatch();
        } catch (SQLException e) {
            throw new PersistenceException(e); // a DataAccessException to the caller, as the provider's are
        }
    }

    /** Runs the change in a transaction of its own, again when the database rolled it back on a lock. */
    private <T> T withRetries(Function<EntityManager, T> change) {
        for (int attempt = 1; ; attempt++) {
            try {
                return database.write(change);
            } catch (DataAccessException e) {
                if (attempt >= ATTEMPTS || !e.isTransientRollback()) {
                    throw e;
                }
                // Nothing of this attempt was stored: try again.
                LOG.log(Level.WARNING, "Review change rolled back, attempt " + attempt + "; retrying", e);
            }
        }
    }
}
