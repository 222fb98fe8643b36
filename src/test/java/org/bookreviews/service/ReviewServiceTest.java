package org.bookreviews.service;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.atomic.AtomicLong;
import org.bookreviews.config.AppSettings;
import org.bookreviews.config.DemoCatalogue;
import org.bookreviews.domain.Book;
import org.bookreviews.domain.Review;
import org.bookreviews.persistence.Database;
import org.bookreviews.service.ReviewService.NewReview;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * The services on a real embedded Derby database on disk (a fresh directory under target/),
 * schema from the Flyway migrations, no container. One class: a JVM boots Derby once.
 */
class ReviewServiceTest {

    private static final AtomicLong TICKS = new AtomicLong();
    /** A clock that moves one second per reading, so "newest first" is well defined. */
    private static final Clock CLOCK = new Clock() {
        @Override
        public ZoneOffset getZone() {
            return ZoneOffset.UTC;
        }

        @Override
        public Clock withZone(java.time.ZoneId zone) {
            return this;
        }

        @Override
        public Instant instant() {
            return Instant.parse("2026-01-01T00:00:00Z").plusSeconds(TICKS.incrementAndGet());
        }
    };

    private static Database database;
    private static BookCatalog catalog;
    private static ReviewService reviews;

    @BeforeAll
    static void openDatabase() {
        Path directory = Path.of("target", "unit-db", UUID.randomUUID().toString()).toAbsolutePath();
        database = Database.open(AppSettings.of(Map.of(AppSettings.DB_DIR, directory.toString())));
        catalog = new BookCatalog(database);
        reviews = new ReviewService(database, CLOCK);
        assertEquals(DemoCatalogue.BOOK_COUNT, DemoCatalogue.createIfEmpty(database, CLOCK));
    }

    @AfterAll
    static void closeDatabase() {
        database.close();
    }

    @Test
    void theDemoCatalogueIsCreatedOnlyOnce() {
        assertEquals(0, DemoCatalogue.createIfEmpty(database, CLOCK));
        long withTitle = database.read(em -> em.createQuery(
                "SELECT COUNT(b) FROM Book b WHERE b.title = 'Python for Beginners'", Long.class).getSingleResult());
        assertEquals(1, withTitle);
    }

    @Test
    void theCatalogueIsOrderedByTitleAndClampsItsPages() {
        Page<Book> first = catalog.booksByTitle(1);
        List<String> titles = first.getItems().stream().map(Book::getTitle).toList();
        assertEquals(titles.stream().sorted().toList(), titles);
        assertEquals(first.getNumber(), catalog.booksByTitle(-5).getNumber());
        assertEquals(first.getTotalPages(), catalog.booksByTitle(Long.MAX_VALUE).getNumber());
    }

    @Test
    void aReviewIsStoredAndCountedIntoItsBook() {
        long bookId = newBook();
        assertTrue(reviews.addReview(bookId, new NewReview("Zoë 李 🚀", 4, "Line one\nline two")));
        assertTrue(reviews.addReview(bookId, new NewReview("Ann", 1, "Meh.")));

        BookCatalog.BookWithReviews page = catalog.book(bookId, 1).orElseThrow();
        assertEquals(2, page.book().getReviewCount());
        assertEquals(2.5, page.book().getAverageRating());
        List<Review> shown = page.reviews().getItems();
        assertEquals(List.of("Ann", "Zoë 李 🚀"), shown.stream().map(Review::getReviewerName).toList());
        assertEquals("Line one\nline two", shown.get(1).getBody());
    }

    @Test
    void aReviewOfAnUnknownBookStoresNothing() {
        long before = reviewRows();
        assertFalse(reviews.addReview(987_654_321L, new NewReview("Ann", 3, "Lost.")));
        assertEquals(before, reviewRows());
    }

    @Test
    void reviewsArePagedNewestFirst() {
        long bookId = newBook();
        for (int i = 1; i <= 41; i++) {
            reviews.addReview(bookId, new NewReview("Reader " + i, 3, "Text " + i));
        }
        assertEquals("Reader 41", catalog.book(bookId, 1).orElseThrow().reviews().getItems().get(0).getReviewerName());
        Page<Review> last = catalog.book(bookId, 3).orElseThrow().reviews();
        assertEquals(List.of("Reader 1"), last.getItems().stream().map(Review::getReviewerName).toList());
        assertEquals(3, catalog.book(bookId, 99).orElseThrow().reviews().getNumber());
    }

    @Test
    void concurrentReviewsOfOneBookAreAllCountedExactly() throws Exception {
        long bookId = newBook();
        int threads = 8;
        int perThread = 25;
        ExecutorService writers = Executors.newFixedThreadPool(threads);
        List<Future<Integer>> sums = new ArrayList<>();
        for (int t = 0; t < threads; t++) {
            int writer = t;
            sums.add(writers.submit(() -> {
                int sum = 0;
                for (int i = 0; i < perThread; i++) {
                    int rating = (writer + i) % 5 + 1;
                    assertTrue(reviews.addReview(bookId, new NewReview("Writer " + writer, rating, "Review " + i)));
                    sum += rating;
                }
                return sum;
            }));
        }
        long expectedTotal = 0;
        for (Future<Integer> sum : sums) {
            expectedTotal += sum.get();
        }
        writers.shutdown();

        Book book = catalog.findBook(bookId).orElseThrow();
        assertEquals(threads * perThread, book.getReviewCount());
        assertEquals(expectedTotal, book.getRatingTotal());
        Object[] fromRows = database.read(em -> (Object[]) em.createNativeQuery(
                "SELECT COUNT(*), SUM(rating) FROM review WHERE book_id = ?").setParameter(1, bookId).getSingleResult());
        assertEquals(book.getReviewCount(), ((Number) fromRows[0]).intValue());
        assertEquals(book.getRatingTotal(), ((Number) fromRows[1]).longValue());
    }

    private static long newBook() {
        return database.write(em -> {
            Book book = new Book("Service Test " + UUID.randomUUID(), "Tess", "S" + TICKS.incrementAndGet(), 2020, "");
            em.persist(book);
            em.flush();
            return book.getId();
        });
    }

    private static long reviewRows() {
        return database.read(em -> ((Number) em.createNativeQuery("SELECT COUNT(*) FROM review").getSingleResult()).longValue());
    }
}
