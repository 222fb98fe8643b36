package org.bookreviews.catalogue;

/** The orders of the catalogue; the first is the default. Which {@code ?sort=} value names which: {@link CatalogueServlet}. */
public enum BookOrder {
    // Each exactly the column order of an index (schema versions 1 and 5), so a page is read from it.
    TITLE("b.title, b.id"),
    HIGHEST_RATED("b.ratingAverage DESC, b.reviewCount DESC, b.title, b.id"),
    MOST_REVIEWED("b.reviewCount DESC, b.title, b.id"),
    NEWEST("b.publishedOrder DESC, b.title, b.id");

    private final String jpql;

    BookOrder(String jpql) {
        this.jpql = jpql;
    }

    /** The JPQL ORDER BY list, over the alias {@code b}; fixed text, never built from input. */
    String jpql() {
        return jpql;
    }
}
