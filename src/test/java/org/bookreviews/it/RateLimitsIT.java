package org.bookreviews.it;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.net.URL;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;

/**
 * The limits on writing, as shipped (every other test run switches them off, as load tests do):
 * ten sign-ups an hour from one address, ten reviews a minute from one reader; beyond that 429
 * with Retry-After and a page that says why. On a stock Tomcat 11 of its own (.ci/stock-tomcat),
 * embedded Derby, default settings.
 */
@Tag(Needs.STOCK_TOMCAT)
class RateLimitsIT {

    private static final int HTTP_PORT = 18087;
    private static final int DERBY_PORT = 15274;
    private static Process server;
    private static Path base;

    @BeforeAll
    static void startServerWithDefaultSettings() throws Exception {
        base = Path.of(System.getProperty("it.servers", "target/it-servers")).resolveSibling("rate-limits");
        Files.createDirectories(base.resolve("logs"));
        ProcessBuilder tomcat = new ProcessBuilder("bash",
                Path.of(System.getProperty("it.basedir", ".")).resolve(".ci/stock-tomcat").toString(),
                "run", base.toAbsolutePath().toString(), String.valueOf(HTTP_PORT), "-Dderby.drda.startNetworkServer=true",
                "-Dderby.drda.host=localhost", "-Dderby.drda.portNumber=" + DERBY_PORT);
        tomcat.environment().put("TOMCAT_HOME", System.getProperty("it.tomcat11.home"));
        server = tomcat.redirectErrorStream(true)
                .redirectOutput(ProcessBuilder.Redirect.appendTo(base.resolve("logs/console.log").toFile())).start();
        long deadline = System.nanoTime() + Duration.ofSeconds(120).toNanos();
        while (System.nanoTime() < deadline) {
            try {
                if (site().get("/health").status() == 200) {
                    return;
                }
            } catch (Throwable notYet) {
                // still starting
            }
            Thread.sleep(250);
        }
        throw new AssertionError("the server did not start (see " + base.resolve("logs") + ")");
    }

    @AfterAll
    static void stopServer() throws Exception {
        server.destroy();
        server.waitFor();
    }

    @Test
    void tenSignUpsAnHourFromOneAddressAndTenReviewsAMinuteFromOneReader() {
        Site writer = site();
        assertEquals(303, writer.signUp(Site.newUsername(), "Busy Writer", Site.PASSWORD).status());
        for (int i = 1; i < 10; i++) {
            assertEquals(303, site().signUp(Site.newUsername(), "Signer " + i, Site.PASSWORD).status(), "sign-up " + (i + 1));
        }
        Site.Page refused = site().signUp(Site.newUsername(), "One Too Many", Site.PASSWORD);
        assertEquals(429, refused.status());
        long retryAfter = Long.parseLong(refused.header("Retry-After"));
        assertTrue(retryAfter > 3000 && retryAfter <= 3600, "until the first sign-up is an hour old: " + retryAfter);
        assertEquals("Too many requests", refused.html().selectFirst("h1").text());
        Leaks.assertNone("the 429 page", refused.body());

        for (long book = 1; book <= 10; book++) {
            assertEquals(303, writer.submitReview(book, "4", "Review of book " + book, false).status(), "review " + book);
        }
        Site.Page tooFast = writer.submitReview(11, "4", "One too many.", false);
        assertEquals(429, tooFast.status());
        long wait = Long.parseLong(tooFast.header("Retry-After"));
        assertTrue(wait >= 1 && wait <= 60, "until the first review is a minute old: " + wait);
        assertEquals("Too many requests", tooFast.html().selectFirst("h1").text());
        assertEquals(0L, Rows.at("jdbc:derby://localhost:" + DERBY_PORT + "/" + base.resolve("db").toAbsolutePath())
                .select("SELECT COUNT(*) FROM review WHERE body = 'One too many.'").stream()
                .mapToLong(row -> ((Number) row.get(0)).longValue()).sum(), "nothing stored");
    }

    private static Site site() {
        try {
            return new Site(new URL("http://localhost:" + HTTP_PORT + "/bookreviews/"));
        } catch (java.net.MalformedURLException e) {
            throw new IllegalStateException(e);
        }
    }
}
