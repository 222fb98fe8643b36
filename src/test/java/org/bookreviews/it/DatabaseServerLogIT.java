package org.bookreviews.it;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.util.List;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;

/**
 * Tomcat 11 on the database server: each start of the application says once, in the server's
 * log, which database it uses, with the URL but never the password (the test run's password
 * is "it-secret").
 */
@Tag(Needs.STOCK_TOMCAT)
@Tag(Needs.DATABASE_SERVER)
class DatabaseServerLogIT extends DeployedSite {

    @Test
    void eachStartLogsTheDataSourceOnceWithoutItsPassword() throws IOException {
        assertEquals(200, site.get("/").status());
        List<String> lines = ServerLog.lines();

        long starts = lines.stream().filter(l -> l.contains("Schema at version")).count();
        List<String> choices = lines.stream().filter(l -> l.contains("Database: ")
                && l.contains("org.bookreviews.persistence.Database")).toList();
        assertTrue(starts >= 1, "the application started at least once in this Tomcat");
        assertEquals(starts, choices.size(), "one database line per start: " + choices);
        String expected = "Database: container DataSource java:comp/env/jdbc/BookReviews at jdbc:derby://localhost:"
                + System.getProperty("it.dbserver.port") + "/bookreviews-tomcat11";
        for (String choice : choices) {
            assertTrue(choice.endsWith(expected), choice);
        }
        assertFalse(lines.stream().anyMatch(l -> l.contains("it-secret")), "the password is not in the log");
        assertFalse(lines.stream().anyMatch(l -> l.contains("embedded Derby")), "no fallback to embedded Derby");
    }

    @Test
    void startsLogNoFlywayWarning() {
        // Every deployment of this run (one per test class) migrated or checked the schema: Flyway's
        // two routine notices (Derby 10.16 not on its list, a migration's UPDATE of no rows) are
        // information, not warnings (persistence.FlywayLog).
        List<String> lines = ServerLog.lines();
        assertTrue(lines.stream().anyMatch(line -> line.contains("Schema at version")), "the schema was checked");
        assertEquals(List.of(), lines.stream()
                .filter(line -> line.contains("org.flywaydb") && (line.contains(" WARNING ") || line.contains(" SEVERE ")))
                .toList());
    }
}
