package org.bookreviews.importing;

import jakarta.persistence.EntityManager;
import jakarta.persistence.Query;
import java.sql.Timestamp;
import java.time.Clock;
import java.time.Duration;
import java.time.LocalDateTime;
import java.time.Year;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.TimeUnit;
import java.util.logging.Level;
import java.util.logging.Logger;
import java.util.stream.Stream;
import org.bookreviews.book.BookForm;
import org.bookreviews.book.BookForm.Details;
import org.bookreviews.http.Problem;
import org.bookreviews.importing.CatalogueFile.Parsed;
import org.bookreviews.importing.CatalogueFile.Row;
import org.bookreviews.persistence.Database;
import org.bookreviews.rendering.PageCache;
import org.bookreviews.security.AuditLog;

/**
 * Catalogue imports (tables {@code book_import}, {@code book_import_rejection}), run one at a
 * time on a thread of their own. Rows are checked as the book form checks them and matched to the
 * catalogue by ISBN: a new ISBN adds a book, a known one updates it where the row differs (an
 * empty year or description keeps the stored one), an equal one is left alone. Each batch of
 * {@value #BATCH} rows commits its books, its rejections and the import's counts together: a
 * server stopped mid-import loses no committed row, and the same file imported again adds only
 * what is missing.
 */
public final class Imports implements AutoCloseable {

    private static final Logger LOG = Logger.getLogger(Imports.class.getName());
    static final int BATCH = 500;
    /** A running import whose counts have not moved for this long was stopped with its server. */
    static final Duration STALLED = Duration.ofSeconds(60);
    private static final int REJECTIONS_LISTED = 1000;

    private final Database database;
    private final Clock clock;
    private final PageCache pages;
    /** Set at undeploy: the running import stops after its current batch (no interrupt: Derby's I/O would take it badly). */
    private volatile boolean stopping;
    // One import at a time; its thread is the only one this class starts, and close() ends it.
    private final ExecutorService runner = Executors.newSingleThreadExecutor(task -> {
        Thread thread = new Thread(task, "bookreviews-import");
        thread.setDaemon(true);
        return thread;
    });

    public Imports(Database database, Clock clock, PageCache pages) {
        this.database = database;
        this.clock = clock;
        this.pages = pages;
    }

    /** An import as its page shows it (a class: EL 6 reads only a record's components, and the page reads {@code percent}). */
    public static final class Status {
        private final long id;
        private final String librarian;
        private final String fileName;
        private final String format;
        private final String state;
        private final int rowCount;
        private final int rowsDone;
        private final int added;
        private final int updated;
        private final int unchanged;
        private final int rejected;
        private final LocalDateTime startedAt;

        Status(long id, String librarian, String fileName, String format, String state, int rowCount, int rowsDone,
               int added, int updated, int unchanged, int rejected, LocalDateTime startedAt) {
            this.id = id;
            this.librarian = librarian;
            this.fileName = fileName;
            this.format = format;
            this.state = state;
            this.rowCount = rowCount;
            this.rowsDone = rowsDone;
            this.added = added;
            this.updated = updated;
            this.unchanged = unchanged;
            this.rejected = rejected;
            this.startedAt = startedAt;
        }

        public long getId() {
            return id;
        }

        public String getLibrarian() {
            return librarian;
        }

        public String getFileName() {
            return fileName;
        }

        public String getFormat() {
            return format;
        }

        /** running, done, interrupted or failed. */
        public String getState() {
            return state;
        }

        public boolean isRunning() {
            return state.equals("running");
        }

        public int getRowCount() {
            return rowCount;
        }

        public int getRowsDone() {
            return rowsDone;
        }

        public int getAdded() {
            return added;
        }

        public int getUpdated() {
            return updated;
        }

        public int getUnchanged() {
            return unchanged;
        }

        public int getRejected() {
            return rejected;
        }

        public int getPercent() {
            return rowCount == 0 ? 100 : (int) (100L * rowsDone / rowCount);
        }

        public LocalDateTime getStartedAt() {
            return startedAt;
        }
    }

