package org.bookreviews.it;

import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.atomic.AtomicLong;

/**
 * The application's database, read and prepared with plain JDBC while the application runs,
 * through Derby's client driver at {@code it.db.url} (set per server in pom.xml): either the
 * Derby Network Server behind the container DataSource, or the application's embedded engine,
 * which the build has also listen on loopback (derby.drda.startNetworkServer).
 */
final class Rows {

    private Rows() {
    }

    static Connection connect() throws SQLException {
        return DriverManager.getConnection(System.getProperty("it.db.url"));
    }

    static long count(String sql, Object... parameters) {
        return ((Number) single(sql, parameters)).longValue();
    }

    static Object single(String sql, Object... parameters) {
        List<List<Object>> rows = rows(sql, parameters);
        if (rows.size() != 1) {
            throw new AssertionError("expected one row, got " + rows.size() + ": " + sql);
        }
        return rows.get(0).get(0);
    }

    static List<List<Object>> rows(String sql, Object... parameters) {
        try (Connection connection = connect(); PreparedStatement statement = connection.prepareStatement(sql)) {
            for (int i = 0; i < parameters.length; i++) {
                statement.setObject(i + 1, parameters[i]);
            }
            try (ResultSet rs = statement.executeQuery()) {
                List<List<Object>> rows = new ArrayList<>();
                int columns = rs.getMetaData().getColumnCount();
                while (rs.next()) {
                    List<Object> row = new ArrayList<>();
                    for (int c = 1; c <= columns; c++) {
                        row.add(rs.getObject(c));
                    }
                    rows.add(row);
                }
                return rows;
            }
        } catch (SQLException e) {
            throw new AssertionError("query failed: " + sql, e);
        }
    }

    /** Runs an UPDATE as an administrator would; returns the rows changed. */
    static int update(String sql, Object... parameters) {
        try (Connection connection = connect(); PreparedStatement statement = connection.prepareStatement(sql)) {
            for (int i = 0; i < parameters.length; i++) {
                statement.setObject(i + 1, parameters[i]);
            }
            return statement.executeUpdate();
        } catch (SQLException e) {
            throw new AssertionError("update failed: " + sql, e);
        }
    }

    static long reviewCount() {
        return count("SELECT COUNT(*) FROM review");
    }

    /** Adds a book with no reviews, as an administrator would with SQL; returns its id. */
    static long insertBook(String title, String author, String isbn, Integer year, String description) {
        String sql = "INSERT INTO book (title, author, isbn, published_year, description) VALUES (?, ?, ?, ?, ?)";
        try (Connection connection = connect();
             PreparedStatement statement = connection.prepareStatement(sql, Statement.RETURN_GENERATED_KEYS)) {
            statement.setString(1, title);
            statement.setString(2, author);
            statement.setString(3, isbn);
            statement.setObject(4, year);
            statement.setString(5, description);
            statement.executeUpdate();
            try (ResultSet keys = statement.getGeneratedKeys()) {
                keys.next();
                return keys.getLong(1);
            }
        } catch (SQLException e) {
            throw new AssertionError("insert failed", e);
        }
    }

    /** A fresh, unique ISBN-like value for test books. */
    static String uniqueIsbn() {
        return String.format("T%012d", NEXT_ISBN.incrementAndGet() % 1_000_000_000_000L);
    }

    private static final AtomicLong NEXT_ISBN = new AtomicLong(System.currentTimeMillis() * 1000);
}
