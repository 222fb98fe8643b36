package org.bookreviews.persistence;

import java.util.logging.Logger;
import javax.sql.DataSource;
import org.flywaydb.core.Flyway;
import org.flywaydb.core.api.MigrationInfo;
import org.flywaydb.core.api.output.MigrateResult;

/**
 * The database schema: the SQL migrations in {@code db/migration}, applied by Flyway to whichever
 * database the application uses. Flyway locks its history table while it migrates, so servers
 * starting at once against one database apply each migration once (DatabaseServerMigrationIT).
 */
public final class Schema {

    private static final Logger LOG = Logger.getLogger(Schema.class.getName());

    private Schema() {
    }

    /** Brings the schema up to date; returns the version it is at afterwards. */
    public static String migrate(DataSource dataSource) {
        Flyway flyway = Flyway.configure(Schema.class.getClassLoader())
                .dataSource(dataSource)
                .locations("classpath:db/migration")
                .loggers(FlywayLog.class.getName())
                .load();
        MigrateResult result = flyway.migrate();
        // The version now, not the one this server found when it started: Flyway locks per
        // migration, so a server starting beside another may find V4 and see the other apply V5.
        MigrationInfo current = flyway.info().current();
        String version = current == null ? null : current.getVersion().getVersion();
        LOG.info("Schema at version " + version + " (" + result.migrationsExecuted + " migrations applied now)");
        return version;
    }
}
