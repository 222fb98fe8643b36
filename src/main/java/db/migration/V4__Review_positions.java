package db.migration;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.Statement;
import java.util.HashMap;
import java.util.Map;
import org.flywaydb.core.api.migration.BaseJavaMigration;
import org.flywaydb.core.api.migration.Context;

/**
 * BookReviews schema, version 4: each review's places in its book's review orders
 * ({@code book_position}: 1 for the book's first review, the review count for its newest;
 * {@code rating_position}: the same among the book's reviews with that rating). A page of
 * reviews is then a range of places read from a unique index, as cheap on page 5,000 of a
 * book with a million reviews as on page 1, where OFFSET paging reads every row before it.
 *
 * <p>Java, not SQL, because Derby has no ROW_NUMBER() OVER (PARTITION BY ...) to number the
 * reviews already stored: they are numbered here in one ordered pass (by created_at, id).
 * New reviews get their places from {@code Book.addReview}, with the book row locked.
 */
public class V4__Review_positions extends BaseJavaMigration {

    private static final int BATCH = 5_000;

    @Override
    public void migrate(Context context) throws Exception {
        Connection connection = context.getConnection();
        try (Statement ddl = connection.createStatement()) {
            ddl.executeUpdate("ALTER TABLE review ADD COLUMN book_position INTEGER");
            ddl.executeUpdate("ALTER TABLE review ADD COLUMN rating_position INTEGER");
        }
        numberStoredReviews(connection);
        try (Statement ddl = connection.createStatement()) {
            ddl.executeUpdate("ALTER TABLE review ALTER COLUMN book_position NOT NULL");
            ddl.executeUpdate("ALTER TABLE review ALTER COLUMN rating_position NOT NULL");
            ddl.executeUpdate("ALTER TABLE review ADD CONSTRAINT review_positions_ck"
                    + " CHECK (book_position >= 1 AND rating_position >= 1)");
            // Serve "newest/oldest first" and "highest/lowest rated first" (newest first within a
            // rating), and make a duplicated place impossible.
            ddl.executeUpdate("ALTER TABLE review ADD CONSTRAINT review_book_position_uq UNIQUE (book_id, book_position)");
            ddl.executeUpdate("ALTER TABLE review ADD CONSTRAINT review_rating_position_uq"
                    + " UNIQUE (book_id, rating, rating_position)");
            // Served the OFFSET queries of versions 1-3; every insert paid for them.
            ddl.executeUpdate("DROP INDEX review_book_newest_ix");
            ddl.executeUpdate("DROP INDEX review_book_rating_ix");
        }
    }

    private static void numberStoredReviews(Connection connection) throws Exception {
        try (Statement select = connection.createStatement();
             ResultSet reviews = select.executeQuery("SELECT id, book_id, rating FROM review ORDER BY book_id, created_at, id");
             PreparedStatement update = connection.prepareStatement(
                     "UPDATE review SET book_position = ?, rating_position = ? WHERE id = ?")) {
            long currentBook = -1;
            int bookPosition = 0;
            Map<Integer, Integer> ratingPositions = new HashMap<>();
            int batched = 0;
            while (reviews.next()) {
                long bookId = reviews.getLong(2);
                if (bookId != currentBook) {
                    currentBook = bookId;
                    bookPosition = 0;
                    ratingPositions.clear();
                }
                update.setInt(1, ++bookPosition);
                update.setInt(2, ratingPositions.merge(reviews.getInt(3), 1, Integer::sum));
                update.setLong(3, reviews.getLong(1));
                update.addBatch();
                if (++batched % BATCH == 0) {
                    update.executeBatch();
                }
            }
            update.executeBatch();
        }
    }
}
