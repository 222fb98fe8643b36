package org.bookreviews.persistence;

import static org.junit.jupiter.api.Assertions.assertEquals;

import com.zaxxer.hikari.HikariDataSource;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import org.flywaydb.core.Flyway;
import org.junit.jupiter.api.Test;

/** A database written by an earlier version of the application is brought up to date with its data intact. */
class SchemaUpgradeTest {

    @Test
    void reviewsStoredBeforeVersion4GetTheirPlacesInDateOrder() throws SQLException {
        Path directory = Path.of("target", "unit-db", "upgrade-" + UUID.randomUUID()).toAbsolutePath();
        bootDerby();
        try (HikariDataSource dataSource = EmbeddedDerby.open(directory)) {
            Flyway.configure(Schema.class.getClassLoader()).dataSource(dataSource)
                    .locations("classpath:db/migration").target("3").load().migrate();
            try (Connection connection = dataSource.getConnection(); Statement sql = connection.createStatement()) {
                sql.executeUpdate("INSERT INTO book (id, title, author, isbn, review_count, rating_total,"
                        + " rating_4_count, rating_5_count) VALUES (1, 'Old', 'Ann', 'I1', 3, 14, 1, 2),"
                        + " (2, 'Other', 'Bo', 'I2', 1, 5, 0, 1)");
                // Row ids out of date order, as an import or clock change can leave them.
                sql.executeUpdate("INSERT INTO review (book_id, reviewer_name, rating, body, created_at, submission_id)"
                        + " VALUES (1, 'C', 5, 'third', '2024-03-01 10:00:00', 's1'),"
                        + " (1, 'A', 4, 'first', '2024-01-01 10:00:00', 's2'),"
                        + " (2, 'X', 5, 'only', '2024-02-01 10:00:00', 's3'),"
                        + " (1, 'B', 5, 'second', '2024-02-01 10:00:00', 's4')");
            }

            assertEquals("10", Schema.migrate(dataSource));

            try (Connection connection = dataSource.getConnection(); Statement sql = connection.createStatement();
                 ResultSet rows = sql.executeQuery("SELECT body, book_position, rating_position FROM review"
                         + " ORDER BY book_id, book_position")) {
                List<String> places = new ArrayList<>();
                while (rows.next()) {
                    places.add(rows.getString(1) + " " + rows.getInt(2) + "/" + rows.getInt(3));
                }
                assertEquals(List.of("first 1/1", "second 2/1", "third 3/2", "only 1/1"), places);
            }
        } finally {
            // This database only: other tests in this JVM may still use the Derby engine.
            try {
                java.sql.DriverManager.getConnection("jdbc:derby:" + directory + ";shutdown=true").close();
            } catch (SQLException shutDown) {
                assertEquals("08006", shutDown.getSQLState(), "a clean shutdown");
            }
        }
    }

    /** Boots the Derby engine (again: a test before this one may have shut it down, as an undeploy does). */
    private static void bootDerby() {
        try {
            Class.forName("org.apache.derby.jdbc.EmbeddedDriver").getDeclaredConstructor().newInstance();
        } catch (ReflectiveOperationException e) {
            throw new IllegalStateException("derbytools.jar has Derby's embedded driver", e);
        }
    }
}
