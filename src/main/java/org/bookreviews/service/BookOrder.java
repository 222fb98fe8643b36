package org.bookreviews.service;

import java.util.Arrays;

/** The orders of the catalogue, as readers choose them ({@code ?sort=}); title is the default. */
public enum BookOrder {
    // Each exactly the column order of an index (schema versions 1 and 5), so a page is read from it.
    TITLE("title", "b.title, b.id"),
    HIGHEST_RATED("rating", "b.ratingAverage DESC, b.reviewCount DESC, b.title, b.id"),
    MOST_REVIEWED("reviews", "b.reviewCount DESC, b.title, b.id"),
    NEWEST("newest", "b.publishedOrder DESC, b.title, b.id");

    private final String parameter;
    private final String jpql;

    BookOrder(String parameter, String jpql) {
        this.parameter = parameter;
        this.jpql = jpql;
    }

    /** The value of {@code ?sort=} that selects this order. */
    public String getParameter() {
        return parameter;
    }

    /** The value links carry to keep this order: none for the default, so its links stay short. */
    public String getLinkParameter() {
        return ordinal() == 0 ? null : parameter;
    }

    /** The JPQL ORDER BY list, over the alias {@code b}; fixed text, never built from input. */
    String jpql() {
        return jpql;
    }

    /** The order a {@code ?sort=} value names; anything else (or nothing) is the default. */
    public static BookOrder fromParameter(String value) {
        return Arrays.stream(values()).filter(o -> o.parameter.equals(value)).findFirst().orElse(TITLE);
    }
}
