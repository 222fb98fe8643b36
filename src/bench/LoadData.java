import java.io.BufferedReader;
import java.io.IOException;
import java.io.Reader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.sql.Statement;
import java.sql.Timestamp;
import java.time.LocalDateTime;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Random;
import org.apache.derby.jdbc.EmbeddedDataSource;
import org.bookreviews.book.Isbn;
import org.bookreviews.persistence.Schema;

/**
 * Loads benchmark data straight into a new embedded Derby database, with the application's own
 * schema (its Flyway migrations) and the figures the application keeps per book (review count,
 * rating counts, each review's places), so the site serves it as if it had written it.
 *
 * <pre>
 *   java -cp "target/bookreviews/WEB-INF/lib/*:target/classes" src/bench/LoadData.java DB_DIR \
 *        --books N --reviews M --book1-reviews K     synthetic rows (deterministic)
 *   java ... src/bench/LoadData.java DB_DIR --csv-dir DIR
 *        the rows the Flask reference loads (its seed.py --csv-dir writes book.csv, review.csv)
 * </pre>
 *
 * Synthetic: book 1 gets K reviews, the others are dealt round-robin over books 2..N. Rows go
 * through files and Derby's import procedure (bulk insert into the empty tables, indexes built
 * once at the end: 4x faster than batched INSERTs here). The durable commit is not touched.
 */
public final class LoadData {

    private static final int BATCH = 5_000;
    private static final String[] ADJECTIVES = ("Silent Crimson Hidden Last Forgotten Golden Broken Distant Quiet Burning"
            + " Paper Glass Northern Winter Secret Endless Wandering Iron Hollow Bright").split(" ");
    private static final String[] NOUNS = ("River Garden Kingdom Letter Harbor Mountain Library Orchard Lantern Voyage"
            + " Machine Island Archive Sparrow Compass Cathedral Mirror Tide Engine Meadow").split(" ");
    private static final String[] NAMES = ("Ada Ben Chloe Dmitri Elena Farid Grace Hiro Imani Jonas Kavya Liam Mei Nora"
            + " Omar Priya Quinn Rosa Sven Tariq Uma Victor Wen Ximena Yusuf Zoë").split(" ");
    private static final String[] WORDS = ("the a story plot character writing pace ending chapter author world dialogue"
            + " tension prose twist memorable slow brilliant dull moving vivid clever predictable gripping heartfelt").split(" ");
    private static final int[] RATING_WEIGHTS = {5, 10, 20, 35, 30}; // 1..5 stars, as the Flask seed

    record BookRow(long id, String title, String author, String isbn, Integer year, String description) {
    }

    record ReviewRow(long bookId, String name, int rating, String body, LocalDateTime createdAt) {
    }

    public static void main(String[] args) throws Exception {
        if (args.length < 2) {
            System.err.println("usage: LoadData DB_DIR (--books N --reviews M --book1-reviews K | --csv-dir DIR)");
            System.exit(2);
        }
        Path directory = Path.of(args[0]).toAbsolutePath();
        if (Files.exists(directory)) {
            throw new IllegalStateException(directory + " exists: the loader only creates new databases");
        }
        long books = 200, reviews = 20_000, book1 = 1_000;
        Path csv = null;
        for (int i = 1; i < args.length; i += 2) {
            switch (args[i]) {
                case "--books" -> books = Long.parseLong(args[i + 1]);
                case "--reviews" -> reviews = Long.parseLong(args[i + 1]);
                case "--book1-reviews" -> book1 = Long.parseLong(args[i + 1]);
                case "--csv-dir" -> csv = Path.of(args[i + 1]);
                default -> throw new IllegalArgumentException("unknown option " + args[i]);
            }
        }
        EmbeddedDataSource dataSource = new EmbeddedDataSource();
        dataSource.setDatabaseName(directory.toString());
        dataSource.setCreateDatabase("create");
        long start = System.nanoTime();
        Schema.migrate(dataSource);
        try (Connection connection = dataSource.getConnection()) {
            connection.setAutoCommit(false);
            Loader loader = new Loader(connection, Path.of(directory + "-reviews.csv"));
            if (csv != null) {
                loader.loadCsv(csv);
            } else {
                loader.loadSynthetic(books, reviews, Math.min(book1, reviews));
            }
            loader.finish();
            System.out.printf("loaded %s: %d books, %d reviews (book 1: %d) in %.1f s%n", directory,
                    loader.bookCount, loader.reviewCount, loader.counts[1][0], (System.nanoTime() - start) / 1e9);
        } finally {
            try {
                dataSource.setCreateDatabase(null);
                dataSource.setShutdownDatabase("shutdown");
                dataSource.getConnection().close();
            } catch (SQLException shutDown) {
                // Derby reports a clean shutdown as an exception (08006)
            }
        }
    }