    /** A rejected row: its line and why, as a message key and its values. */
    public record Rejection(int line, String key, List<Object> arguments) {
        public int getLine() {
            return line;
        }

        public String getKey() {
            return key;
        }

        public List<Object> getArguments() {
            return arguments;
        }
    }

    /** Records the import (and its audit entry) and starts it in the background; returns its id. */
    public long start(String librarian, String fileName, Parsed file) {
        LocalDateTime now = LocalDateTime.now(clock);
        long id = database.write(em -> {
            em.createNativeQuery("INSERT INTO book_import (librarian, file_name, format, status, row_count, started_at,"
                            + " updated_at) VALUES (?, ?, ?, 'running', ?, ?, ?)")
                    .setParameter(1, librarian).setParameter(2, fileName).setParameter(3, file.format().value())
                    .setParameter(4, file.rows().size()).setParameter(5, Timestamp.valueOf(now))
                    .setParameter(6, Timestamp.valueOf(now)).executeUpdate();
            // The id this connection's insert was given (Derby).
            long importId = ((Number) em.createNativeQuery("VALUES IDENTITY_VAL_LOCAL()").getSingleResult()).longValue();
            AuditLog.record(em, now, librarian, AuditLog.Action.IMPORT_STARTED, subject(importId, fileName), null,
                    file.rows().size() + " rows, " + file.format().value());
            return importId;
        });
        runner.execute(() -> run(id, fileName, file.rows(), librarian));
        return id;
    }

    private void run(long id, String fileName, List<Row> rows, String librarian) {
        Map<String, Integer> seen = new HashMap<>(); // ISBN -> the line that had it first, in this file
        String state = "done";
        try {
            for (int from = 0; from < rows.size(); from += BATCH) {
                if (stopping) {
                    state = "interrupted";
                    break;
                }
                List<Row> batch = rows.subList(from, Math.min(rows.size(), from + BATCH));
                database.write(em -> {
                    importBatch(em, id, batch, seen);
                    return null;
                });
                pages.everythingChanged();
            }
        } catch (RuntimeException e) {
            LOG.log(Level.WARNING, "Import " + id + " failed", e);
            state = "failed";
        }
        String end = state;
        try {
            database.write(em -> {
                em.createNativeQuery("UPDATE book_import SET status = ?, updated_at = ? WHERE id = ?")
                        .setParameter(1, end).setParameter(2, Timestamp.valueOf(LocalDateTime.now(clock)))
                        .setParameter(3, id).executeUpdate();
                Status done = status(em, id).orElseThrow();
                AuditLog.record(em, LocalDateTime.now(clock), librarian, AuditLog.Action.IMPORT_FINISHED,
                        subject(id, fileName), null, end + ": " + done.getRowsDone() + " of " + done.getRowCount() + " rows, "
                                + done.getAdded() + " added, " + done.getUpdated() + " updated, " + done.getUnchanged()
                                + " unchanged, " + done.getRejected() + " rejected");
                return null;
            });
        } catch (RuntimeException e) {
            LOG.log(Level.WARNING, "Import " + id + ": could not record its end (" + end + ")", e);
        }
    }

    private void importBatch(EntityManager em, long id, List<Row> batch, Map<String, Integer> seen) {
        Year thisYear = Year.now(clock);
        List<Details> valid = new ArrayList<>();
        List<Integer> lines = new ArrayList<>();
        int rejected = 0;
        for (Row row : batch) {
            BookForm form = BookForm.of(row.title(), row.author(), row.isbn(), row.publishedYear(), row.description());
            Optional<Details> details = form.validate(thisYear);
            Problem problem = details.isEmpty() ? form.getErrors().values().iterator().next() : null;
            if (problem == null && seen.containsKey(details.get().isbn())) {
                problem = new Problem("import.duplicate", seen.get(details.get().isbn()));
            }
            if (problem != null) {
                reject(em, id, row.line(), problem);
                rejected++;
                continue;
            }
            seen.put(details.get().isbn(), row.line());
            valid.add(details.get());
            lines.add(row.line());
        }
        Map<String, Object[]> stored = storedByIsbn(em, valid);
        List<Details> added = new ArrayList<>();
        int updated = 0;
        int unchanged = 0;
        for (Details book : valid) {
            Object[] existing = stored.get(book.isbn());
            if (existing == null) {
                added.add(book);
            } else if (update(em, book, existing)) {
                updated++;
            } else {
                unchanged++;
            }
        }
        insert(em, added);
        em.createNativeQuery("UPDATE book_import SET rows_done = rows_done + ?, added = added + ?, updated = updated + ?,"
                        + " unchanged = unchanged + ?, rejected = rejected + ?, updated_at = ? WHERE id = ?")
                .setParameter(1, batch.size()).setParameter(2, added.size()).setParameter(3, updated).setParameter(4, unchanged)
                .setParameter(5, rejected).setParameter(6, Timestamp.valueOf(LocalDateTime.now(clock)))
                .setParameter(7, id).executeUpdate();
    }

