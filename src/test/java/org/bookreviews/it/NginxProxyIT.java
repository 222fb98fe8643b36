package org.bookreviews.it;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.bookreviews.it.Site.Page;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;

/**
 * The deployment people run: Debian's nginx with webapp-config/nginx in front of Tomcat 11 with
 * webapp-config/tomcat, TLS with a certificate made for the test, everything on loopback. A
 * reader browses, signs up and writes a review through https://127.0.0.1:PORT/bookreviews/, and
 * the site knows it is on HTTPS and who the reader is; slow clients and floods stop at nginx.
 */
@Tag(Needs.STOCK_TOMCAT)
class NginxProxyIT extends DeployedSite {

    private static Nginx nginx;

    @BeforeEach
    void startNginx() throws Exception {
        if (nginx == null) {
            Path dir = Path.of(System.getProperty("it.servers"), "nginx-tomcat-11");
            nginx = Nginx.inFrontOf(deploymentUrl.getPort(), Files.createDirectories(dir));
        }
    }

    @AfterAll
    static void stopNginx() throws Exception {
        if (nginx != null) {
            nginx.close();
            nginx = null;
        }
    }

    private Site browser() throws Exception {
        return new Site(nginx.url(site.contextPath()), nginx.ssl());
    }

    @Test
    void aReaderBrowsesSignsUpAndWritesAReviewOverHttps() throws Exception {
        Site reader = browser();
        Page catalogue = reader.get("/");
        assertEquals(200, catalogue.status());
        assertEquals("max-age=31536000", catalogue.header("Strict-Transport-Security"), "HSTS behind the proxy");

        Page signUpForm = reader.get("/signup");
        String csrfCookie = signUpForm.response().headers().firstValue("Set-Cookie").orElseThrow();
        assertTrue(csrfCookie.startsWith("__Host-bookreviews_csrf="), csrfCookie);
        assertTrue(csrfCookie.contains("; Secure") && csrfCookie.contains("Path=/;"), csrfCookie);

        // The POSTs carry Origin: https://127.0.0.1:PORT and no Sec-Fetch-Site (Safari before 16.4).
        String username = Site.newUsername();
        Page signedUp = reader.signUp(username, "Zoë 李 🚀 O'Brien", Site.PASSWORD);
        assertEquals(303, signedUp.status(), "sign-up through the proxy: " + signedUp.body());
        String session = signedUp.response().headers().allValues("Set-Cookie").stream()
                .filter(c -> c.startsWith("__Host-bookreviews_session=")).findFirst().orElse(null);
        assertNotNull(session, "a __Host- session cookie: " + signedUp.response().headers().allValues("Set-Cookie"));
        assertTrue(session.contains("; Secure") && session.contains("HttpOnly"), session);

        long bookId = Rows.insertBook("Proxied " + Rows.uniqueIsbn(), "Ann Author", Rows.uniqueIsbn(), 2001, "");
        Page written = reader.submitReview(bookId, "4", "Read it over HTTPS, through nginx.", false);
        assertEquals(303, written.status(), written.body());
        assertEquals(List.of(List.of("Zoë 李 🚀 O'Brien", 4, "Read it over HTTPS, through nginx.")),
                Rows.rows("SELECT reviewer_name, rating, body FROM review WHERE book_id = ?", bookId));
        assertEquals(200, reader.get(written.header("Location")).status(), "the thank-you page");
    }

    @Test
    void aPostFromAnotherSiteIsRefused() throws Exception {
        Site reader = browser();
        String token = reader.get("/signin").csrfToken();
        Page refused = reader.postWithHeaders("/signin", Map.of("csrf_token", token, "username", "someone",
                "password", "whatever it is"), "Origin", "https://evil.example");
        assertEquals(403, refused.status());
        Page plainHttpOrigin = reader.postWithHeaders("/signin", Map.of("csrf_token", token, "username", "someone",
                "password", "whatever it is"), "Origin", "http://127.0.0.1:" + nginx.port());
        assertEquals(403, plainHttpOrigin.status(), "http://... is another origin than https://...");
    }

