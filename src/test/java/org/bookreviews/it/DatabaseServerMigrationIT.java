package org.bookreviews.it;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CyclicBarrier;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import org.apache.derby.client.BasicClientDataSource;
import org.bookreviews.persistence.Schema;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;

/**
 * Several application servers start at once against one new database on the Derby Network
 * Server: each runs the application's schema migration at the same moment. Every one of them must
 * start, and each migration must be applied exactly once.
 */
@Tag(Needs.STOCK_TOMCAT)
@Tag(Needs.DATABASE_SERVER)
class DatabaseServerMigrationIT {

    private static final int SERVERS = 4;

    /** The schema's migrations, V1 to Vn, as the source tree holds them. */
    private static final long MIGRATIONS = countMigrations();

    /** The SQL migrations in src/main/resources and the Java ones in src/main/java, both in db/migration. */
    private static long countMigrations() {
        long count = 0;
        for (String folder : new String[] {"src/main/resources/db/migration", "src/main/java/db/migration"}) {
            try (var files = java.nio.file.Files.list(java.nio.file.Path.of(System.getProperty("it.basedir", "."), folder))) {
                count += files.filter(f -> f.getFileName().toString().matches("V\\d+__.*\\.(sql|java)")).count();
            } catch (java.io.IOException e) {
                throw new java.io.UncheckedIOException(e);
            }
        }
        return count;
    }

    @Test
    void serversStartingTogetherMigrateTheSchemaOnce() throws Exception {
        String database = "migration-race-" + System.nanoTime();
        CyclicBarrier together = new CyclicBarrier(SERVERS);
        ExecutorService servers = Executors.newFixedThreadPool(SERVERS);
        try {
            List<Future<String>> versions = new ArrayList<>();
            for (int i = 0; i < SERVERS; i++) {
                versions.add(servers.submit(() -> {
                    BasicClientDataSource pool = new BasicClientDataSource();
                    pool.setServerName("localhost");
                    pool.setPortNumber(Integer.parseInt(System.getProperty("it.dbserver.port")));
                    pool.setDatabaseName(database);
                    pool.setCreateDatabase("create");
                    pool.setUser("bookreviews");
                    together.await(30, TimeUnit.SECONDS);
                    return Schema.migrate(pool);
                }));
            }
            for (Future<String> version : versions) {
                assertEquals(String.valueOf(MIGRATIONS), version.get(120, TimeUnit.SECONDS),
                        "every server starts at the latest schema version");
            }
        } finally {
            servers.shutdownNow();
        }

        try (Connection connection = java.sql.DriverManager.getConnection(DatabaseServer.url(database) + ";user=bookreviews");
             Statement statement = connection.createStatement()) {
            assertEquals(MIGRATIONS, count(statement, "SELECT COUNT(DISTINCT \"version\") FROM \"flyway_schema_history\""
                    + " WHERE \"success\""), "every migration recorded");
            // Rows with a version: the migrations (Flyway may add a versionless schema-creation row).
            assertEquals(MIGRATIONS, count(statement, "SELECT COUNT(*) FROM \"flyway_schema_history\""
                    + " WHERE \"success\" AND \"version\" IS NOT NULL"), "each migration recorded once");
            assertEquals(0, count(statement, "SELECT COUNT(*) FROM \"flyway_schema_history\" WHERE NOT \"success\""),
                    "no failed migration recorded");
            assertEquals(0, count(statement, "SELECT COUNT(*) FROM book"), "the schema is there, empty");
        }
    }

    private static long count(Statement statement, String sql) throws Exception {
        try (ResultSet rs = statement.executeQuery(sql)) {
            rs.next();
            return rs.getLong(1);
        }
    }
}
