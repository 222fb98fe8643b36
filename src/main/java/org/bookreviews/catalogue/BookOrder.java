package org.bookreviews.catalogue;

import java.util.Comparator;

/** The orders of the catalogue. Which {@code ?sort=} value names which: {@link CatalogueServlet}. */
public enum BookOrder {
    // Each exactly the column order of an index (schema versions 1 and 5), so a page is read from
    // it; the comparator is the same order, for a few hundred search matches sorted in memory.
    TITLE("b.title, b.id", "book_title_ix", Comparator.comparing(SortKeys::title)),
    HIGHEST_RATED("b.rating_average DESC, b.review_count DESC, b.title, b.id", "book_rating_ix",
            Comparator.comparingDouble(SortKeys::ratingAverage).reversed()
                    .thenComparing(Comparator.comparingInt(SortKeys::reviewCount).reversed())
                    .thenComparing(SortKeys::title)),
    MOST_REVIEWED("b.review_count DESC, b.title, b.id", "book_reviews_ix",
            Comparator.comparingInt(SortKeys::reviewCount).reversed().thenComparing(SortKeys::title)),
    NEWEST("b.published_order DESC, b.title, b.id", "book_newest_ix",
            Comparator.comparingInt(SortKeys::publishedOrder).reversed().thenComparing(SortKeys::title)),
    /** Best match first: searches only (the search index orders it); the whole catalogue is listed by title. */
    RELEVANCE(null, null, null);

    private final String sql;
    private final String index;
    private final Comparator<SortKeys> comparator;

    BookOrder(String sql, String index, Comparator<SortKeys> comparator) {
        this.sql = sql;
        this.index = index;
        this.comparator = comparator == null ? null : comparator.thenComparingLong(SortKeys::id);
    }

    /** The SQL ORDER BY list over the alias {@code b}; fixed text, never built from input. */
    String sql() {
        return sql;
    }

    /** The index that has the books in this order. */
    String index() {
        return index;
    }

    Comparator<SortKeys> comparator() {
        return comparator;
    }

    /** What the orders compare, as the database computes it (schema version 5). */
    record SortKeys(long id, String title, double ratingAverage, int reviewCount, int publishedOrder) {
    }
}