    /** Inserts books, then reviews in each book's date order (their places), then the books' figures. */
    static final class Loader {
        private final Connection connection;
        /** counts[book][0]: reviews, counts[book][1..5]: reviews per rating; index = book id. */
        int[][] counts;
        long bookCount;
        long reviewCount;
        /** The reviews' file for Derby's bulk import. */
        private final Path reviewFile;
        private final java.io.Writer reviews;

        Loader(Connection connection, Path reviewFile) throws IOException {
            this.connection = connection;
            this.reviewFile = reviewFile;
            this.reviews = Files.newBufferedWriter(reviewFile, StandardCharsets.UTF_8);
        }

        void loadSynthetic(long books, long reviews, long book1) throws SQLException, IOException {
            Random random = new Random(20240101);
            insertBooks(books, id -> new BookRow(id, "The " + pick(random, ADJECTIVES) + " " + pick(random, NOUNS)
                    + " " + id, pick(random, NAMES) + " " + pick(random, NAMES) + "son", isbn13(id),
                    1950 + random.nextInt(74), sentence(random, 30)));
            LocalDateTime base = LocalDateTime.of(2020, 1, 1, 12, 0);
            for (long i = 0; i < reviews; i++) {
                long bookId = i < book1 ? 1 : 2 + (i - book1) % (books - 1);
                insertReview(new ReviewRow(bookId, pick(random, NAMES) + " " + (char) ('A' + random.nextInt(26)) + ".",
                        weightedRating(random), sentence(random, 12 + random.nextInt(30)), base.plusSeconds(i * 30)));
            }
        }

        void loadCsv(Path directory) throws IOException, SQLException {
            List<String[]> bookRows = readCsv(directory.resolve("book.csv"));
            List<BookRow> bookList = new ArrayList<>();
            for (String[] r : bookRows) {
                bookList.add(new BookRow(Long.parseLong(r[0]), r[1], r[2], r[3], r[4].isEmpty() ? null : Integer.valueOf(r[4]), r[5]));
            }
            long maxId = bookList.stream().mapToLong(BookRow::id).max().orElse(0);
            insertBooks(maxId, id -> bookList.get((int) id - 1));
            DateTimeFormatter format = DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm:ss");
            List<ReviewRow> reviews = new ArrayList<>();
            List<Long> ids = new ArrayList<>();
            for (String[] r : readCsv(directory.resolve("review.csv"))) {
                reviews.add(new ReviewRow(Long.parseLong(r[1]), r[2], Integer.parseInt(r[3]), r[4], LocalDateTime.parse(r[5], format)));
                ids.add(Long.parseLong(r[0]));
            }
            // Places follow each book's date order (ties: the Flask row id), as the Flask app sorts.
            List<Integer> order = new ArrayList<>();
            for (int i = 0; i < reviews.size(); i++) {
                order.add(i);
            }
            order.sort(Comparator.<Integer>comparingLong(i -> reviews.get(i).bookId())
                    .thenComparing(i -> reviews.get(i).createdAt()).thenComparingLong(ids::get));
            for (int i : order) {
                insertReview(reviews.get(i));
            }
        }

        private void insertBooks(long books, java.util.function.LongFunction<BookRow> book) throws SQLException, IOException {
            counts = new int[(int) books + 1][6];
            // Through a file and the import procedure as well: one statement, so the catalogue's
            // book-count trigger fires once, not 100,000 times.
            Path bookFile = Path.of(reviewFile.toString().replace("-reviews.csv", "-books.csv"));
            try (java.io.Writer out = Files.newBufferedWriter(bookFile, StandardCharsets.UTF_8)) {
                for (long id = 1; id <= books; id++) {
                    BookRow row = book.apply(id);
                    out.append(Long.toString(row.id())).append(',').append(quoted(row.title())).append(',')
                            .append(quoted(row.author())).append(',').append(quoted(row.isbn())).append(',')
                            .append(row.year() == null ? "" : row.year().toString()).append(',')
                            .append(quoted(row.description())).append('\n');
                }
            }
            try (PreparedStatement importBooks = connection.prepareStatement("CALL SYSCS_UTIL.SYSCS_IMPORT_DATA("
                    + "'APP', 'BOOK', 'ID,TITLE,AUTHOR,ISBN,PUBLISHED_YEAR,DESCRIPTION', NULL, ?, ',', '\"', 'UTF-8', 0)")) {
                importBooks.setString(1, bookFile.toString());
                importBooks.execute();
            }
            connection.commit();
            Files.delete(bookFile);
            bookCount = books;
            try (Statement sql = connection.createStatement()) { // new books continue after the loaded ids
                sql.executeUpdate("ALTER TABLE book ALTER COLUMN id RESTART WITH " + (books + 1));
            }
            connection.commit();
        }

