package org.bookreviews.it;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;

/**
 * The database server goes down and comes back while the site runs (Tomcat 11 on the Derby
 * Network Server): the health check says so (503, then 200 again), pages say "try again" with
 * 503 and a request id that the server log has the details under, and nothing needs a restart.
 */
class DatabaseServerHealthIT extends DeployedSite {

    @Test
    void theSiteSaysWhenItsDatabaseIsDownAndRecoversByItself() throws Exception {
        assertEquals(200, site.get("/health").status());
        DatabaseServer.goDown();
        try {
            Site.Page health = site.get("/health");
            assertEquals(503, health.status());
            assertEquals("{\"status\":\"DOWN\",\"database\":\"DOWN\"}", health.body());

            Site.Page book = site.get("/books/1");
            assertEquals(503, book.status());
            assertEquals("30", book.header("Retry-After"));
            assertEquals("Temporarily unavailable", book.html().selectFirst("h1").text());
            String id = book.header("X-Request-Id");
            assertEquals("Reference for a report: " + id, book.html().selectFirst(".request-id").text());
            assertFalse(book.body().contains("Exception") || book.body().contains("at org."), "no stack trace");
            assertTrue(serverLog().anyMatch(line -> line.contains("Request " + id + " failed: GET")),
                    "the log has the failure under the page's request id");
        } finally {
            DatabaseServer.comeBack();
        }
        assertEquals(200, site.get("/health").status());
        assertEquals(200, site.get("/books/1").status());
    }

    private static Stream<String> serverLog() throws IOException {
        StringBuilder all = new StringBuilder();
        try (Stream<Path> files = Files.list(Path.of(System.getProperty("it.server.log.dir")))) {
            for (Path file : files.filter(f -> f.getFileName().toString().startsWith("catalina")).toList()) {
                all.append(Files.readString(file, StandardCharsets.UTF_8)).append('\n');
            }
        }
        return all.toString().lines();
    }
}
