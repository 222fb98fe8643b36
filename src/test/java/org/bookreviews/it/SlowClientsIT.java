package org.bookreviews.it;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.OutputStream;
import java.net.Socket;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;

/**
 * Slow and broken clients straight at Tomcat 11 with the recommended server.xml, no proxy in
 * front: trickling request bodies must not take the pages offline, and a body cut short is the
 * client's failure (400), not the server's.
 */
@Tag(Needs.STOCK_TOMCAT)
class SlowClientsIT extends DeployedSite {

    private static final int CONNECTIONS_PER_ROUTE = 60;
    private static final Duration PROBE = Duration.ofSeconds(30);

    @Test
    void tricklingBodiesOnAFormAndOnAPageLeaveEveryReaderRequestUnderOneSecond() throws Exception {
        int port = deploymentUrl.getPort();
        String host = "127.0.0.1:" + port;
        Site reader = newBrowser();
        List<Long> millis = new ArrayList<>();
        List<Integer> statuses = new ArrayList<>();
        String[] pages = {"/", "/books/1", "/books/2", "/?sort=title", "/readers/nobody-here"};
        try (Trickle form = Trickle.start(() -> new Socket("127.0.0.1", port), CONNECTIONS_PER_ROUTE, host,
                site.contextPath() + "/signin");
                Trickle page = Trickle.start(() -> new Socket("127.0.0.1", port), CONNECTIONS_PER_ROUTE, host,
                        site.contextPath() + "/health")) {
            Trickle.during(PROBE, () -> {
                long start = System.nanoTime();
                statuses.add(reader.get(pages[statuses.size() % pages.length]).status());
                millis.add((System.nanoTime() - start) / 1_000_000);
                Thread.sleep(200);
            }, form, page);
            Map<String, Integer> formAnswers = form.statusCounts();
            Map<String, Integer> pageAnswers = page.statusCounts();
            System.out.printf("Slow bodies, no proxy: %d reader requests, slowest %d ms; form route answers %s"
                    + " (last after %d ms); page route answers %s (last after %d ms)%n", millis.size(),
                    millis.stream().mapToLong(Long::longValue).max().orElseThrow(), formAnswers,
                    form.lastAnswerAfter().toMillis(), pageAnswers, page.lastAnswerAfter().toMillis());

            assertTrue(millis.size() > 50, "the reader kept browsing: " + millis.size() + " requests");
            assertTrue(millis.stream().allMatch(ms -> ms < 1000), "every reader request under 1 s: " + millis);
            assertTrue(statuses.stream().allMatch(s -> s == 200 || s == 404), "pages answered: " + statuses);
            // A form body that does not arrive in time: 408 after 10 s; beyond the 50 bodies read at
            // once, 503 at once. Every trickler is answered, within seconds, not minutes.
            assertEquals(Set.of("408", "503"), formAnswers.keySet(), "form route: " + formAnswers);
            assertEquals(CONNECTIONS_PER_ROUTE - 50, formAnswers.get("503"), "50 bodies are read at once");
            assertTrue(form.lastAnswerAfter().compareTo(Duration.ofSeconds(20)) < 0, "form route answered in time");
            // A body where none is taken: refused before it is read.
            assertEquals(Map.of("413", CONNECTIONS_PER_ROUTE), pageAnswers);
            assertTrue(page.lastAnswerAfter().compareTo(Duration.ofSeconds(3)) < 0, "refused at once");
        }
    }

    @Test
    void aBodyCutShortIsA400InTheAccessLogAndOneLineInTheServerLog() throws Exception {
        String marker = "cut-short-" + UUID.randomUUID();
        try (Socket socket = new Socket("127.0.0.1", deploymentUrl.getPort())) {
            OutputStream out = socket.getOutputStream();
            out.write(("POST " + site.contextPath() + "/signin?next=/" + marker + " HTTP/1.1\r\nHost: 127.0.0.1\r\n"
                    + "Content-Type: application/x-www-form-urlencoded\r\nContent-Length: 377\r\n\r\nusername=abc")
                    .getBytes(StandardCharsets.US_ASCII));
            out.flush();
        } // closed mid-body, as a phone losing its signal does
        String access = ServerLog.awaitAccess(marker);
        assertTrue(access.contains("\" 400 "), "a 400 in the access log: " + access);
        List<String> explained = ServerLog.lines().stream()
                .filter(line -> line.contains("ended after 12 of 377 bytes: the client closed the connection")).toList();
        assertEquals(1, explained.size(), "one log line says why");
        assertFalse(ServerLog.lines().stream().anyMatch(line -> line.contains("SEVERE") && line.contains("/signin")),
                "no server error logged");
    }
}