        /** Reviews of one book must come in date order: a review's place is its rank in it. */
        private void insertReview(ReviewRow row) throws IOException {
            int[] figures = counts[(int) row.bookId()];
            figures[0]++;
            figures[row.rating()]++;
            reviewCount++;
            reviews.append(Long.toString(row.bookId())).append(',').append(quoted(row.name())).append(',')
                    .append(Integer.toString(row.rating())).append(',').append(quoted(row.body())).append(',')
                    .append(Timestamp.valueOf(row.createdAt()).toString()).append(",load-").append(Long.toString(reviewCount))
                    .append(',').append(Integer.toString(figures[0])).append(',').append(Integer.toString(figures[row.rating()]))
                    .append('\n');
        }

        private static String quoted(String text) {
            return '"' + text.replace("\"", "\"\"") + '"';
        }

        /** Writes every book's figures, then refreshes the index statistics the optimizer uses. */
        void finish() throws SQLException, IOException {
            reviews.close();
            try (PreparedStatement importReviews = connection.prepareStatement("CALL SYSCS_UTIL.SYSCS_IMPORT_DATA("
                    + "'APP', 'REVIEW', 'BOOK_ID,REVIEWER_NAME,RATING,BODY,CREATED_AT,SUBMISSION_ID,BOOK_POSITION,"
                    + "RATING_POSITION', NULL, ?, ',', '\"', 'UTF-8', 0)")) {
                importReviews.setString(1, reviewFile.toString());
                importReviews.execute();
            }
            connection.commit();
            Files.delete(reviewFile);
            try (PreparedStatement update = connection.prepareStatement("UPDATE book SET review_count = ?, rating_total = ?,"
                    + " rating_1_count = ?, rating_2_count = ?, rating_3_count = ?, rating_4_count = ?, rating_5_count = ?"
                    + " WHERE id = ?")) {
                int pending = 0;
                for (int id = 1; id < counts.length; id++) {
                    int[] f = counts[id];
                    if (f[0] == 0) {
                        continue;
                    }
                    update.setInt(1, f[0]);
                    update.setLong(2, f[1] + 2L * f[2] + 3L * f[3] + 4L * f[4] + 5L * f[5]);
                    for (int stars = 1; stars <= 5; stars++) {
                        update.setInt(2 + stars, f[stars]);
                    }
                    update.setLong(8, id);
                    update.addBatch();
                    if (++pending % BATCH == 0) {
                        update.executeBatch();
                        connection.commit();
                    }
                }
                update.executeBatch();
                connection.commit();
            }
            try (Statement sql = connection.createStatement()) {
                for (String table : new String[] {"BOOK", "REVIEW"}) {
                    sql.execute("CALL SYSCS_UTIL.SYSCS_UPDATE_STATISTICS('APP', '" + table + "', NULL)");
                }
            }
            connection.commit();
        }
    }

    static String isbn13(long n) {
        return Isbn.withCheckDigit(String.format("978%09d", n));
    }

    private static String pick(Random random, String[] words) {
        return words[random.nextInt(words.length)];
    }

    private static int weightedRating(Random random) {
        int roll = random.nextInt(100);
        for (int stars = 1; stars <= 5; stars++) {
            roll -= RATING_WEIGHTS[stars - 1];
            if (roll < 0) {
                return stars;
            }
        }
        return 5;
    }

    private static String sentence(Random random, int words) {
        StringBuilder text = new StringBuilder();
        for (int i = 0; i < words; i++) {
            text.append(i == 0 ? "" : " ").append(pick(random, WORDS));
        }
        return Character.toUpperCase(text.charAt(0)) + text.substring(1) + ".";
    }

    /** RFC 4180 CSV as Python's csv module writes it (quoted fields, doubled quotes, CRLF); header skipped. */
    static List<String[]> readCsv(Path file) throws IOException {
        List<String[]> rows = new ArrayList<>();
        try (Reader in = new BufferedReader(Files.newBufferedReader(file, StandardCharsets.UTF_8))) {
            List<String> fields = new ArrayList<>();
            StringBuilder field = new StringBuilder();
            boolean quoted = false;
            boolean header = true;
            for (int c = in.read(); c != -1; c = in.read()) {
                if (quoted) {
                    if (c == '"') {
                        in.mark(1);
                        int next = in.read();
                        if (next == '"') {
                            field.append('"');
                        } else {
                            quoted = false;
                            if (next == -1) {
                                break;
                            }
                            in.reset();
                        }
                    } else {
                        field.append((char) c);
                    }
                } else if (c == '"') {
                    quoted = true;
                } else if (c == ',') {
                    fields.add(field.toString());
                    field.setLength(0);
                } else if (c == '\n') {
                    fields.add(field.toString());
                    field.setLength(0);
                    if (!header) {
                        rows.add(fields.toArray(String[]::new));
                    }
                    header = false;
                    fields.clear();
                } else if (c != '\r') {
                    field.append((char) c);
                }
            }
            if (!fields.isEmpty() || field.length() > 0) {
                fields.add(field.toString());
                rows.add(fields.toArray(String[]::new));
            }
        }
        return rows;
    }
}
