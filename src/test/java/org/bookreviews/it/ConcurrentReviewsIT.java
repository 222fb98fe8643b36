package org.bookreviews.it;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;

/**
 * Thirty-two readers write 2,000 reviews of four books at the same time, each the way a browser
 * does (open the book page, send its form). Every review is acknowledged, stored exactly once,
 * and every book's figures (count, rating total, each rating's count) equal what its rows say.
 */
class ConcurrentReviewsIT extends DeployedSite {

    private static final int READERS = 32;
    private static final int REVIEWS = 2_000;

    @Test
    void twoThousandConcurrentReviewsAreAllStoredAndCountedExactly() throws Exception {
        List<Long> books = new ArrayList<>();
        for (int i = 0; i < 4; i++) {
            books.add(Rows.insertBook("Busy Book " + i + " " + Rows.uniqueIsbn(), "Many Readers", Rows.uniqueIsbn(), 2020, ""));
        }
        ExecutorService readers = Executors.newFixedThreadPool(READERS);
        List<Future<Map<Integer, Integer>>> results = new ArrayList<>();
        for (int r = 0; r < READERS; r++) {
            int reader = r;
            results.add(readers.submit(() -> {
                Site browser = new Site(deploymentUrl);
                Map<Integer, Integer> statuses = new TreeMap<>();
                for (int n = reader; n < REVIEWS; n += READERS) {
                    long book = books.get(n % books.size());
                    int status = browser.writeReview(book, "Reader " + reader, String.valueOf(n % 5 + 1), "Review " + n).status();
                    statuses.merge(status, 1, Integer::sum);
                }
                return statuses;
            }));
        }
        Map<Integer, Integer> statuses = new TreeMap<>();
        for (Future<Map<Integer, Integer>> result : results) {
            result.get(10, TimeUnit.MINUTES).forEach((status, count) -> statuses.merge(status, count, Integer::sum));
        }
        readers.shutdown();

        assertEquals(Map.of(303, REVIEWS), statuses, "every review acknowledged, nothing refused");
        long stored = 0;
        for (long book : books) {
            List<Object> figures = Rows.rows("SELECT review_count, rating_total, rating_1_count, rating_2_count,"
                    + " rating_3_count, rating_4_count, rating_5_count FROM book WHERE id = ?", book).get(0);
            List<Object> fromRows = Rows.rows("SELECT COUNT(*), COALESCE(SUM(rating), 0),"
                    + " SUM(CASE WHEN rating = 1 THEN 1 ELSE 0 END), SUM(CASE WHEN rating = 2 THEN 1 ELSE 0 END),"
                    + " SUM(CASE WHEN rating = 3 THEN 1 ELSE 0 END), SUM(CASE WHEN rating = 4 THEN 1 ELSE 0 END),"
                    + " SUM(CASE WHEN rating = 5 THEN 1 ELSE 0 END) FROM review WHERE book_id = ?", book).get(0);
            assertEquals(numbers(fromRows), numbers(figures), "book " + book + ": figures equal the rows");
            stored += ((Number) fromRows.get(0)).longValue();
        }
        assertEquals(REVIEWS, stored, "exactly 2,000 new rows");
        assertEquals(REVIEWS, Rows.count("SELECT COUNT(DISTINCT body) FROM review WHERE body LIKE 'Review %'"
                + " AND book_id IN (?, ?, ?, ?)", books.get(0), books.get(1), books.get(2), books.get(3)), "none twice");
    }

    private static List<Long> numbers(List<Object> row) {
        return row.stream().map(v -> ((Number) v).longValue()).toList();
    }
}