    private static void reject(EntityManager em, long id, int line, Problem problem) {
        List<Object> arguments = problem.getArguments();
        em.createNativeQuery("INSERT INTO book_import_rejection (import_id, line_number, reason_key, reason_arg1, reason_arg2)"
                        + " VALUES (?, ?, ?, ?, ?)")
                .setParameter(1, id).setParameter(2, line).setParameter(3, problem.key())
                .setParameter(4, arguments.isEmpty() ? "" : cut(arguments.get(0)))
                .setParameter(5, arguments.size() < 2 ? "" : cut(arguments.get(1))).executeUpdate();
    }

    private static String cut(Object value) {
        String text = String.valueOf(value);
        return text.length() <= 100 ? text : text.substring(0, 99) + "\u2026";
    }

    /** id, title, author, published_year, description of the batch's books already stored, by ISBN. */
    private static Map<String, Object[]> storedByIsbn(EntityManager em, List<Details> books) {
        Map<String, Object[]> stored = new HashMap<>();
        if (books.isEmpty()) {
            return stored;
        }
        // The ISBN index, probed once per value: without the hint Derby reads the whole table once
        // it has grown (1.8 s a batch at 50,000 books). The hint is a comment to other databases.
        Query query = em.createNativeQuery("SELECT isbn, id, title, author, published_year, description"
                + " FROM book --DERBY-PROPERTIES constraint=book_isbn_uq\n WHERE isbn IN ("
                + String.join(",", books.stream().map(b -> "?").toList()) + ")");
        for (int i = 0; i < books.size(); i++) {
            query.setParameter(i + 1, books.get(i).isbn());
        }
        for (Object row : query.getResultList()) {
            Object[] columns = (Object[]) row;
            stored.put((String) columns[0], columns);
        }
        return stored;
    }

    /**
     * The new books in one statement (the book triggers, which count the catalogue and log the
     * change for the search index, then run once per batch, not once per book). A missing year
     * is written as NULL in the statement: no typeless null parameter.
     */
    private static void insert(EntityManager em, List<Details> books) {
        if (books.isEmpty()) {
            return;
        }
        StringBuilder sql = new StringBuilder("INSERT INTO book (title, author, isbn, description, published_year) VALUES ");
        for (int i = 0; i < books.size(); i++) {
            sql.append(i == 0 ? "" : ", ").append(books.get(i).publishedYear() == null ? "(?, ?, ?, ?, NULL)" : "(?, ?, ?, ?, ?)");
        }
        Query insert = em.createNativeQuery(sql.toString());
        int parameter = 1;
        for (Details book : books) {
            insert.setParameter(parameter++, book.title()).setParameter(parameter++, book.author())
                    .setParameter(parameter++, book.isbn()).setParameter(parameter++, book.description());
            if (book.publishedYear() != null) {
                insert.setParameter(parameter++, book.publishedYear());
            }
        }
        insert.executeUpdate();
    }

