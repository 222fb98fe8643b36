package org.bookreviews.book;

import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * A path below {@code /books}: {@code /{id}}, {@code /{id}/reviews} or {@code /{id}/reviews/thanks}.
 * Anything else, and any id that is not a positive number that fits a {@code long}, is no path
 * of ours (404), so a bad id never reaches the database.
 */
public record BookPath(long bookId, Target target) {

    public enum Target {
        /** {@code GET /books/{id}}: the book page. */
        BOOK,
        /** {@code POST /books/{id}/reviews}: write a review. */
        REVIEWS,
        /** {@code GET /books/{id}/reviews/thanks}: the page after a review was stored. */
        THANKS
    }

    // Up to 19 digits, no leading zero; the value is range-checked below.
    private static final Pattern PATH = Pattern.compile("/([1-9][0-9]{0,18})(/reviews(/thanks)?)?");

    public static Optional<BookPath> parse(String pathInfo) {
        if (pathInfo == null) {
            return Optional.empty();
        }
        Matcher m = PATH.matcher(pathInfo);
        if (!m.matches()) {
            return Optional.empty();
        }
        long id;
        try {
            id = Long.parseLong(m.group(1));
        } catch (NumberFormatException tooLarge) {
            return Optional.empty();
        }
        Target target = m.group(3) != null ? Target.THANKS : m.group(2) != null ? Target.REVIEWS : Target.BOOK;
        return Optional.of(new BookPath(id, target));
    }

    public static String bookUrl(long bookId) {
        return "/books/" + bookId;
    }

    public static String reviewsUrl(long bookId) {
        return bookUrl(bookId) + "/reviews";
    }

    public static String thanksUrl(long bookId) {
        return reviewsUrl(bookId) + "/thanks";
    }
}
