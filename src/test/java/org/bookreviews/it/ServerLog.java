package org.bookreviews.it;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;

/** The stock Tomcat's server log (the catalina.* files in {@code it.server.log.dir}), as the tests read it. */
final class ServerLog {

    private ServerLog() {
    }

    /** Every line logged so far, oldest file first. */
    static List<String> lines() {
        return linesOf("catalina");
    }

    /**
     * The access log's lines so far. Tomcat writes it in batches (about every 10 s): a test waits
     * for the line of a request it sent last ({@link #awaitAccess}).
     */
    static List<String> accessLog() {
        return linesOf("access_log");
    }

    /** The access log's line of the request whose request line contains {@code marker}; fails after 30 s without. */
    static String awaitAccess(String marker) throws InterruptedException {
        long deadline = System.nanoTime() + java.time.Duration.ofSeconds(30).toNanos();
        while (System.nanoTime() < deadline) {
            for (String line : accessLog()) {
                if (line.contains(marker)) {
                    return line;
                }
            }
            Thread.sleep(250);
        }
        throw new AssertionError("no access log line with " + marker);
    }

    private static List<String> linesOf(String prefix) {
        List<String> lines = new ArrayList<>();
        try (Stream<Path> files = Files.list(Path.of(System.getProperty("it.server.log.dir")))) {
            for (Path file : files.filter(f -> f.getFileName().toString().startsWith(prefix)).sorted().toList()) {
                lines.addAll(Files.readAllLines(file, StandardCharsets.UTF_8));
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return lines;
    }
}