    /** Updates the stored book where the row differs; an empty year or description keeps the stored one. */
    private static boolean update(EntityManager em, Details book, Object[] stored) {
        Integer storedYear = stored[4] == null ? null : ((Number) stored[4]).intValue();
        Integer year = book.publishedYear() == null ? storedYear : book.publishedYear();
        String description = book.description().isEmpty() ? (String) stored[5] : book.description();
        if (book.title().equals(stored[2]) && book.author().equals(stored[3]) && Objects.equals(year, storedYear)
                && description.equals(stored[5])) {
            return false;
        }
        Query update = em.createNativeQuery("UPDATE book SET title = ?, author = ?, description = ?"
                        + (year == null ? "" : ", published_year = ?") + " WHERE id = ?")
                .setParameter(1, book.title()).setParameter(2, book.author()).setParameter(3, description);
        if (year != null) {
            update.setParameter(4, year).setParameter(5, ((Number) stored[1]).longValue());
        } else {
            update.setParameter(4, ((Number) stored[1]).longValue());
        }
        update.executeUpdate();
        return true;
    }

    public Optional<Status> find(long id) {
        return database.read(em -> status(em, id));
    }

    /** The latest imports, newest first. */
    public List<Status> recent() {
        return database.read(em -> rowsOf(em.createNativeQuery(STATUS_COLUMNS + " ORDER BY id DESC FETCH FIRST 10 ROWS ONLY"))
                .map(this::statusOf).toList());
    }

    /** The rejected rows, by line (the first {@value #REJECTIONS_LISTED}). */
    public List<Rejection> rejections(long id) {
        return database.read(em -> {
            List<Rejection> rejections = new ArrayList<>();
            for (Object row : em.createNativeQuery("SELECT line_number, reason_key, reason_arg1, reason_arg2"
                            + " FROM book_import_rejection WHERE import_id = ? ORDER BY line_number FETCH FIRST "
                            + REJECTIONS_LISTED + " ROWS ONLY").setParameter(1, id).getResultList()) {
                Object[] c = (Object[]) row;
                rejections.add(new Rejection(((Number) c[0]).intValue(), (String) c[1], List.of(value(c[2]), value(c[3]))));
            }
            return rejections;
        });
    }

    /** A stored message value: a number again where it was one (the messages format numbers as numbers). */
    private static Object value(Object stored) {
        String text = stored == null ? "" : (String) stored;
        return text.matches("[0-9]{1,9}") ? (Object) Long.valueOf(text) : text;
    }

    private static final String STATUS_COLUMNS = "SELECT id, librarian, file_name, format, status, row_count, rows_done,"
            + " added, updated, unchanged, rejected, started_at, updated_at FROM book_import";

    private Optional<Status> status(EntityManager em, long id) {
        return rowsOf(em.createNativeQuery(STATUS_COLUMNS + " WHERE id = ?").setParameter(1, id)).findFirst().map(this::statusOf);
    }

    private static Stream<Object[]> rowsOf(Query query) {
        return ((List<?>) query.getResultList()).stream().map(row -> (Object[]) row);
    }

    private Status statusOf(Object[] c) {
        String state = (String) c[4];
        LocalDateTime moved = ((Timestamp) c[12]).toLocalDateTime();
        if (state.equals("running") && moved.isBefore(LocalDateTime.now(clock).minus(STALLED))) {
            state = "interrupted"; // its server stopped (or died) mid-import
        }
        return new Status(((Number) c[0]).longValue(), (String) c[1], (String) c[2], (String) c[3], state,
                number(c[5]), number(c[6]), number(c[7]), number(c[8]), number(c[9]), number(c[10]),
                ((Timestamp) c[11]).toLocalDateTime());
    }

    private static int number(Object value) {
        return ((Number) value).intValue();
    }

    private static String subject(long id, String fileName) {
        return "import " + id + " of \u201c" + fileName + "\u201d";
    }

    /** Stops a running import between two batches (each committed whole) and ends its thread. */
    @Override
    public void close() {
        stopping = true;
        runner.shutdown();
        try {
            if (!runner.awaitTermination(30, TimeUnit.SECONDS)) {
                LOG.warning("The import thread did not stop within 30 s");
            }
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
        runner.shutdownNow(); // imports queued behind the running one never start
    }
}
