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
}
