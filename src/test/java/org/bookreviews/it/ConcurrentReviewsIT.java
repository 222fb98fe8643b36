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
 * Thirty-two signed-in readers write 2,016 reviews of 63 books at the same time (one each, as a
 * reader has one review per book), each the way a browser does (open the book page, send its
 * form). Every review is acknowledged, stored exactly once, and every book's figures (count,
 * rating total, each rating's count) equal what its rows say; then sixteen of them edit and
 * delete their reviews of one book at once, and its figures still equal its rows.
 */
class ConcurrentReviewsIT extends DeployedSite {

    private static final int READERS = 32;
    private static final int BOOKS = 63;
    private static final int REVIEWS = READERS * BOOKS;

    @Test
    void twoThousandConcurrentReviewsAreAllStoredAndCountedExactly() throws Exception {
        List<Long> books = new ArrayList<>();
        for (int i = 0; i < BOOKS; i++) {
            books.add(Rows.insertBook("Busy Book " + i + " " + Rows.uniqueIsbn(), "Many Readers", Rows.uniqueIsbn(), 2020, ""));
        }
        List<Site> browsers = new ArrayList<>();
        for (int r = 0; r < READERS; r++) {
            Site browser = newBrowser();
            browser.signUp("Reader " + r);
            browsers.add(browser);
        }
        ExecutorService readers = Executors.newFixedThreadPool(READERS);
        List<Future<Map<Integer, Integer>>> results = new ArrayList<>();
        for (int r = 0; r < READERS; r++) {
            int reader = r;
            results.add(readers.submit(() -> {
                Map<Integer, Integer> statuses = new TreeMap<>();
                for (int b = 0; b < BOOKS; b++) {
                    long book = books.get((b + reader) % BOOKS);
                    int n = reader * BOOKS + b;
                    int status = browsers.get(reader).submitReview(book, String.valueOf(n % 5 + 1), "Review " + n, false).status();
                    statuses.merge(status, 1, Integer::sum);
                }
                return statuses;
            }));
        }
        Map<Integer, Integer> statuses = new TreeMap<>();
        for (Future<Map<Integer, Integer>> result : results) {
            result.get(10, TimeUnit.MINUTES).forEach((status, count) -> statuses.merge(status, count, Integer::sum));
        }

        assertEquals(Map.of(303, REVIEWS), statuses, "every review acknowledged, nothing refused");
        long stored = 0;
        for (long book : books) {
            stored += assertFiguresEqualRows(book);
        }
        assertEquals(REVIEWS, stored, "exactly one new row per review");
        assertEquals(REVIEWS, Rows.count("SELECT COUNT(DISTINCT body) FROM review r JOIN book b ON b.id = r.book_id"
                + " WHERE r.body LIKE 'Review %' AND b.title LIKE 'Busy Book %'"), "none twice");

        // Sixteen readers change their minds about one book at once: edit, edit again, some delete.
        long contested = books.get(0);
        List<Future<Map<Integer, Integer>>> changes = new ArrayList<>();
        for (int r = 0; r < 16; r++) {
            int reader = r;
            changes.add(readers.submit(() -> {
                Site browser = browsers.get(reader);
                Map<Integer, Integer> answers = new TreeMap<>();
                for (int round = 0; round < 3; round++) {
                    answers.merge(browser.submitReview(contested, String.valueOf((reader + round) % 5 + 1),
                            "Edited " + round, round == 1).status(), 1, Integer::sum);
                }
                if (reader % 2 == 0) {
                    Site.Page page = browser.get("/books/" + contested);
                    String token = page.html().selectFirst("form[action$=/mine/delete] input[name=csrf_token]").val();
                    answers.merge(browser.post("/books/" + contested + "/reviews/mine/delete", Map.of("csrf_token", token))
                            .status(), 1, Integer::sum);
                }
                return answers;
            }));
        }
        Map<Integer, Integer> answers = new TreeMap<>();
        for (Future<Map<Integer, Integer>> change : changes) {
            change.get(10, TimeUnit.MINUTES).forEach((status, count) -> answers.merge(status, count, Integer::sum));
        }
        readers.shutdown();
        assertEquals(Map.of(303, 16 * 3 + 8), answers, "every edit and deletion acknowledged");
        assertEquals(READERS - 8, assertFiguresEqualRows(contested), "eight deleted their review");
    }

    /** The book's figures equal what its rows say; returns its number of reviews. */
    private static long assertFiguresEqualRows(long book) {
        List<Object> figures = Rows.rows("SELECT review_count, rating_total, rating_1_count, rating_2_count,"
                + " rating_3_count, rating_4_count, rating_5_count FROM book WHERE id = ?", book).get(0);
        List<Object> fromRows = Rows.rows("SELECT COUNT(*), COALESCE(SUM(rating), 0),"
                + " SUM(CASE WHEN rating = 1 THEN 1 ELSE 0 END), SUM(CASE WHEN rating = 2 THEN 1 ELSE 0 END),"
                + " SUM(CASE WHEN rating = 3 THEN 1 ELSE 0 END), SUM(CASE WHEN rating = 4 THEN 1 ELSE 0 END),"
                + " SUM(CASE WHEN rating = 5 THEN 1 ELSE 0 END) FROM review WHERE book_id = ?", book).get(0);
        assertEquals(numbers(fromRows), numbers(figures), "book " + book + ": figures equal the rows");
        assertEquals(((Number) fromRows.get(0)).longValue(), Rows.count("SELECT COUNT(DISTINCT book_position)"
                + " FROM review WHERE book_id = ? AND book_position <= ?", book, ((Number) fromRows.get(0)).intValue()),
                "book " + book + ": places 1..n, each once");
        return ((Number) fromRows.get(0)).longValue();
    }

    private static List<Long> numbers(List<Object> row) {
        return row.stream().map(v -> ((Number) v).longValue()).toList();
    }
}
