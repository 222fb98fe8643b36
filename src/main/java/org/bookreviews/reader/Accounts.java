package org.bookreviews.reader;

import java.sql.Timestamp;
import java.time.Clock;
import java.time.LocalDateTime;
import java.util.List;
import java.util.Optional;
import org.bookreviews.book.Review;
import org.bookreviews.book.ReviewService;
import org.bookreviews.persistence.DataAccessException;
import org.bookreviews.persistence.Database;
import org.bookreviews.persistence.Page;

/**
 * Readers' accounts: signing up, checking a password, changing name or password, deleting an
 * account with everything it wrote, and what a reader's page shows.
 */
public final class Accounts {

    public static final int REVIEWS_PER_PAGE = 20;

    private final Database database;
    private final PasswordHasher passwords;
    private final Clock clock;

    public Accounts(Database database, PasswordHasher passwords, Clock clock) {
        this.database = database;
        this.passwords = passwords;
        this.clock = clock;
    }

    /** The new reader, or empty when the username is taken (ignoring case) or was ever used. */
    public Optional<Reader> signUp(String username, String displayName, String password) {
        String hash = passwords.hash(password); // before the transaction: it takes a while
        String key = Reader.keyOf(username);
        try {
            return database.write(em -> {
                boolean retired = !em.createNativeQuery("SELECT 1 FROM retired_username WHERE username_key = ?")
                        .setParameter(1, key).getResultList().isEmpty();
                boolean taken = !em.createQuery("SELECT r.id FROM Reader r WHERE r.usernameKey = :key")
                        .setParameter("key", key).getResultList().isEmpty();
                if (retired || taken) {
                    return Optional.<Reader>empty();
                }
                Reader reader = new Reader(username, displayName, hash, LocalDateTime.now(clock));
                em.persist(reader);
                em.flush();
                return Optional.of(reader);
            });
        } catch (DataAccessException sameNameAtTheSameMoment) {
            // the unique username_key refused the second of two sign-ups racing for one name
            if (findByUsername(username).isPresent()) {
                return Optional.empty();
            }
            throw sameNameAtTheSameMoment;
        }
    }

    /**
     * The reader when the password is theirs. An unknown username costs the same time as a wrong
     * password. A hash made with older parameters is replaced by one with today's.
     */
    public Optional<Reader> verify(String username, String password) {
        Optional<Reader> reader = findByUsername(username);
        if (reader.isEmpty()) {
            passwords.spendTimeOfOneComparison(password);
            return Optional.empty();
        }
        if (!passwords.matches(password, reader.get().getPasswordHash())) {
            return Optional.empty();
        }
        if (passwords.needsRehash(reader.get().getPasswordHash())) {
            setPasswordHash(reader.get().getId(), passwords.hash(password));
        }
        return reader;
    }

    public Optional<Reader> findByUsername(String username) {
        if (username == null || AccountRules.checkUsername(username).isPresent()) {
            return Optional.empty();
        }
        return database.read(em -> em.createQuery("SELECT r FROM Reader r WHERE r.usernameKey = :key", Reader.class)
                .setParameter("key", Reader.keyOf(username.strip())).getResultStream().findFirst());
    }

    public Optional<Reader> find(long readerId) {
        return database.read(em -> Optional.ofNullable(em.find(Reader.class, readerId)));
    }

    /** The new name, on the account and on every review it wrote. */
    public void changeDisplayName(long readerId, String displayName) {
        database.write(em -> {
            Reader reader = em.find(Reader.class, readerId);
            if (reader != null) {
                reader.setDisplayName(displayName);
                em.createNativeQuery("UPDATE review SET reviewer_name = ? WHERE reader_id = ?")
                        .setParameter(1, displayName).setParameter(2, readerId).executeUpdate();
            }
            return null;
        });
    }

    /** Sets a new password when {@code current} is the reader's; false otherwise. */
    public boolean changePassword(long readerId, String current, String newPassword) {
        Optional<Reader> reader = find(readerId);
        if (reader.isEmpty() || !passwords.matches(current, reader.get().getPasswordHash())) {
            return false;
        }
        setPasswordHash(readerId, passwords.hash(newPassword));
        return true;
    }

