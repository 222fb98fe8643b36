package org.bookreviews.app;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;

/**
 * The layout README's "How it is built" describes: features on top of the shared plumbing, one
 * composition root on top of all, and no package that reaches back up (so no cycles).
 */
class PackageDependenciesTest {

    /** Each package and the packages of this application it may use. */
    private static final Map<String, Set<String>> ALLOWED = Map.ofEntries(
            Map.entry("app", Set.of("admin", "moderation", "importing", "catalogue", "reader", "book", "http", "security",
                    "rendering", "persistence")),
            Map.entry("admin", Set.of("reader", "http", "security", "rendering", "persistence")),
            Map.entry("moderation", Set.of("book", "http", "security", "rendering", "persistence")),
            Map.entry("importing", Set.of("book", "http", "security", "rendering", "persistence")),
            Map.entry("catalogue", Set.of("book", "http", "security", "rendering", "persistence")),
            Map.entry("reader", Set.of("book", "http", "security", "rendering", "persistence")),
            Map.entry("book", Set.of("http", "security", "rendering", "persistence")),
            Map.entry("http", Set.of("security", "rendering", "persistence")),
            Map.entry("rendering", Set.of("security")),
            Map.entry("security", Set.of("persistence")),
            Map.entry("persistence", Set.of()));

    private static final Pattern USE = Pattern.compile("org\\.bookreviews\\.([a-z]+)\\.");

    @Test
    void packagesUseOnlyThePackagesBelowThem() throws IOException {
        Map<String, Set<String>> used = uses(Path.of("src/main/java/org/bookreviews"));
        assertEquals(ALLOWED.keySet(), used.keySet(), "the packages README describes");
        Map<String, Set<String>> forbidden = new TreeMap<>();
        used.forEach((from, targets) -> targets.stream()
                .filter(to -> !to.equals(from) && !ALLOWED.get(from).contains(to))
                .forEach(to -> forbidden.computeIfAbsent(from, f -> new TreeSet<>()).add(to)));
        assertEquals(Map.of(), forbidden);
    }

    @Test
    void theCheckFindsAUseThatReachesUp() {
        Matcher use = USE.matcher("import org.bookreviews.app.Settings;");
        assertEquals(true, use.find());
        assertEquals("app", use.group(1));
        assertEquals(false, ALLOWED.get("persistence").contains(use.group(1)));
    }

    /** Package name -> the application's packages its sources name. */
    private static Map<String, Set<String>> uses(Path root) throws IOException {
        Map<String, Set<String>> uses = new TreeMap<>();
        try (Stream<Path> files = Files.walk(root)) {
            for (Path file : files.filter(f -> f.toString().endsWith(".java")).toList()) {
                String from = root.relativize(file).getName(0).toString();
                Set<String> targets = uses.computeIfAbsent(from, f -> new TreeSet<>());
                Matcher use = USE.matcher(Files.readString(file, StandardCharsets.UTF_8));
                while (use.find()) {
                    targets.add(use.group(1));
                }
            }
        }
        return uses;
    }
}
