package org.bookreviews.catalogue;

import jakarta.persistence.EntityManager;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.BitSet;
import java.util.Collections;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import org.bookreviews.book.Book;
import org.bookreviews.persistence.Database;
import org.bookreviews.persistence.Page;

/**
 * Reads the catalogue: the whole of it a page at a time from the database's index of the order
 * chosen; a search's matches from the {@link SearchIndex}, then those 20 books from the database.
 */
public final class Catalogue {

    public static final int BOOKS_PER_PAGE = 20;
    /** Up to this many matches in an order the database keeps: sorted here rather than found in its index. */
    static final int SORTED_IN_MEMORY = 2_000;
    private static final int KEYS_PER_QUERY = 100;

    private final Database database;
    private final SearchIndex index;

    public Catalogue(Database database, SearchIndex index) {
        this.database = database;
        this.index = index;
    }

    /**
     * A number that changes whenever a book's text changed on any server (or by SQL): kept
     * search pages with an older one are stale.
     */
    public long searchGeneration() {
        return index.upToDate();
    }

    /**
     * One page of the catalogue in the given order; with a search text, only the books that match
     * it ({@link SearchQuery}), best match first for {@link BookOrder#RELEVANCE}. A page number
     * out of range gives the nearest page.
     */
    public Page<Book> books(String search, BookOrder order, long requestedPage) {
        if (search == null || search.isBlank()) {
            return all(order == BookOrder.RELEVANCE ? BookOrder.TITLE : order, requestedPage);
        }
        SearchQuery query = SearchQuery.parse(search);
        if (query.isEmpty()) { // only punctuation: no word to look for
            return new Page<>(List.of(), 1, BOOKS_PER_PAGE, 0);
        }
        long total;
        int number;
        List<Long> pageIds;
        if (order == BookOrder.RELEVANCE || order == BookOrder.TITLE) {
            SearchIndex.Matches page = index.page(query, order, requestedPage, BOOKS_PER_PAGE); // the index orders these
            total = page.total();
            number = page.page();
            pageIds = page.ids();
        } else {
            // Ratings and review counts change with every review, so the database orders these.
            BitSet matches = index.matches(query);
            total = matches.cardinality();
            number = Page.clamp(requestedPage, total, BOOKS_PER_PAGE);
            int skip = Page.offset(number, BOOKS_PER_PAGE);
            pageIds = total == 0 ? List.of()
                    : total <= SORTED_IN_MEMORY ? database.readSql(connection -> sortedInMemory(connection, matches, order, skip))
                    : database.readSql(connection -> walkingTheIndex(connection, matches, order, skip));
        }
        List<Book> items = pageIds.isEmpty() ? List.of() : database.read(em -> byIds(em, pageIds));
        return new Page<>(items, number, BOOKS_PER_PAGE, total);
    }

    /** A few matches: their sort keys by primary key, sorted here. */
    private static List<Long> sortedInMemory(Connection connection, BitSet matches, BookOrder order, int skip)
            throws SQLException {
        List<BookOrder.SortKeys> keys = new ArrayList<>(matches.cardinality());
        String marks = String.join(",", Collections.nCopies(KEYS_PER_QUERY, "?"));
        try (PreparedStatement select = connection.prepareStatement("SELECT id, title, rating_average, review_count,"
                + " published_order FROM book WHERE id IN (" + marks + ")")) {
            int bound = 0;
            for (int id = matches.nextSetBit(0); id >= 0; id = matches.nextSetBit(id + 1)) {
                select.setLong(++bound, id);
                if (bound == KEYS_PER_QUERY || matches.nextSetBit(id + 1) < 0) {
                    while (bound < KEYS_PER_QUERY) {
                        select.setLong(++bound, -1); // no such book: one statement for every size
                    }
                    try (ResultSet rows = select.executeQuery()) {
                        while (rows.next()) {
                            keys.add(new BookOrder.SortKeys(rows.getLong(1), rows.getString(2), rows.getDouble(3),
                                    rows.getInt(4), rows.getInt(5)));
                        }
                    }
                    bound = 0;
                }
            }
        }
        keys.sort(order.comparator());
        return keys.stream().skip(skip).limit(BOOKS_PER_PAGE).map(BookOrder.SortKeys::id).toList();
    }

    /** Many matches: the order's index read from its start, keeping the matches, until the page is full. */
    private static List<Long> walkingTheIndex(Connection connection, BitSet matches, BookOrder order, int skip)
            throws SQLException {
        List<Long> ids = new ArrayList<>(BOOKS_PER_PAGE);
        // Named, or Derby's optimizer sorts the whole table first (it cannot know we stop early).
        try (PreparedStatement select = connection.prepareStatement("SELECT b.id FROM book b --DERBY-PROPERTIES index="
                + order.index() + "\nORDER BY " + order.sql())) {
            select.setFetchSize(1000);
            try (ResultSet rows = select.executeQuery()) {
                int seen = 0;
                while (ids.size() < BOOKS_PER_PAGE && rows.next()) {
                    long id = rows.getLong(1);
                    if (id <= Integer.MAX_VALUE && matches.get((int) id) && seen++ >= skip) {
                        ids.add(id);
                    }
                }
            }
        }
        return ids;
    }

    /** The whole catalogue: the page's ids from the order's index alone, then those books. */
    private Page<Book> all(BookOrder order, long requestedPage) {
        return database.read(em -> {
            // Kept by triggers (schema version 5): counting 100,000 rows per page would not be.
            long total = ((Number) em.createNativeQuery("SELECT book_count FROM catalogue").getSingleResult()).longValue();
            int number = Page.clamp(requestedPage, total, BOOKS_PER_PAGE);
            // Derby reads the OFFSET entries from the index only, no table rows.
            List<Long> pageIds = ((List<?>) em.createNativeQuery("SELECT b.id FROM book b ORDER BY " + order.sql()
                            + " OFFSET ? ROWS FETCH NEXT ? ROWS ONLY")
                    .setParameter(1, Page.offset(number, BOOKS_PER_PAGE)).setParameter(2, BOOKS_PER_PAGE)
                    .getResultList()).stream().map(id -> ((Number) id).longValue()).toList();
            return new Page<>(byIds(em, pageIds), number, BOOKS_PER_PAGE, total);
        });
    }

    /** The books of these ids, in this order, by primary key. */
    private static List<Book> byIds(EntityManager em, List<Long> ids) {
        if (ids.isEmpty()) {
            return List.of();
        }
        Map<Long, Book> byId = new HashMap<>();
        em.createQuery("SELECT b FROM Book b WHERE b.id IN :ids", Book.class).setParameter("ids", ids)
                .getResultList().forEach(book -> byId.put(book.getId(), book));
        return ids.stream().map(byId::get).filter(Objects::nonNull).toList();
    }
}
