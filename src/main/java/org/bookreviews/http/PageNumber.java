package org.bookreviews.http;

import jakarta.servlet.http.HttpServletRequest;
import java.util.OptionalLong;
import java.util.regex.Pattern;

/**
 * The {@code page} query parameter. Absent means page 1; a whole number from 1 to
 * {@value #MAX} is a page (past the last one, the list shows its last page: a link may outlive a
 * deletion); zero, negative, signed, overflowing or non-numeric values are a bad request.
 */
public final class PageNumber {

    public static final String PARAMETER = "page";

    /** No list here has that many pages; a larger number is a made-up request. */
    public static final long MAX = 1_000_000_000L;

    private static final Pattern POSITIVE_NUMBER = Pattern.compile("[0-9]{1,10}");

    private PageNumber() {
    }

    /** The page the request asks for, or empty when its {@value #PARAMETER} is not a page number. */
    public static OptionalLong from(HttpServletRequest request) {
        return parse(request.getParameter(PARAMETER));
    }

    /** What the error page says about a {@code page} value that is no page number. */
    public static Problem problemOf(HttpServletRequest request) {
        return new Problem("invalid.page", Problem.quoted(request.getParameter(PARAMETER)), MAX);
    }

    /** The requested page, or empty when the value is not a page number. */
    public static OptionalLong parse(String value) {
        if (value == null || value.isEmpty()) {
            return OptionalLong.of(1);
        }
        if (!POSITIVE_NUMBER.matcher(value).matches()) {
            return OptionalLong.empty();
        }
        long page = Long.parseLong(value);
        return page >= 1 && page <= MAX ? OptionalLong.of(page) : OptionalLong.empty();
    }
}
