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
 * The tests' one way into a database: plain JDBC through Derby's client driver while the
 * application runs. The static methods read the application's database of this run, at
 * {@code it.db.url} (set per server in pom.xml): either the Derby Network Server behind the
 * container DataSource, or the application's embedded engine, which the build has also listen on
 * loopback (derby.drda.startNetworkServer); {@link #at} reads any other (a crash test's own server).
 */
final class Rows {

    private final String url;

    private Rows(String url) {
        this.url = url;
    }

    /** The database at a Derby client URL. */
    static Rows at(String url) {
        return new Rows(url);
    }

    private static Rows ofThisRun() {
        return new Rows(System.getProperty("it.db.url"));
    }

    static Connection connect() throws SQLException {
        return ofThisRun().open();
    }

    private Connection open() throws SQLException {
        return DriverManager.getConnection(url);
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
        return ofThisRun().select(sql, parameters);
    }

    /** Every row of a query, each as its column values. */
    List<List<Object>> select(String sql, Object... parameters) {
        try (Connection connection = open(); PreparedStatement statement = connection.prepareStatement(sql)) {
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

    /** A valid ISBN-13 (978, check digit as the standard says) not used before in this run. */
    static String uniqueValidIsbn13() {
        String twelve = String.format("978%09d", NEXT_ISBN.incrementAndGet() % 1_000_000_000L);
        int sum = 0;
        for (int i = 0; i < 12; i++) {
            sum += (twelve.charAt(i) - '0') * (i % 2 == 0 ? 1 : 3);
        }
        return twelve + (10 - sum % 10) % 10;
    }

    private static final AtomicLong NEXT_ISBN = new AtomicLong(System.currentTimeMillis() * 1000);
}
