package org.bookreviews.book;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.atomic.AtomicLong;
import org.bookreviews.app.DemoCatalogue;
import org.bookreviews.book.ReviewService.Outcome;
import org.bookreviews.catalogue.BookOrder;
import org.bookreviews.catalogue.Catalogue;
import org.bookreviews.catalogue.CatalogueServlet;
import org.bookreviews.persistence.Database;
import org.bookreviews.persistence.Page;
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
    private static Catalogue catalogue;
    private static BookService books;
    private static ReviewService reviews;

    @BeforeAll
    static void openDatabase() {
        Path directory = Path.of("target", "unit-db", UUID.randomUUID().toString()).toAbsolutePath();
        database = Database.open(directory);
        catalogue = new Catalogue(database);
        books = new BookService(database);
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
        Page<Book> first = catalogue.books("", BookOrder.TITLE, 1);
        List<String> titles = first.getItems().stream().map(Book::getTitle).toList();
        assertEquals(titles.stream().sorted().toList(), titles);
        assertEquals(first.getNumber(), catalogue.books("", BookOrder.TITLE, -5).getNumber());
        assertEquals(first.getTotalPages(), catalogue.books(null, BookOrder.TITLE, Long.MAX_VALUE).getNumber());
    }

    @Test
    void aReviewIsStoredAndCountedIntoItsBook() {
        long bookId = newBook();
        assertEquals(Outcome.STORED, reviews.addReview(bookId, new NewReview("Zoë 李 🚀", 4, "Line one\nline two")));
        assertEquals(Outcome.STORED, reviews.addReview(bookId, new NewReview("Ann", 1, "Meh.")));

        BookService.BookWithReviews page = books.book(bookId, ReviewOrder.NEWEST, 1).orElseThrow();
        assertEquals(2, page.book().getReviewCount());
        assertEquals(2.5, page.book().getAverageRating());
        List<Review> shown = page.reviews().getItems();
        assertEquals(List.of("Ann", "Zoë 李 🚀"), shown.stream().map(Review::getReviewerName).toList());
        assertEquals("Line one\nline two", shown.get(1).getBody());
    }

    @Test
    void aReviewOfAnUnknownBookStoresNothing() {
        long before = reviewRows();
        assertEquals(Outcome.NO_SUCH_BOOK, reviews.addReview(987_654_321L, new NewReview("Ann", 3, "Lost.")));
        assertEquals(before, reviewRows());
    }

    @Test
    void reviewsArePagedNewestFirst() {
        long bookId = newBook();
        for (int i = 1; i <= 41; i++) {
            reviews.addReview(bookId, new NewReview("Reader " + i, 3, "Text " + i));
        }
        assertEquals("Reader 41", books.book(bookId, ReviewOrder.NEWEST, 1).orElseThrow().reviews().getItems().get(0).getReviewerName());
        Page<Review> last = books.book(bookId, ReviewOrder.NEWEST, 3).orElseThrow().reviews();
        assertEquals(List.of("Reader 1"), last.getItems().stream().map(Review::getReviewerName).toList());
        assertEquals(3, books.book(bookId, ReviewOrder.NEWEST, 99).orElseThrow().reviews().getNumber());
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
                    assertEquals(Outcome.STORED, reviews.addReview(bookId, new NewReview("Writer " + writer, rating, "Review " + i)));
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

        Book book = books.findBook(bookId).orElseThrow();
        assertEquals(threads * perThread, book.getReviewCount());
        assertEquals(expectedTotal, book.getRatingTotal());
        Object[] fromRows = database.read(em -> (Object[]) em.createNativeQuery(
                "SELECT COUNT(*), SUM(rating) FROM review WHERE book_id = ?").setParameter(1, bookId).getSingleResult());
        assertEquals(book.getReviewCount(), ((Number) fromRows[0]).intValue());
        assertEquals(book.getRatingTotal(), ((Number) fromRows[1]).longValue());
        for (int stars = 1; stars <= 5; stars++) {
            int rating = stars;
            long rows = database.read(em -> ((Number) em.createNativeQuery(
                    "SELECT COUNT(*) FROM review WHERE book_id = ? AND rating = ?")
                    .setParameter(1, bookId).setParameter(2, rating).getSingleResult()).longValue());
            assertEquals(rows, book.getCountOfRating(stars), stars + " stars");
            Object[] places = database.read(em -> (Object[]) em.createNativeQuery(
                    "SELECT COUNT(DISTINCT rating_position), MAX(rating_position) FROM review WHERE book_id = ? AND rating = ?")
                    .setParameter(1, bookId).setParameter(2, rating).getSingleResult());
            assertEquals(rows, ((Number) places[0]).longValue(), stars + " stars: one place each");
            assertEquals(rows, places[1] == null ? 0 : ((Number) places[1]).longValue(), stars + " stars: no gap");
        }
        Object[] places = database.read(em -> (Object[]) em.createNativeQuery(
                "SELECT COUNT(DISTINCT book_position), MAX(book_position) FROM review WHERE book_id = ?")
                .setParameter(1, bookId).getSingleResult());
        assertEquals(List.of(threads * perThread, threads * perThread),
                List.of(((Number) places[0]).intValue(), ((Number) places[1]).intValue()), "places 1..n, each once");
    }

    @Test
    void theRatingDistributionCountsEachRatingFiveStarsFirst() {
        long bookId = newBook();
        for (int rating : new int[] {5, 5, 4, 1}) {
            reviews.addReview(bookId, new NewReview("Reader", rating, "Text"));
        }
        List<RatingShare> shares = RatingShare.distributionOf(books.findBook(bookId).orElseThrow());
        assertEquals(List.of(new RatingShare(5, 2, 50), new RatingShare(4, 1, 25),
                new RatingShare(3, 0, 0), new RatingShare(2, 0, 0), new RatingShare(1, 1, 25)), shares);
    }

    @Test
    void searchMatchesTitleAuthorOrIsbnIgnoringCaseAndPartialWords() {
        String marker = "Qzx" + TICKS.incrementAndGet();
        long byTitle = newBook("The " + marker + "ian Chronicles", "Ann Author", "Q" + TICKS.incrementAndGet(), 2001);
        long byAuthor = newBook("Unrelated", "Bea " + marker.toUpperCase(), "Q" + TICKS.incrementAndGet(), 2002);
        long byIsbn = newBook("Also Unrelated", "Cy", "ISBN-" + marker.toLowerCase() + "-7", 2003);
        newBook("Nothing Here", "Dee", "Q" + TICKS.incrementAndGet(), 2004);

        List<Long> found = catalogue.books(marker.toLowerCase().substring(1), BookOrder.TITLE, 1).getItems().stream()
                .map(Book::getId).toList();
        assertEquals(List.of(byIsbn, byTitle, byAuthor), found, "'Also Unrelated', 'The ...', 'Unrelated' by title");
        assertEquals(0, catalogue.books(marker + " nowhere", BookOrder.TITLE, 1).getTotalItems());
    }

    @Test
    void searchTreatsLikeWildcardsAsText() {
        String marker = "Pct" + TICKS.incrementAndGet();
        long percent = newBook(marker + " 100% Sure", "Ann", "P" + TICKS.incrementAndGet(), 2001);
        newBook(marker + " 100 Sure", "Ann", "P" + TICKS.incrementAndGet(), 2001);
        newBook(marker + " 1x0 Sure", "Ann", "P" + TICKS.incrementAndGet(), 2001);
        assertEquals(List.of(percent), ids(catalogue.books(marker + " 100%", BookOrder.TITLE, 1)));
        assertEquals(0, catalogue.books(marker + " 1_0", BookOrder.TITLE, 1).getTotalItems());
        assertEquals(0, catalogue.books("' OR '1'='1", BookOrder.TITLE, 1).getTotalItems());
    }

    @Test
    void theCatalogueSortsByRatingReviewsAndNewest() {
        String marker = "Sort" + TICKS.incrementAndGet();
        long good = newBook(marker + " A", "Ann", "R" + TICKS.incrementAndGet(), 1990);
        long popular = newBook(marker + " B", "Ann", "R" + TICKS.incrementAndGet(), 2020);
        long unread = newBook(marker + " C", "Ann", "R" + TICKS.incrementAndGet(), null);
        reviews.addReview(good, new NewReview("R", 5, "T"));
        for (int i = 0; i < 3; i++) {
            reviews.addReview(popular, new NewReview("R", 3, "T"));
        }
        assertEquals(List.of(good, popular, unread), ids(catalogue.books(marker, BookOrder.HIGHEST_RATED, 1)));
        assertEquals(List.of(popular, good, unread), ids(catalogue.books(marker, BookOrder.MOST_REVIEWED, 1)));
        assertEquals(List.of(popular, good, unread), ids(catalogue.books(marker, BookOrder.NEWEST, 1)));
        assertEquals(List.of(good, popular, unread), ids(catalogue.books(marker, BookOrder.TITLE, 1)));
    }

    @Test
    void reviewsSortNewestOldestHighestAndLowest() {
        long bookId = newBook();
        for (int rating : new int[] {3, 5, 1, 5}) {
            reviews.addReview(bookId, new NewReview("Rated " + rating + " at " + TICKS.get(), rating, "T"));
        }
        assertEquals(List.of(5, 1, 5, 3), ratings(bookId, ReviewOrder.NEWEST));
        assertEquals(List.of(3, 5, 1, 5), ratings(bookId, ReviewOrder.OLDEST));
        assertEquals(List.of(5, 5, 3, 1), ratings(bookId, ReviewOrder.HIGHEST_RATED));
        assertEquals(List.of(1, 3, 5, 5), ratings(bookId, ReviewOrder.LOWEST_RATED));
        List<Review> highest = books.book(bookId, ReviewOrder.HIGHEST_RATED, 1).orElseThrow().reviews().getItems();
        assertTrue(highest.get(0).getCreatedAt().isAfter(highest.get(1).getCreatedAt()), "newest first among equals");
    }

    @Test
    void theSameSubmissionIsStoredOnceEvenWhenSentTogether() throws Exception {
        long bookId = newBook();
        NewReview review = new NewReview("Double Clicker", 4, "Clicked twice.", "AAAAAAAAAAAAAAAAAAAAA" + TICKS.get() % 10);
        ExecutorService clicks = Executors.newFixedThreadPool(4);
        List<Future<Outcome>> outcomes = new ArrayList<>();
        for (int i = 0; i < 4; i++) {
            outcomes.add(clicks.submit(() -> reviews.addReview(bookId, review)));
        }
        List<Outcome> results = new ArrayList<>();
        for (Future<Outcome> outcome : outcomes) {
            results.add(outcome.get());
        }
        clicks.shutdown();
        assertEquals(1, results.stream().filter(o -> o == Outcome.STORED).count(), results.toString());
        assertEquals(3, results.stream().filter(o -> o == Outcome.ALREADY_STORED).count(), results.toString());
        assertEquals(1, books.findBook(bookId).orElseThrow().getReviewCount());
        assertEquals(Outcome.ALREADY_STORED, reviews.addReview(newBook(), review), "the same form for another book");
    }

    @Test
    void oneFormUsedForTwoDifferentReviewsStoresBoth() {
        long bookId = newBook();
        String formId = "BBBBBBBBBBBBBBBBBBBBB" + TICKS.incrementAndGet() % 10;
        // A page served from the browser's cache (304) shows the same form in two tabs.
        assertEquals(Outcome.STORED, reviews.addReview(bookId, new NewReview("Tab One", 5, "First.", formId)));
        assertEquals(Outcome.STORED, reviews.addReview(bookId, new NewReview("Tab Two", 2, "Second.", formId)));
        assertEquals(Outcome.ALREADY_STORED, reviews.addReview(bookId, new NewReview("Tab Two", 2, "Second.", formId)),
                "the second form resent is still one review");
        assertEquals(List.of(2, 5), ratings(bookId, ReviewOrder.NEWEST));
    }

    @Test
    void everyReviewPageInEveryOrderMatchesASortOfAllTheRows() {
        long bookId = newBook();
        int[] ratings = new int[97];
        for (int i = 0; i < ratings.length; i++) {
            ratings[i] = (i * 7 + i / 3) % 5 + 1;
            reviews.addReview(bookId, new NewReview("Reader " + i, ratings[i], "Review " + i));
        }
        for (ReviewOrder order : ReviewOrder.values()) {
            List<String> expected = database.read(em -> em.createNativeQuery(
                    "SELECT body FROM review WHERE book_id = ? ORDER BY " + sqlOrder(order))
                    .setParameter(1, bookId).getResultList()).stream().map(String::valueOf).toList();
            List<String> paged = new ArrayList<>();
            int pages = Page.totalPages(ratings.length, BookService.REVIEWS_PER_PAGE);
            for (int page = 1; page <= pages; page++) {
                books.book(bookId, order, page).orElseThrow().reviews().getItems().forEach(r -> paged.add(r.getBody()));
            }
            assertEquals(expected, paged, order.name());
        }
        List<Object[]> places = database.read(em -> em.createNativeQuery(
                "SELECT COUNT(DISTINCT book_position), MIN(book_position), MAX(book_position) FROM review WHERE book_id = ?")
                .setParameter(1, bookId).getResultList());
        assertEquals(List.of(97, 1, 97), List.of(places.get(0)).stream().map(n -> ((Number) n).intValue()).toList());
    }

    /** The orders as plain SQL over created_at (the clock ticks once per review): the reference. */
    private static String sqlOrder(ReviewOrder order) {
        return switch (order) {
            case NEWEST -> "created_at DESC, id DESC";
            case OLDEST -> "created_at, id";
            case HIGHEST_RATED -> "rating DESC, created_at DESC, id DESC";
            case LOWEST_RATED -> "rating, created_at DESC, id DESC";
        };
    }

    @Test
    void unknownSortValuesMeanTheDefault() {
        assertEquals(BookOrder.TITLE, CatalogueServlet.SORT.from("drop table").order());
        assertEquals(BookOrder.TITLE, CatalogueServlet.SORT.from((String) null).order());
        assertEquals(BookOrder.HIGHEST_RATED, CatalogueServlet.SORT.from("rating").order());
        assertEquals(ReviewOrder.NEWEST, BookServlet.SORT.from("RATING").order());
        assertEquals(ReviewOrder.LOWEST_RATED, BookServlet.SORT.from("lowest").order());
        assertEquals(null, BookServlet.SORT.from("newest").getLinkValue(), "links leave the default out");
        assertEquals("lowest", BookServlet.SORT.from("lowest").getLinkValue());
    }

    private static List<Integer> ratings(long bookId, ReviewOrder order) {
        return books.book(bookId, order, 1).orElseThrow().reviews().getItems().stream().map(Review::getRating).toList();
    }

    private static List<Long> ids(Page<Book> page) {
        return page.getItems().stream().map(Book::getId).toList();
    }

    private static long newBook(String title, String author, String isbn, Integer year) {
        return database.write(em -> {
            Book book = new Book(title, author, isbn, year, "");
            em.persist(book);
            em.flush();
            return book.getId();
        });
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
