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
        List<String> lines = new ArrayList<>();
        try (Stream<Path> files = Files.list(Path.of(System.getProperty("it.server.log.dir")))) {
            for (Path file : files.filter(f -> f.getFileName().toString().startsWith("catalina")).sorted().toList()) {
                lines.addAll(Files.readAllLines(file, StandardCharsets.UTF_8));
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return lines;
    }
}
