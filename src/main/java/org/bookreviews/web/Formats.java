package org.bookreviews.web;

import java.text.NumberFormat;
import java.time.LocalDateTime;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.util.Locale;

/**
 * How numbers and dates read on the pages; called from the JSPs as the {@code br:} EL functions
 * (WEB-INF/bookreviews.tld). They return plain text: the pages still escape it.
 */
public final class Formats {

    private static final DateTimeFormatter READABLE = DateTimeFormatter.ofPattern("d MMM yyyy, HH:mm 'UTC'", Locale.ENGLISH);

    private Formats() {
    }

    /** "4.3", or "–" when there is no rating yet. */
    public static String averageRating(Double average) {
        return average == null ? "–" : String.format(Locale.ENGLISH, "%.1f", average);
    }

    /** Whole stars to draw for an average: 4.3 gives 4, 4.5 gives 5, none gives 0. */
    public static int fullStars(Double average) {
        return average == null ? 0 : (int) Math.round(average);
    }

    /** Five stars, the first {@code filled} of them full: 3 gives "★★★☆☆". */
    public static String stars(int filled) {
        int full = Math.max(0, Math.min(5, filled));
        return "★".repeat(full) + "☆".repeat(5 - full);
    }

    /** "No reviews yet", "1 review", "1,234 reviews". */
    public static String reviewCount(long count) {
        if (count == 0) {
            return "No reviews yet";
        }
        return NumberFormat.getIntegerInstance(Locale.ENGLISH).format(count) + (count == 1 ? " review" : " reviews");
    }

    /** A UTC time as readers read it: "25 Nov 2026, 14:05 UTC". */
    public static String readableTime(LocalDateTime utc) {
        return utc == null ? "" : READABLE.format(utc);
    }

    /** A UTC time for machines ({@code <time datetime>}): "2026-11-25T14:05:09Z". */
    public static String isoTime(LocalDateTime utc) {
        return utc == null ? "" : DateTimeFormatter.ISO_INSTANT.format(utc.withNano(0).toInstant(ZoneOffset.UTC));
    }
}
