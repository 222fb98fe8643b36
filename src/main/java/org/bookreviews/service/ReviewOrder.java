package org.bookreviews.service;

import java.util.Arrays;

/** The orders of a book's reviews ({@code ?sort=}); newest first is the default. */
public enum ReviewOrder {
    NEWEST("newest", "r.createdAt DESC, r.id DESC"),
    OLDEST("oldest", "r.createdAt, r.id"),
    HIGHEST_RATED("highest", "r.rating DESC, r.createdAt DESC, r.id DESC"),
    LOWEST_RATED("lowest", "r.rating, r.createdAt DESC, r.id DESC");

    private final String parameter;
    private final String jpql;

    ReviewOrder(String parameter, String jpql) {
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

    /** The JPQL ORDER BY list, over the alias {@code r}; fixed text, never built from input. */
    String jpql() {
        return jpql;
    }

    /** The order a {@code ?sort=} value names; anything else (or nothing) is the default. */
    public static ReviewOrder fromParameter(String value) {
        return Arrays.stream(values()).filter(o -> o.parameter.equals(value)).findFirst().orElse(NEWEST);
    }
}
