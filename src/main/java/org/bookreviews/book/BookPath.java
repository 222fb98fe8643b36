package org.bookreviews.book;

import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * A path below {@code /books}: {@code /{id}}, {@code /{id}/edit}, {@code /{id}/reviews}, {@code /{id}/reviews/thanks},
 * {@code /{id}/reviews/mine/edit}, {@code /{id}/reviews/mine/delete} or {@code /{id}/reviews/{reviewId}}
 * (one review's own address). Anything else, and any id
 * that is not a positive number that fits a {@code long}, is no path of ours (404), so a bad id
 * never reaches the database.
 */
public record BookPath(long bookId, Target target, long reviewId) {

    public BookPath(long bookId, Target target) {
        this(bookId, target, 0);
    }

    public enum Target {
        /** {@code GET /books/{id}}: the book page. */
        BOOK("", "GET, HEAD, OPTIONS"),
        /**
         * {@code POST /books/{id}/reviews}: write (or rewrite) the reader's review. A GET (the
         * address a refused form leaves in the address bar, reloaded or shared) goes to the book.
         */
        REVIEWS("/reviews", "GET, HEAD, POST, OPTIONS"),
        /** {@code GET /books/{id}/reviews/thanks}: the page after a review was stored. */
        THANKS("/reviews/thanks", "GET, HEAD, OPTIONS"),
        /** {@code GET /books/{id}/reviews/mine/edit}: the reader's review in the form, to change it. */
        EDIT_MINE("/reviews/mine/edit", "GET, HEAD, OPTIONS"),
        /** {@code POST /books/{id}/reviews/mine/delete}: delete the reader's review. */
        DELETE_MINE("/reviews/mine/delete", "POST, OPTIONS"),
        /** {@code GET /books/{id}/reviews/{reviewId}}: one review, whole, with its book (a permalink). */
        REVIEW("/reviews/", "GET, HEAD, OPTIONS"),
        /** {@code GET/POST /books/{id}/edit}: a librarian edits the book ({@link BookFormServlet}). */
        EDIT("/edit", "GET, HEAD, POST, OPTIONS");

        private final String suffix;
        private final String allowedMethods;

        Target(String suffix, String allowedMethods) {
            this.suffix = suffix;
            this.allowedMethods = allowedMethods;
        }

        /** The methods this address takes, as the {@code Allow} header lists them. */
        public String allowedMethods() {
            return allowedMethods;
        }

        public boolean takesPost() {
            return allowedMethods.contains("POST");
        }
    }

    // Up to 19 digits, no leading zero; the value is range-checked below.
    private static final Pattern PATH = Pattern.compile(
            "/([1-9][0-9]{0,18})(?:(/reviews(?:/thanks|/mine/edit|/mine/delete)?|/edit)|/reviews/([1-9][0-9]{0,18}))?");

    public static Optional<BookPath> parse(String pathInfo) {
        if (pathInfo == null) {
            return Optional.empty();
        }
        Matcher m = PATH.matcher(pathInfo);
        if (!m.matches()) {
            return Optional.empty();
        }
        long id;
        long reviewId;
        try {
            id = Long.parseLong(m.group(1));
            reviewId = m.group(3) == null ? 0 : Long.parseLong(m.group(3));
        } catch (NumberFormatException tooLarge) {
            return Optional.empty();
        }
        if (reviewId > 0) {
            return Optional.of(new BookPath(id, Target.REVIEW, reviewId));
        }
        String suffix = m.group(2) == null ? "" : m.group(2);
        for (Target target : Target.values()) {
            if (target.suffix.equals(suffix)) {
                return Optional.of(new BookPath(id, target));
            }
        }
        return Optional.empty();
    }

    /** The context-relative address of this path. */
    public String url() {
        return bookUrl(bookId) + target.suffix + (target == Target.REVIEW ? String.valueOf(reviewId) : "");
    }

    public static String bookUrl(long bookId) {
        return "/books/" + bookId;
    }

    public static String thanksUrl(long bookId) {
        return new BookPath(bookId, Target.THANKS).url();
    }
}
