package org.bookreviews.it;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;

/**
 * Tomcat 11 on the database server: each start of the application says once, in the server's
 * log, which database it uses, with the URL but never the password (the test run's password
 * is "it-secret").
 */
class DatabaseServerLogIT extends DeployedSite {

    @Test
    void eachStartLogsTheDataSourceOnceWithoutItsPassword() throws IOException {
        assertEquals(200, site.get("/").status());
        List<String> lines = serverLog();

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

    private static List<String> serverLog() throws IOException {
        List<String> lines = new ArrayList<>();
        try (Stream<Path> files = Files.list(Path.of(System.getProperty("it.server.log.dir")))) {
            for (Path file : files.filter(f -> f.getFileName().toString().startsWith("catalina")).toList()) {
                lines.addAll(Files.readAllLines(file, StandardCharsets.UTF_8));
            }
        }
        return lines;
    }
}