    private void setPasswordHash(long readerId, String hash) {
        database.write(em -> em.createNativeQuery("UPDATE reader SET password_hash = ? WHERE id = ?")
                .setParameter(1, hash).setParameter(2, readerId).executeUpdate());
    }

    /**
     * Deletes the account when {@code password} is its own: its reviews (each book's figures
     * updated), its sessions and the account itself, in one transaction; its username is never
     * given to anyone else. Returns the ids of the books whose figures changed, or empty when the
     * password is wrong.
     */
    public Optional<List<Long>> delete(long readerId, String password) {
        Optional<Reader> reader = find(readerId);
        if (reader.isEmpty() || !passwords.matches(password, reader.get().getPasswordHash())) {
            return Optional.empty();
        }
        String key = Reader.keyOf(reader.get().getUsername());
        LocalDateTime now = LocalDateTime.now(clock);
        return Optional.of(database.write(em -> {
            List<Long> books = ReviewService.deleteAllOf(em, readerId);
            em.createNativeQuery("DELETE FROM reader WHERE id = ?").setParameter(1, readerId).executeUpdate();
            em.createNativeQuery("INSERT INTO retired_username (username_key, retired_at) VALUES (?, ?)")
                    .setParameter(1, key).setParameter(2, Timestamp.valueOf(now)).executeUpdate();
            return books;
        }));
    }

    /**
     * A reader's page: who they are, their figures, one page of their reviews newest first. Reviews
     * a moderator hid are not counted, and listed only when the reader looks at their own page
     * ({@code ownPage}), marked hidden with the reason.
     */
    public Optional<ReaderPage> page(String username, long requestedPage, boolean ownPage) {
        Optional<Reader> found = findByUsername(username);
        if (found.isEmpty()) {
            return Optional.empty();
        }
        Reader reader = found.get();
        return Optional.of(database.read(em -> {
            Object[] figures = (Object[]) em.createNativeQuery(
                            "SELECT COUNT(*), AVG(CAST(rating AS DOUBLE)) FROM review WHERE reader_id = ? AND hidden_at IS NULL")
                    .setParameter(1, reader.getId()).getSingleResult();
            long count = ((Number) figures[0]).longValue();
            Double average = figures[1] == null ? null : ((Number) figures[1]).doubleValue();
            long listed = ownPage ? ((Number) em.createNativeQuery("SELECT COUNT(*) FROM review WHERE reader_id = ?")
                    .setParameter(1, reader.getId()).getSingleResult()).longValue() : count;
            int number = Page.clamp(requestedPage, listed, REVIEWS_PER_PAGE);
            List<Review> reviews = em.createQuery("SELECT r FROM Review r WHERE r.readerId = :reader"
                            + (ownPage ? "" : " AND r.hiddenAt IS NULL")
                            + " ORDER BY r.createdAt DESC, r.id DESC", Review.class)
                    .setParameter("reader", reader.getId())
                    .setFirstResult(Page.offset(number, REVIEWS_PER_PAGE)).setMaxResults(REVIEWS_PER_PAGE)
                    .getResultList();
            return new ReaderPage(reader, count, average, new Page<>(reviews, number, REVIEWS_PER_PAGE, listed));
        }));
    }

    /** Every review the reader wrote, newest first: their data to download. */
    public List<Review> allReviews(long readerId) {
        return database.read(em -> em.createQuery("SELECT r FROM Review r WHERE r.readerId = :reader"
                        + " ORDER BY r.createdAt DESC, r.id DESC", Review.class)
                .setParameter("reader", readerId).getResultList());
    }

    /** What a reader's page shows. A class with getters for EL. */
    public static final class ReaderPage {
        private final Reader reader;
        private final long reviewCount;
        private final Double averageRating;
        private final Page<Review> reviews;

        ReaderPage(Reader reader, long reviewCount, Double averageRating, Page<Review> reviews) {
            this.reader = reader;
            this.reviewCount = reviewCount;
            this.averageRating = averageRating;
            this.reviews = reviews;
        }

        public Reader getReader() {
            return reader;
        }

        public long getReviewCount() {
            return reviewCount;
        }

        public Double getAverageRating() {
            return averageRating;
        }

        public Page<Review> getReviews() {
            return reviews;
        }
    }
}
