package org.bookreviews.it;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;

/**
 * The database server goes down and comes back while the site runs (Tomcat 11 on the Derby
 * Network Server): the health check says so (503, then 200 again), pages say "try again" with
 * 503 and a request id that the server log has the details under, and nothing needs a restart.
 */
@Tag(Needs.STOCK_TOMCAT)
@Tag(Needs.DATABASE_SERVER)
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
            Leaks.assertNone("the 503 page", book.body());
            assertTrue(ServerLog.lines().stream().anyMatch(line -> line.contains("Request " + id + " failed: GET")),
                    "the log has the failure under the page's request id");
        } finally {
            DatabaseServer.comeBack();
        }
        assertEquals(200, site.get("/health").status());
        assertEquals(200, site.get("/books/1").status());
    }
}
