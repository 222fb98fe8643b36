package org.bookreviews.catalogue;

import jakarta.persistence.TypedQuery;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import org.bookreviews.book.Book;
import org.bookreviews.persistence.Database;
import org.bookreviews.persistence.Page;

/** Reads the catalogue: one call, one EntityManager, per page. */
public final class Catalogue {

    public static final int BOOKS_PER_PAGE = 20;

    private final Database database;

    public Catalogue(Database database) {
        this.database = database;
    }

    /**
     * One page of the catalogue in the given order; with a search text, only the books whose
     * title, author or ISBN contains it (ignoring case). A page number out of range gives the
     * nearest page.
     */
    public Page<Book> books(String search, BookOrder order, long requestedPage) {
        String pattern = search == null || search.isBlank() ? null : containsPattern(search.strip());
        String where = pattern == null ? ""
                : " WHERE LOWER(b.title) LIKE :pattern ESCAPE '\\' OR LOWER(b.author) LIKE :pattern ESCAPE '\\'"
                        + " OR LOWER(b.isbn) LIKE :pattern ESCAPE '\\'";
        return database.read(em -> {
            // Two steps: the page's ids from the order's index alone (no table rows read for the
            // entries OFFSET skips), then those 20 books by primary key.
            TypedQuery<Long> ids = em.createQuery("SELECT b.id FROM Book b" + where + " ORDER BY " + order.jpql(), Long.class);
            long total;
            if (pattern == null) {
                // Kept by triggers (schema version 5): counting 100,000 rows per page would not be.
                total = ((Number) em.createNativeQuery("SELECT book_count FROM catalogue").getSingleResult()).longValue();
            } else {
                total = em.createQuery("SELECT COUNT(b) FROM Book b" + where, Long.class)
                        .setParameter("pattern", pattern).getSingleResult();
                ids.setParameter("pattern", pattern);
            }
            int number = Page.clamp(requestedPage, total, BOOKS_PER_PAGE);
            List<Long> pageIds = ids.setFirstResult(Page.offset(number, BOOKS_PER_PAGE))
                    .setMaxResults(BOOKS_PER_PAGE)
                    .getResultList();
            Map<Long, Book> byId = new HashMap<>();
            if (!pageIds.isEmpty()) {
                em.createQuery("SELECT b FROM Book b WHERE b.id IN :ids", Book.class).setParameter("ids", pageIds)
                        .getResultList().forEach(book -> byId.put(book.getId(), book));
            }
            List<Book> items = pageIds.stream().map(byId::get).filter(Objects::nonNull).toList();
            return new Page<>(items, number, BOOKS_PER_PAGE, total);
        });
    }

    /** A LIKE pattern matching any text that contains {@code text}, lower case, wildcards escaped. */
    static String containsPattern(String text) {
        String escaped = text.toLowerCase(Locale.ROOT)
                .replace("\\", "\\\\")
                .replace("%", "\\%")
                .replace("_", "\\_");
        return "%" + escaped + "%";
    }
}
