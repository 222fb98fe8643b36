package org.bookreviews.persistence;

import com.zaxxer.hikari.HikariDataSource;
import jakarta.persistence.EntityManagerFactory;
import jakarta.persistence.Persistence;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.SQLException;
import java.util.Map;
import java.util.logging.Logger;
import javax.naming.InitialContext;
import javax.naming.NamingException;
import javax.sql.DataSource;
import org.bookreviews.config.AppSettings;
import org.flywaydb.core.Flyway;

/**
 * The application's database: a container DataSource when the server binds
 * {@value #DATASOURCE_JNDI_NAME}, the embedded Derby default otherwise. Opening it brings the
 * schema up to date (Flyway) and creates the one EntityManagerFactory of the application.
 */
public final class Database implements AutoCloseable {

    public static final String DATASOURCE_JNDI_NAME = "java:comp/env/jdbc/BookReviews";
    public static final String PERSISTENCE_UNIT = "bookreviews";

    private static final Logger LOG = Logger.getLogger(Database.class.getName());

    private final EntityManagerFactory entityManagerFactory;
    private final HikariDataSource embeddedPool;
    private final Path embeddedDirectory;

    private Database(DataSource dataSource, HikariDataSource embeddedPool, Path embeddedDirectory) {
        this.embeddedPool = embeddedPool;
        this.embeddedDirectory = embeddedDirectory;
        migrate(dataSource);
        this.entityManagerFactory = Persistence.createEntityManagerFactory(PERSISTENCE_UNIT,
                Map.of("jakarta.persistence.nonJtaDataSource", dataSource));
    }

    public static Database open(AppSettings settings) {
        DataSource containerDataSource = lookUpContainerDataSource();
        if (containerDataSource != null) {
            LOG.info(() -> "Database: container DataSource " + DATASOURCE_JNDI_NAME + " at " + urlOf(containerDataSource));
            return new Database(containerDataSource, null, null);
        }
        Path directory = settings.databaseDirectory();
        LOG.info(() -> "Database: embedded Derby in " + directory
                + " (no DataSource bound at " + DATASOURCE_JNDI_NAME + ")");
        HikariDataSource pool = EmbeddedDerby.open(directory);
        try {
            return new Database(pool, pool, directory);
        } catch (RuntimeException e) {
            pool.close();
            EmbeddedDerby.shutDown(directory);
            throw e;
        }
    }

    public EntityManagerFactory entityManagerFactory() {
        return entityManagerFactory;
    }

    @Override
    public void close() {
        entityManagerFactory.close();
        if (embeddedPool != null) {
            embeddedPool.close();
            EmbeddedDerby.shutDown(embeddedDirectory);
        }
    }

    private static void migrate(DataSource dataSource) {
        var result = Flyway.configure(Database.class.getClassLoader())
                .dataSource(dataSource)
                .locations("classpath:db/migration")
                .load()
                .migrate();
        LOG.info(() -> "Schema at version " + result.targetSchemaVersion
                + " (" + result.migrationsExecuted + " migrations applied now)");
    }

    private static DataSource lookUpContainerDataSource() {
        try {
            return (DataSource) new InitialContext().lookup(DATASOURCE_JNDI_NAME);
        } catch (NamingException e) {
            return null;
        }
    }

    /** The JDBC URL, for the log: URLs can carry a password, so everything after ';' or '?' is cut. */
    private static String urlOf(DataSource dataSource) {
        try (Connection connection = dataSource.getConnection()) {
            return withoutParameters(connection.getMetaData().getURL());
        } catch (SQLException e) {
            return "(not reachable now: " + e.getMessage() + ")";
        }
    }

    static String withoutParameters(String url) {
        if (url == null) {
            return "(unknown URL)";
        }
        int cut = url.length();
        for (char separator : new char[] {';', '?'}) {
            int at = url.indexOf(separator);
            if (at >= 0) {
                cut = Math.min(cut, at);
            }
        }
        return url.substring(0, cut);
    }
}
