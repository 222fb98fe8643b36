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
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicLong;
import java.util.function.IntUnaryOperator;
import org.bookreviews.app.DemoCatalogue;
import org.bookreviews.book.ReviewService.Outcome;
import org.bookreviews.catalogue.BookOrder;
import org.bookreviews.catalogue.Catalogue;
import org.bookreviews.catalogue.CatalogueServlet;
import org.bookreviews.catalogue.SearchIndex;
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
    private static SearchIndex searchIndex;
    private static Catalogue catalogue;
    private static BookService books;
    private static ReviewService reviews;

    @BeforeAll
    static void openDatabase() {
        Path directory = Path.of("target", "unit-db", UUID.randomUUID().toString()).toAbsolutePath();
        database = Database.open(directory);
        searchIndex = new SearchIndex(database, Path.of("target", "unit-search", UUID.randomUUID().toString()));
        catalogue = new Catalogue(database, searchIndex);
        books = new BookService(database);
        reviews = new ReviewService(database, CLOCK);
        assertEquals(DemoCatalogue.BOOK_COUNT, DemoCatalogue.createIfEmpty(database, CLOCK));
    }

    @AfterAll
    static void closeDatabase() {
        searchIndex.close();
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
        assertEquals(Outcome.CREATED, reviews.write(bookId, legacy("Zoë 李 🚀", 4, "Line one\nline two")));
        assertEquals(Outcome.CREATED, reviews.write(bookId, legacy("Ann", 1, "Meh.")));

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
        assertEquals(Outcome.NO_SUCH_BOOK, reviews.write(987_654_321L, legacy("Ann", 3, "Lost.")));
        assertEquals(before, reviewRows());
    }

    @Test
    void reviewsArePagedNewestFirst() {
        long bookId = newBook();
        for (int i = 1; i <= 41; i++) {
            reviews.write(bookId, legacy("Reader " + i, 3, "Text " + i));
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
                    assertEquals(Outcome.CREATED, reviews.write(bookId, legacy("Writer " + writer, rating, "Review " + i)));
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
            reviews.write(bookId, legacy("Reader", rating, "Text"));
        }
        List<RatingShare> shares = RatingShare.distributionOf(books.findBook(bookId).orElseThrow());
        assertEquals(List.of(new RatingShare(5, 2, 50), new RatingShare(4, 1, 25),
                new RatingShare(3, 0, 0), new RatingShare(2, 0, 0), new RatingShare(1, 1, 25)), shares);
    }

    @Test
    void theCatalogueSortsByRatingReviewsAndNewest() {
        String marker = "Sort" + TICKS.incrementAndGet();
        long good = newBook(marker + " A", "Ann", "R" + TICKS.incrementAndGet(), 1990);
        long popular = newBook(marker + " B", "Ann", "R" + TICKS.incrementAndGet(), 2020);
        long unread = newBook(marker + " C", "Ann", "R" + TICKS.incrementAndGet(), null);
        reviews.write(good, legacy("R", 5, "T"));
        for (int i = 0; i < 3; i++) {
            reviews.write(popular, legacy("R", 3, "T"));
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
            reviews.write(bookId, legacy("Rated " + rating + " at " + TICKS.get(), rating, "T"));
        }
        assertEquals(List.of(5, 1, 5, 3), ratings(bookId, ReviewOrder.NEWEST));
        assertEquals(List.of(3, 5, 1, 5), ratings(bookId, ReviewOrder.OLDEST));
        assertEquals(List.of(5, 5, 3, 1), ratings(bookId, ReviewOrder.HIGHEST_RATED));
        assertEquals(List.of(1, 3, 5, 5), ratings(bookId, ReviewOrder.LOWEST_RATED));
        List<Review> highest = books.book(bookId, ReviewOrder.HIGHEST_RATED, 1).orElseThrow().reviews().getItems();
        assertTrue(highest.get(0).getCreatedAt().isAfter(highest.get(1).getCreatedAt()), "newest first among equals");
    }

    @Test
    void aReaderHasOneReviewPerBookAndWritingAgainReplacesIt() {
        long bookId = newBook();
        long reader = newReader();
        reviews.write(bookId, legacy("Before", 4, "Someone else's."));
        assertEquals(Outcome.CREATED, reviews.write(bookId, new NewReview(reader, "Zoë", 5, "Loved it.", false)));
        assertEquals(Outcome.REPLACED, reviews.write(bookId, new NewReview(reader, "Zoë", 2, "On second thought.", true)));

        Book book = books.findBook(bookId).orElseThrow();
        assertEquals(List.of(2, 6L, 0, 1, 0, 1, 0), List.of(book.getReviewCount(), book.getRatingTotal(),
                book.getCountOfRating(1), book.getCountOfRating(2), book.getCountOfRating(3), book.getCountOfRating(4),
                book.getCountOfRating(5)));
        OwnReview mine = reviews.findMine(bookId, reader).orElseThrow();
        assertEquals(List.of(2, "On second thought.", true), List.of(mine.getRating(), mine.getBody(), mine.isSpoiler()));
        Review stored = books.review(mine.getId()).orElseThrow();
        assertTrue(stored.getUpdatedAt().isAfter(stored.getCreatedAt()), "edited after it was written");
        assertEquals(2, stored.getBookPosition(), "an edit keeps the review's place in time");
        assertEquals(List.of(2, 4), ratings(bookId, ReviewOrder.NEWEST));
        assertEquals(List.of(2, 4), ratings(bookId, ReviewOrder.LOWEST_RATED));
        assertFiguresMatchRows(bookId);
    }

    @Test
    void aReadersOwnReviewIsReadWhileAnotherReaderOfTheBookIsBeingWritten() throws Exception {
        long bookId = newBook();
        long reader = newReader();
        reviews.write(bookId, new NewReview(reader, "Zoë 李 🚀 O'Brien", 4, "Mine.", false));
        CountDownLatch locked = new CountDownLatch(1);
        CountDownLatch release = new CountDownLatch(1);
        ExecutorService writer = Executors.newSingleThreadExecutor();
        // A writer of the book holds its row locked until its commit, as every review's transaction does.
        Future<?> writing = writer.submit(() -> database.write(em -> {
            BookService.lockForWriting(em, bookId);
            locked.countDown();
            try {
                return release.await(30, TimeUnit.SECONDS);
            } catch (InterruptedException e) {
                throw new IllegalStateException(e);
            }
        }));
        try {
            assertTrue(locked.await(10, TimeUnit.SECONDS), "the writer has the book");
            ExecutorService page = Executors.newSingleThreadExecutor();
            Future<OwnReview> mine = page.submit(() -> reviews.findMine(bookId, reader).orElseThrow());
            OwnReview read = mine.get(5, TimeUnit.SECONDS); // the review entity, with its book, waited for the commit
            assertEquals(List.of("Zoë 李 🚀 O'Brien", 4, "Mine."), List.of(read.getReviewerName(), read.getRating(), read.getBody()));
            page.shutdown();
        } finally {
            release.countDown();
            writing.get(30, TimeUnit.SECONDS);
            writer.shutdown();
        }
    }

    @Test
    void theSameReviewSentTogetherIsStoredOnce() throws Exception {
        long bookId = newBook();
        long reader = newReader();
        ExecutorService clicks = Executors.newFixedThreadPool(4);
        List<Future<Outcome>> outcomes = new ArrayList<>();
        for (int i = 0; i < 4; i++) {
            outcomes.add(clicks.submit(() -> reviews.write(bookId, new NewReview(reader, "Double Clicker", 4, "Clicked.", false))));
        }
        List<Outcome> results = new ArrayList<>();
        for (Future<Outcome> outcome : outcomes) {
            results.add(outcome.get());
        }
        clicks.shutdown();
        assertEquals(1, results.stream().filter(o -> o == Outcome.CREATED).count(), results.toString());
        assertEquals(3, results.stream().filter(o -> o == Outcome.REPLACED).count(), results.toString());
        assertEquals(1, books.findBook(bookId).orElseThrow().getReviewCount());
        assertFiguresMatchRows(bookId);
    }

    @Test
    void deletingAReviewTakesItOutOfTheFiguresAndClosesItsPlaces() {
        long bookId = newBook();
        long reader = newReader();
        reviews.write(bookId, legacy("First", 5, "1"));
        reviews.write(bookId, new NewReview(reader, "Mine", 5, "2", false));
        reviews.write(bookId, legacy("Third", 5, "3"));
        assertEquals(Outcome.DELETED, reviews.delete(bookId, reader));
        assertEquals(Outcome.NOTHING_TO_DELETE, reviews.delete(bookId, reader));
        assertEquals(Outcome.NO_SUCH_BOOK, reviews.delete(987_654_321L, reader));
        assertEquals(List.of("3", "1"), bodies(bookId, ReviewOrder.NEWEST));
        assertEquals(List.of("3", "1"), bodies(bookId, ReviewOrder.HIGHEST_RATED));
        assertEquals(2, books.findBook(bookId).orElseThrow().getReviewCount());
        assertFiguresMatchRows(bookId);
    }

    @Test
    void reviewsWrittenAtOnceAreCommittedTogetherAndOneThatCannotBeStoredFailsAlone() throws Exception {
        long bookId = newBook();
        int readers = 16;
        List<Long> ids = newReaders(readers);
        long togetherBefore = reviews.reviewsWrittenTogether();
        String tooLong = "x".repeat(10_001); // the column holds 10,000: the database refuses it
        ExecutorService writers = Executors.newFixedThreadPool(readers);
        java.util.concurrent.CyclicBarrier together = new java.util.concurrent.CyclicBarrier(readers);
        List<Future<List<String>>> done = new ArrayList<>();
        for (int r = 0; r < readers; r++) {
            long reader = ids.get(r);
            int seed = r;
            done.add(writers.submit(() -> {
                List<String> outcomes = new ArrayList<>();
                for (int round = 0; round < 10; round++) {
                    together.await();
                    // Reader 0 sends a review the database refuses in every even round.
                    String body = seed == 0 && round % 2 == 0 ? tooLong : "Round " + round + " of reader " + seed;
                    try {
                        outcomes.add(reviews.write(bookId, new NewReview(reader, "Reader " + seed, (seed + round) % 5 + 1,
                                body, false)).name());
                    } catch (org.bookreviews.persistence.DataAccessException e) {
                        outcomes.add("FAILED");
                    }
                }
                return outcomes;
            }));
        }
        for (int r = 0; r < readers; r++) {
            List<String> outcomes = done.get(r).get();
            if (r == 0) {
                assertEquals(List.of("FAILED", "CREATED", "FAILED", "REPLACED", "FAILED", "REPLACED", "FAILED", "REPLACED",
                        "FAILED", "REPLACED"), outcomes, "reader 0: each refused review alone failed");
            } else {
                assertEquals("CREATED", outcomes.get(0), "reader " + r);
                assertEquals(java.util.Collections.nCopies(9, "REPLACED"), outcomes.subList(1, 10), "reader " + r);
            }
        }
        writers.shutdown();
        assertTrue(reviews.reviewsWrittenTogether() > togetherBefore, "writers that came together shared a transaction");
        for (int r = 0; r < readers; r++) {
            long reader = ids.get(r);
            List<?> bodies = database.read(em -> em.createNativeQuery("SELECT body FROM review WHERE book_id = ? AND reader_id = ?")
                    .setParameter(1, bookId).setParameter(2, reader).getResultList());
            assertEquals(List.of("Round 9 of reader " + r), bodies, "reader " + r);
        }
        assertFiguresMatchRows(bookId);
        assertPagesMatchRows(bookId);
    }

    @Test
    void moreWritersAtOnceThanAGroupHoldsAreEachAnsweredAfterTheirOwnReviewIsStored() throws Exception {
        long bookId = newBook();
        int readers = 150; // more than one group (64) waiting at once
        List<Long> ids = newReaders(readers);
        ExecutorService writers = Executors.newFixedThreadPool(readers);
        java.util.concurrent.CyclicBarrier together = new java.util.concurrent.CyclicBarrier(readers);
        List<Future<Boolean>> stored = new ArrayList<>();
        for (int r = 0; r < readers; r++) {
            long reader = ids.get(r);
            int seed = r;
            stored.add(writers.submit(() -> {
                together.await();
                Outcome outcome = reviews.write(bookId, new NewReview(reader, "Reader " + seed, seed % 5 + 1, "Mine", false));
                // Answered: the review is in the database now, not merely queued.
                long rows = database.read(em -> ((Number) em.createNativeQuery(
                        "SELECT COUNT(*) FROM review WHERE book_id = ? AND reader_id = ?")
                        .setParameter(1, bookId).setParameter(2, reader).getSingleResult()).longValue());
                return outcome == Outcome.CREATED && rows == 1;
            }));
        }
        for (int r = 0; r < readers; r++) {
            assertTrue(stored.get(r).get(), "reader " + r + ": CREATED and stored when answered");
        }
        writers.shutdown();
        assertEquals(readers, books.findBook(bookId).orElseThrow().getReviewCount());
        assertFiguresMatchRows(bookId);
    }

    @Test
    void sixteenReadersEditingAndDeletingAtOnceKeepTheFiguresExact() throws Exception {
        long bookId = newBook();
        int readers = 16;
        List<Long> ids = newReaders(readers);
        ExecutorService writers = Executors.newFixedThreadPool(readers);
        List<Future<?>> done = new ArrayList<>();
        for (int r = 0; r < readers; r++) {
            long reader = ids.get(r);
            int seed = r;
            done.add(writers.submit(() -> {
                for (int round = 0; round < 6; round++) {
                    int rating = (seed + round) % 5 + 1;
                    reviews.write(bookId, new NewReview(reader, "Reader " + seed, rating, "Round " + round, round % 2 == 0));
                    if ((seed + round) % 3 == 0) {
                        reviews.delete(bookId, reader);
                    }
                }
                return null;
            }));
        }
        for (Future<?> future : done) {
            future.get();
        }
        writers.shutdown();
        assertFiguresMatchRows(bookId);
        assertPagesMatchRows(bookId);
    }

    /**
     * What the benchmark's one-book flow does: pages of a popular book read while its readers
     * change their ratings (each change renumbers places, highest first). A read that walks the
     * rows the other way round deadlocks with such a change; Derby finds that only after its
     * deadlock timeout (20 s), and a reader's page fails. Every read here must come back, each
     * within seconds.
     */
    @Test
    void pagesReadWhileReadersChangeTheirRatingsNeitherFailNorWaitForADeadlock() throws Exception {
        long bookId = newBook();
        List<Long> ids = newReaders(120);
        for (int r = 0; r < ids.size(); r++) {
            reviews.write(bookId, new NewReview(ids.get(r), "Reader " + r, r % 5 + 1, "First", false));
        }
        int writers = 8;
        int readers = 8;
        ExecutorService people = Executors.newFixedThreadPool(writers + readers);
        long until = System.nanoTime() + java.util.concurrent.TimeUnit.SECONDS.toNanos(4);
        List<Future<Integer>> reads = new ArrayList<>();
        List<Future<?>> writes = new ArrayList<>();
        for (int w = 0; w < writers; w++) {
            int seed = w;
            writes.add(people.submit(() -> {
                java.util.Random random = new java.util.Random(seed);
                while (System.nanoTime() < until) {
                    long reader = ids.get(random.nextInt(ids.size()));
                    reviews.write(bookId, new NewReview(reader, "Reader", random.nextInt(5) + 1, "Again", false));
                }
                return null;
            }));
        }
        ReviewOrder[] orders = ReviewOrder.values();
        for (int r = 0; r < readers; r++) {
            int seed = r;
            reads.add(people.submit(() -> {
                int pages = 0;
                while (System.nanoTime() < until) {
                    ReviewOrder order = orders[(seed + pages) % orders.length];
                    long started = System.nanoTime();
                    int shown = books.book(bookId, order, 1 + pages % 3).orElseThrow().reviews().getItems().size();
                    assertEquals(BookService.REVIEWS_PER_PAGE, shown, order + " page");
                    long millis = java.util.concurrent.TimeUnit.NANOSECONDS.toMillis(System.nanoTime() - started);
                    assertTrue(millis < 5_000, order + " page took " + millis + " ms");
                    pages++;
                }
                return pages;
            }));
        }
        int pages = 0;
        for (Future<Integer> read : reads) {
            pages += read.get(60, java.util.concurrent.TimeUnit.SECONDS);
        }
        for (Future<?> write : writes) {
            write.get(60, java.util.concurrent.TimeUnit.SECONDS);
        }
        people.shutdown();
        assertTrue(pages > readers, "pages read: " + pages);
        assertFiguresMatchRows(bookId);
        assertPagesMatchRows(bookId);
    }

    @Test
    void everyReviewPageInEveryOrderMatchesASortOfAllTheRows() {
        long bookId = newBook();
        int[] ratings = new int[97];
        for (int i = 0; i < ratings.length; i++) {
            ratings[i] = (i * 7 + i / 3) % 5 + 1;
            reviews.write(bookId, legacy("Reader " + i, ratings[i], "Review " + i));
        }
        assertPagesMatchRows(bookId);
        List<Object[]> places = database.read(em -> em.createNativeQuery(
                "SELECT COUNT(DISTINCT book_position), MIN(book_position), MAX(book_position) FROM review WHERE book_id = ?")
                .setParameter(1, bookId).getResultList());
        assertEquals(List.of(97, 1, 97), List.of(places.get(0)).stream().map(n -> ((Number) n).intValue()).toList());
    }

    @Test
    void afterEditsAndDeletionsEveryPageStillMatchesASortOfAllTheRows() {
        long bookId = newBook();
        List<Long> readers = readersWhoReviewed(bookId, 61, i -> (i * 7 + i / 3) % 5 + 1);
        for (int i = 0; i < readers.size(); i++) {
            if (i % 4 == 1) {
                assertEquals(Outcome.DELETED, reviews.delete(bookId, readers.get(i)));
            } else if (i % 3 == 0) {
                assertEquals(Outcome.REPLACED, reviews.write(bookId,
                        new NewReview(readers.get(i), "Reader " + i, (i * 3) % 5 + 1, "Review " + i + " edited", true)));
            }
        }
        assertFiguresMatchRows(bookId);
        assertPagesMatchRows(bookId);
    }

    @Test
    void aReviewWhoseRatingChangesTakesItsPlaceByAgeWhereverItStands() {
        // The new place is counted from the reviews after it, before it or of the new rating,
        // whichever are fewest: the oldest and newest reviews, and the middle ones, take each way.
        long bookId = newBook();
        List<Long> readers = readersWhoReviewed(bookId, 45, i -> i % 5 + 1);
        for (int i : new int[] {0, 1, 9, 21, 22, 23, 35, 43, 44}) {
            int rating = (i + 2) % 5 + 1;
            assertEquals(Outcome.REPLACED, reviews.write(bookId,
                    new NewReview(readers.get(i), "Reader " + i, rating, "Review " + i + " now " + rating, false)));
            assertFiguresMatchRows(bookId);
            assertPagesMatchRows(bookId);
        }
    }

    @Test
    void aHiddenReviewLeavesTheFiguresAndPagesAndComesBackWithThemWhenRestored() {
        long bookId = newBook();
        List<Long> readers = readersWhoReviewed(bookId, 43, i -> (i * 7 + i / 3) % 5 + 1);
        Book before = books.findBook(bookId).orElseThrow();
        List<Long> hidden = new ArrayList<>();
        for (int i : new int[] {0, 5, 17, 30, 42}) {
            long reviewId = reviews.findMine(bookId, readers.get(i)).orElseThrow().getId();
            assertEquals(Outcome.HIDDEN, reviews.hide(reviewId, "Abusive <b>words</b>", "mod").outcome());
            assertEquals(Outcome.UNCHANGED, reviews.hide(reviewId, "twice", "mod").outcome(), "a second click changes nothing");
            hidden.add(reviewId);
            assertFiguresMatchRows(bookId);
        }
        assertEquals(before.getReviewCount() - 5, books.findBook(bookId).orElseThrow().getReviewCount());
        assertPagesMatchRows(bookId);
        OwnReview mine = reviews.findMine(bookId, readers.get(5)).orElseThrow();
        assertTrue(mine.isHidden(), "its author still has it");
        assertEquals("Abusive <b>words</b>", mine.getHiddenReason());

        // Its author edits it (rating too) and deletes another: the figures do not move.
        assertEquals(Outcome.REPLACED, reviews.write(bookId, new NewReview(readers.get(5), "Reader 5", 1, "Edited", false)));
        assertEquals(Outcome.DELETED, reviews.delete(bookId, readers.get(17)));
        hidden.remove(2);
        assertFiguresMatchRows(bookId);
        assertTrue(reviews.findMine(bookId, readers.get(5)).orElseThrow().isHidden(), "an edit does not show it again");

        for (long reviewId : hidden) {
            assertEquals(Outcome.RESTORED, reviews.restore(reviewId, "mod").outcome());
            assertFiguresMatchRows(bookId);
        }
        assertEquals(Outcome.UNCHANGED, reviews.restore(hidden.get(0), "mod").outcome());
        assertEquals(Outcome.NO_SUCH_REVIEW, reviews.hide(Long.MAX_VALUE, "gone", "mod").outcome());
        assertEquals(before.getReviewCount() - 1, books.findBook(bookId).orElseThrow().getReviewCount());
        assertPagesMatchRows(bookId);
        assertEquals(9L, (long) database.read(em -> ((Number) em.createNativeQuery(
                "SELECT COUNT(*) FROM audit_event WHERE action IN ('review.hidden', 'review.restored') AND subject LIKE ?")
                .setParameter(1, "% of book " + bookId + " %").getSingleResult()).longValue()),
                "each hide and restore in the audit log (5 hidden, 4 restored)");
    }

    @Test
    void sixteenModeratorsAndReadersAtOnceOnOneBookKeepTheFiguresExact() throws Exception {
        long bookId = newBook();
        List<Long> readers = new ArrayList<>();
        for (int r = 0; r < 8; r++) {
            readers.add(newReader());
            reviews.write(bookId, new NewReview(readers.get(r), "Reader " + r, r % 5 + 1, "First", false));
        }
        List<Long> reviewIds = new ArrayList<>();
        for (long reader : readers) {
            reviewIds.add(reviews.findMine(bookId, reader).orElseThrow().getId());
        }
        ExecutorService people = Executors.newFixedThreadPool(16);
        List<Future<?>> done = new ArrayList<>();
        for (int p = 0; p < 16; p++) {
            int seed = p;
            done.add(people.submit(() -> {
                for (int round = 0; round < 8; round++) {
                    if (seed < 8) { // a reader rewrites their review, changing its rating
                        reviews.write(bookId, new NewReview(readers.get(seed), "Reader " + seed, (seed + round) % 5 + 1,
                                "Round " + round, false));
                    } else { // a moderator hides or restores someone's review
                        long reviewId = reviewIds.get((seed + round) % reviewIds.size());
                        if ((seed + round) % 2 == 0) {
                            reviews.hide(reviewId, "Round " + round, "mod" + seed);
                        } else {
                            reviews.restore(reviewId, "mod" + seed);
                        }
                    }
                }
                return null;
            }));
        }
        for (Future<?> future : done) {
            future.get();
        }
        people.shutdown();
        assertFiguresMatchRows(bookId);
        assertPagesMatchRows(bookId);
    }

    /** Every page in every order equals a plain SQL sort of the rows; the places are dense. */
    private static void assertPagesMatchRows(long bookId) {
        long count = books.findBook(bookId).orElseThrow().getReviewCount();
        for (ReviewOrder order : ReviewOrder.values()) {
            List<String> expected = database.read(em -> em.createNativeQuery(
                    "SELECT body FROM review WHERE book_id = ? AND hidden_at IS NULL ORDER BY " + sqlOrder(order))
                    .setParameter(1, bookId).getResultList()).stream().map(String::valueOf).toList();
            List<String> paged = new ArrayList<>();
            int pages = Page.totalPages(count, BookService.REVIEWS_PER_PAGE);
            for (int page = 1; page <= pages; page++) {
                books.book(bookId, order, page).orElseThrow().reviews().getItems().forEach(r -> paged.add(r.getBody()));
            }
            assertEquals(expected, paged, order.name());
        }
    }

    /** The book's figures equal what its rows say, and its places are 1..n (per rating too), each once. */
    private static void assertFiguresMatchRows(long bookId) {
        Book book = books.findBook(bookId).orElseThrow();
        Object[] fromRows = database.read(em -> (Object[]) em.createNativeQuery(
                "SELECT COUNT(*), COALESCE(SUM(rating), 0), COUNT(DISTINCT book_position), COALESCE(MAX(book_position), 0)"
                        + " FROM review WHERE book_id = ? AND hidden_at IS NULL").setParameter(1, bookId).getSingleResult());
        assertEquals(List.of((long) book.getReviewCount(), book.getRatingTotal(), (long) book.getReviewCount(),
                        (long) book.getReviewCount()),
                List.of(fromRows).stream().map(n -> ((Number) n).longValue()).toList(), "count, total, places");
        for (int stars = 1; stars <= 5; stars++) {
            int rating = stars;
            Object[] ofRating = database.read(em -> (Object[]) em.createNativeQuery(
                    "SELECT COUNT(*), COUNT(DISTINCT rating_position), COALESCE(MAX(rating_position), 0)"
                            + " FROM review WHERE book_id = ? AND rating = ? AND hidden_at IS NULL")
                    .setParameter(1, bookId).setParameter(2, rating).getSingleResult());
            long rows = ((Number) ofRating[0]).longValue();
            assertEquals(List.of((long) book.getCountOfRating(stars), rows, rows),
                    List.of(rows, ((Number) ofRating[1]).longValue(), ((Number) ofRating[2]).longValue()), stars + " stars");
        }
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

    private static List<String> bodies(long bookId, ReviewOrder order) {
        return books.book(bookId, order, 1).orElseThrow().reviews().getItems().stream().map(Review::getBody).toList();
    }

    /** A review from before accounts: no reader. */
    private static NewReview legacy(String name, int rating, String body) {
        return new NewReview(null, name, rating, body, false);
    }

    private static List<Long> newReaders(int count) {
        List<Long> ids = new ArrayList<>();
        for (int r = 0; r < count; r++) {
            ids.add(newReader());
        }
        return ids;
    }

    /** New readers 0..count-1, each with a review of the book ("Review i" by "Reader i", rating of i), in that order. */
    private static List<Long> readersWhoReviewed(long bookId, int count, IntUnaryOperator ratingOf) {
        List<Long> readers = new ArrayList<>();
        for (int i = 0; i < count; i++) {
            readers.add(newReader());
            reviews.write(bookId, new NewReview(readers.get(i), "Reader " + i, ratingOf.applyAsInt(i), "Review " + i, false));
        }
        return readers;
    }

    /** A reader, inserted as SQL would (the account rules are tested elsewhere). */
    private static long newReader() {
        String name = "r" + TICKS.incrementAndGet() + "-" + UUID.randomUUID().toString().substring(0, 8);
        return database.write(em -> {
            em.createNativeQuery("INSERT INTO reader (username, username_key, display_name, password_hash, created_at)"
                    + " VALUES (?, ?, ?, 'x', CURRENT_TIMESTAMP)").setParameter(1, name).setParameter(2, name)
                    .setParameter(3, name).executeUpdate();
            return ((Number) em.createNativeQuery("SELECT id FROM reader WHERE username_key = ?").setParameter(1, name)
                    .getSingleResult()).longValue();
        });
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
