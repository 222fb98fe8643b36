package org.bookreviews.persistence;

import com.zaxxer.hikari.HikariConfig;
import com.zaxxer.hikari.HikariDataSource;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.util.logging.Level;
import java.util.logging.Logger;

/**
 * The zero-set-up default database: Derby embedded in the application, in a directory on disk,
 * behind a HikariCP pool. Derby boots a directory once per JVM and must be shut down when the
 * application stops, or the next deployment cannot boot it and the old class loader leaks.
 */
final class EmbeddedDerby {

    private static final Logger LOG = Logger.getLogger(EmbeddedDerby.class.getName());
    private static final String ENGINE_SHUT_DOWN = "XJ015";
    private static final String DATABASE_SHUT_DOWN = "08006";

    /** One connection per database thread (Database): readers, and writers whose commits share log writes. */
    static final int POOL_SIZE = Database.READ_THREADS + Database.WRITE_THREADS;

    private EmbeddedDerby() {
    }

    static HikariDataSource open(Path directory) {
        try {
            Files.createDirectories(directory.getParent());
        } catch (IOException e) {
            throw new UncheckedIOException("Cannot create the database's parent directory " + directory.getParent(), e);
        }
        // derby.log goes beside the database, not into whatever directory the server started in.
        if (System.getProperty("derby.stream.error.file") == null) {
            System.setProperty("derby.stream.error.file", directory.resolveSibling("derby.log").toString());
        }
        bootEngine();
        HikariConfig config = new HikariConfig();
        config.setPoolName("bookreviews-derby");
        config.setDriverClassName("org.apache.derby.iapi.jdbc.AutoloadedDriver");
        config.setJdbcUrl("jdbc:derby:" + directory + ";create=true");
        config.setMaximumPoolSize(POOL_SIZE);
        config.setMinimumIdle(2);
        return new HikariDataSource(config);
    }

    /**
     * Boots Derby's engine (and registers its driver) if it is not running: after {@link #shutDown}
     * in the same class loader (a second database in one test run) only a new EmbeddedDriver does.
     */
    private static void bootEngine() {
        try {
            Class.forName("org.apache.derby.jdbc.EmbeddedDriver").getDeclaredConstructor().newInstance();
        } catch (ReflectiveOperationException e) {
            throw new IllegalStateException("Derby's embedded driver is missing", e);
        }
    }

    /** Shuts down the database and then this application's Derby engine (which also deregisters its driver). */
    static void shutDown(Path directory) {
        shutDown("jdbc:derby:" + directory + ";shutdown=true", DATABASE_SHUT_DOWN);
        shutDown("jdbc:derby:;shutdown=true;deregister=true", ENGINE_SHUT_DOWN);
    }

    private static void shutDown(String url, String expectedState) {
        try {
            DriverManager.getConnection(url).close();
        } catch (SQLException e) {
            // Derby reports a clean shutdown as an SQLException with a known state.
            if (!expectedState.equals(e.getSQLState())) {
                LOG.log(Level.WARNING, "Derby did not shut down cleanly: " + url, e);
            }
        }
    }
}
