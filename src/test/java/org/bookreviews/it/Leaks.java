package org.bookreviews.it;

import static org.junit.jupiter.api.Assertions.assertFalse;

import java.util.List;
import java.util.Locale;

/** The one check that an answer shows no internals: no stack trace, no server, no database. */
final class Leaks {

    /** Compared ignoring case. */
    private static final List<String> WORDS = List.of("exception", "at org.", "at java.", "apache tomcat", "payara",
            "glassfish", "jasper", "derby", "sqlstate");
    /** Compared as written: short enough to occur by chance in a random token in another case. */
    private static final List<String> EXACT = List.of("SQL");

    private Leaks() {
    }

    /** Fails when the answer (page, or whole raw response) names an internal; {@code what} names the answer. */
    static void assertNone(String what, String answer) {
        String lower = answer.toLowerCase(Locale.ROOT);
        for (String word : WORDS) {
            assertFalse(lower.contains(word), what + " leaks '" + word + "'");
        }
        for (String word : EXACT) {
            assertFalse(answer.contains(word), what + " leaks '" + word + "'");
        }
    }
}
