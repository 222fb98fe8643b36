package org.bookreviews.web;

import java.util.OptionalLong;
import java.util.regex.Pattern;

/**
 * The {@code page} query parameter. Absent means page 1; any whole number is accepted (the
 * catalogue clamps it to the nearest page, huge values included); anything else is a bad request.
 */
public final class PageNumber {

    public static final String PARAMETER = "page";

    private static final Pattern WHOLE_NUMBER = Pattern.compile("[+-]?[0-9]{1,1000}");

    private PageNumber() {
    }

    /** The requested page, or empty when the value is not a whole number. */
    public static OptionalLong parse(String value) {
        if (value == null || value.isEmpty()) {
            return OptionalLong.of(1);
        }
        if (!WHOLE_NUMBER.matcher(value).matches()) {
            return OptionalLong.empty();
        }
        try {
            return OptionalLong.of(Long.parseLong(value));
        } catch (NumberFormatException outOfLongRange) {
            return OptionalLong.of(value.startsWith("-") ? Long.MIN_VALUE : Long.MAX_VALUE);
        }
    }
}
