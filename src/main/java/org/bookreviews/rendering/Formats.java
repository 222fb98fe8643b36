package org.bookreviews.rendering;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.Duration;
import java.time.LocalDateTime;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.util.Date;

/**
 * The {@code br:} EL functions of the pages (WEB-INF/bookreviews.tld): what JSTL's fmt tags do
 * not do themselves. Words and numbers are left to the resource bundles and fmt, in the reader's
 * language; these return plain values (the pages still escape any text).
 */
public final class Formats {

    private static final Clock CLOCK = Clock.systemUTC();

    private Formats() {
    }

    /**
     * The average to one decimal, halves rounded up as readers expect (4.25 shows as 4.3; the
     * formatters round halves to even). The bundle's pattern then writes it in the reader's way.
     */
    public static BigDecimal oneDecimal(Double average) {
        return average == null ? null : BigDecimal.valueOf(average).setScale(1, RoundingMode.HALF_UP);
    }

    /**
     * The average in half stars, 0 to 10 (0 without reviews): the shown one-decimal average
     * rounded to the nearest half, so 4.5 shows four and a half stars, not five like 5.0.
     */
    public static int starHalves(Double average) {
        BigDecimal shown = oneDecimal(average);
        return shown == null ? 0
                : Math.max(0, Math.min(10, shown.multiply(BigDecimal.valueOf(2)).setScale(0, RoundingMode.HALF_UP).intValue()));
    }

    /** A row of five stars for {@code halves} half stars (0-10): the full ones, maybe a half, the hollow ones. */
    public static StarRow starRow(int halves) {
        int clamped = Math.max(0, Math.min(10, halves));
        return new StarRow("\u2605".repeat(clamped / 2), clamped % 2 == 1 ? "\u2605" : "", "\u2606".repeat(5 - (clamped + 1) / 2));
    }

    /** What stars.tag draws: a class with getters, which every server's EL reads (not a record). */
    public static final class StarRow {
        private final String full;
        private final String half;
        private final String hollow;

        StarRow(String full, String half, String hollow) {
            this.full = full;
            this.half = half;
            this.hollow = hollow;
        }

        public String getFull() {
            return full;
        }

        /** The half star (drawn half filled by app.css), or empty. */
        public String getHalf() {
            return half;
        }

        /** The empty stars ("hollow": {@code empty} is a word of EL). */
        public String getHollow() {
            return hollow;
        }
    }

    /**
     * The beginning of a long review for the book page (its own page shows it whole), or null
     * when the text is short enough to show whole: longer than {@value #EXCERPT_MAX} characters
     * or {@value #EXCERPT_LINES} lines, it is cut at a word boundary near that and ends in "…".
     */
    public static String excerpt(String text) {
        if (text == null) {
            return null;
        }
        int end = text.length();
        int lines = 0;
        for (int i = 0; i < text.length(); i++) {
            if (text.charAt(i) == '\n' && ++lines == EXCERPT_LINES) {
                end = i;
                break;
            }
        }
        if (text.codePointCount(0, text.length()) > EXCERPT_MAX + EXCERPT_MAX / 2) {
            end = Math.min(end, text.offsetByCodePoints(0, EXCERPT_MAX));
        }
        if (end == text.length()) {
            return null;
        }
        int space = end;
        while (space > end - 80 && space > 0 && !Character.isWhitespace(text.charAt(space))) {
            space--;
        }
        int cut = space > end - 80 && space > 0 ? space : end;
        if (Character.isLowSurrogate(text.charAt(cut))) {
            cut--; // never split an emoji
        }
        return text.substring(0, cut).strip() + "\u2026";
    }

    /** Characters of a review the book page shows before "Read more". */
    public static final int EXCERPT_MAX = 500;
    /** Lines of a review the book page shows before "Read more". */
    public static final int EXCERPT_LINES = 8;

    /** Five stars, the first {@code filled} of them filled. */
    public static String stars(int filled) {
        int full = Math.max(0, Math.min(5, filled));
        return "★".repeat(full) + "☆".repeat(5 - full);
    }

    /**
     * One query parameter, {@code name=value}, both URL-encoded in UTF-8 as {@code <c:param>}
     * encodes them (a space as "+"; hex digits in upper case, as RFC 3986 recommends), for
     * {@code <c:url value="/books/7?${br:param('page', 2)}"/>}.
     * The pages build their links with this rather than {@code <c:param>}: JSTL's encoder opens
     * a writer with an 8 KB buffer for every parameter, a tenth of all a re-rendered book page
     * allocates.
     */
    public static String param(String name, String value) {
        return URLEncoder.encode(name, StandardCharsets.UTF_8) + "="
                + URLEncoder.encode(value == null ? "" : value, StandardCharsets.UTF_8);
    }

    /** A stored UTC time as an ISO-8601 instant, for {@code <time datetime>}. */
    public static String isoTime(LocalDateTime utc) {
        return utc == null ? "" : DateTimeFormatter.ISO_INSTANT.format(utc.withNano(0).toInstant(ZoneOffset.UTC));
    }

    /** A stored UTC time as a {@link Date}, for {@code <fmt:formatDate>}. */
    public static Date date(LocalDateTime utc) {
        return utc == null ? null : Date.from(utc.toInstant(ZoneOffset.UTC));
    }

    /** How long ago a stored UTC time was, as a message key and an amount ("3 days ago"). */
    public static RelativeTime ago(LocalDateTime utc) {
        return RelativeTime.between(utc, LocalDateTime.now(CLOCK));
    }

    /** An amount of a unit of time in the past: {@code time.days} and 3 read "3 days ago". */
    public record RelativeTime(String key, long amount) {

        static RelativeTime between(LocalDateTime then, LocalDateTime now) {
            Duration age = Duration.between(then, now);
            long minutes = Math.max(0, age.toMinutes());
            long days = age.toDays();
            if (minutes < 1) {
                return new RelativeTime("time.justNow", 0);
            } else if (minutes < 60) {
                return new RelativeTime("time.minutes", minutes);
            } else if (minutes < 24 * 60) {
                return new RelativeTime("time.hours", minutes / 60);
            } else if (days < 30) {
                return new RelativeTime("time.days", days);
            } else if (days < 365) {
                return new RelativeTime("time.months", days / 30);
            }
            return new RelativeTime("time.years", days / 365);
        }

        public String getKey() {
            return key;
        }

        public long getAmount() {
            return amount;
        }
    }
}