    @Test
    void theAccessLogShowsTheReadersAddressNotTheProxys() throws Exception {
        String marker = "from-" + UUID.randomUUID();
        String answer = nginx.exchange("127.0.0.23", "GET " + site.contextPath() + "/health?" + marker
                + " HTTP/1.1\r\nHost: 127.0.0.1\r\nConnection: close\r\n\r\n");
        assertTrue(answer.startsWith("HTTP/1.1 200"), answer);
        String line = ServerLog.awaitAccess(marker);
        assertTrue(line.startsWith("127.0.0.23 "), "Tomcat logs the reader's address: " + line);
    }

    @Test
    void errorsTomcatAndNginxAnswerThemselvesCarryTheSecurityHeaders() throws Exception {
        List<String> answers = List.of(
                nginx.exchange("127.0.0.1", "GET " + site.contextPath() + "/books/1%2Freviews HTTP/1.1\r\n"
                        + "Host: 127.0.0.1\r\nConnection: close\r\n\r\n"),
                nginx.exchange("127.0.0.1", "GET " + site.contextPath() + "/% HTTP/1.1\r\nHost: 127.0.0.1\r\n"
                        + "Connection: close\r\n\r\n"),
                nginx.exchange("127.0.0.1", "GET " + site.contextPath() + "/ HTTP/1.1\r\nHost: 127.0.0.1\r\n"
                        + "X-Padding: " + "a".repeat(20_000) + "\r\nConnection: close\r\n\r\n"));
        for (String answer : answers) {
            String head = answer.substring(0, answer.indexOf("\r\n\r\n")).toLowerCase();
            assertTrue(head.startsWith("http/1.1 400"), head);
            for (String header : List.of("content-security-policy: default-src 'none'", "x-content-type-options: nosniff",
                    "x-frame-options: deny", "referrer-policy: same-origin", "strict-transport-security: max-age=")) {
                assertTrue(head.contains(header), header + " in\n" + head);
            }
            assertFalse(answer.contains("Exception") || answer.toLowerCase().contains("nginx/")
                    || answer.contains("Tomcat/"), "no internals: " + answer);
        }
    }

    @Test
    void tricklingBodiesStopAtNginxAndCostTomcatNothing() throws Exception {
        String marker = "trickle-" + UUID.randomUUID();
        Site reader = browser();
        List<Long> millis = new ArrayList<>();
        try (Trickle form = Trickle.start(() -> nginx.connectFrom("127.0.0.31"), 40, "127.0.0.1",
                site.contextPath() + "/signin?" + marker);
                Trickle page = Trickle.start(() -> nginx.connectFrom("127.0.0.32"), 40, "127.0.0.1",
                        site.contextPath() + "/health?" + marker)) {
            Trickle.during(Duration.ofSeconds(30), () -> {
                long start = System.nanoTime();
                assertEquals(200, reader.get("/books/1").status());
                millis.add((System.nanoTime() - start) / 1_000_000);
                Thread.sleep(200);
            }, form, page);
            System.out.printf("Slow bodies through nginx: %d reader requests, slowest %d ms; answers %s and %s%n",
                    millis.size(), millis.stream().mapToLong(Long::longValue).max().orElseThrow(),
                    form.statusCounts(), page.statusCounts());
            assertTrue(millis.stream().allMatch(ms -> ms < 1000), "every reader request under 1 s: " + millis);
        }
        // Nginx never passed an unfinished body on: Tomcat has not seen a single one of them.
        String sentinel = "after-" + marker;
        assertEquals(200, reader.get("/health?" + sentinel).status());
        ServerLog.awaitAccess(sentinel);
        assertEquals(List.of(), ServerLog.accessLog().stream().filter(line -> line.contains("?" + marker)).toList());
    }

    @Test
    void aFloodOfSignInsFromOneAddressMeets429WhileOthersAreServed() throws Exception {
        int tooMany = 0;
        for (int i = 0; i < 40; i++) {
            String form = "username=a&password=bcde";
            String answer = nginx.exchange("127.0.0.41", "POST " + site.contextPath() + "/signin HTTP/1.1\r\n"
                    + "Host: 127.0.0.1\r\nContent-Type: application/x-www-form-urlencoded\r\nContent-Length: "
                    + form.length() + "\r\nConnection: close\r\n\r\n" + form);
            if (answer.startsWith("HTTP/1.1 429")) {
                tooMany++;
            }
        }
        assertTrue(tooMany >= 25, "nginx answered the flood with 429: " + tooMany + " of 40");
        Site other = browser();
        assertEquals(200, other.get("/signin").status(), "another reader is served");
    }
}
