package org.bookreviews.http;

import java.util.regex.Pattern;

/**
 * The {@code next} parameter: where to send a reader after they signed in or up. Only a path of
 * this site is followed; anything that could lead elsewhere ({@code //evil.example},
 * {@code https://evil.example}, {@code /\evil.example}, control characters) means the home page.
 */
public final class NextPath {

    public static final String PARAMETER = "next";

    /** A context-relative path with an optional query: no scheme, no authority, no backslash. */
    private static final Pattern SAFE = Pattern.compile("/(?![/\\\\])[A-Za-z0-9._~!$&'()*+,;=:@%/?-]{0,500}");

    private NextPath() {
    }

    /** The path to go to: {@code next} when it is safe, else "/". */
    public static String of(String next) {
        return next != null && SAFE.matcher(next).matches() && !next.contains("\\") ? next : "/";
    }
}
