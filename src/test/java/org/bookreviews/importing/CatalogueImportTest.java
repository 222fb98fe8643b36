package org.bookreviews.importing;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Duration;
import java.util.List;
import java.util.UUID;
import org.bookreviews.importing.CatalogueFile.Format;
import org.bookreviews.importing.CatalogueFile.Parsed;
import org.bookreviews.importing.CatalogueFile.Refused;
import org.bookreviews.importing.Imports.Rejection;
import org.bookreviews.importing.Imports.Status;
import org.bookreviews.persistence.Database;
import org.bookreviews.rendering.PageCache;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/** Catalogue files as librarians upload them, parsed and imported into a real Derby database on disk. */
class CatalogueImportTest {

    /** As Goodreads writes its library export (the header, CRLF, the ISBNs as ="..." formulas). */
    static final Path GOODREADS = Path.of("src/test/resources/import/goodreads_library_export.csv");

    private static Database database;
    private static Imports imports;

    @BeforeAll
    static void openDatabase() {
        database = Database.open(Path.of("target", "unit-db", UUID.randomUUID().toString()).toAbsolutePath());
        imports = new Imports(database, Clock.systemUTC(), new PageCache(Duration.ZERO));
    }

    @AfterAll
    static void closeDatabase() {
        imports.close();
        database.close();
    }

    @Test
    void aGoodreadsExportGivesTitleAuthorIsbn13OrIsbnAndYear() throws Exception {
        Parsed parsed = CatalogueFile.parse(java.nio.file.Files.readAllBytes(GOODREADS));
        assertEquals(Format.GOODREADS, parsed.format());
        assertEquals(List.of(
                new CatalogueFile.Row(2, "The Hunger Games (The Hunger Games, #1)", "Suzanne Collins", "9780439023481", "2008", ""),
                new CatalogueFile.Row(3, "The Hobbit, or There and Back Again", "J.R.R. Tolkien", "9780618260300", "2002", ""),
                new CatalogueFile.Row(4, "A Kindle Book Without ISBN", "Some Author", "", "2019", "")), parsed.rows());
    }

    @Test
    void aPlainCsvWithBomQuotesCommasAndLineBreaksImportsWithExactCountsAndLines() throws Exception {
        String good1 = isbn(1);
        String good2 = isbn(2);
        String csv = "\uFEFFtitle,author,isbn,published_year,description\r\n"
                + "\"Zoë 李 🚀 O'Brien, a life\",\"Ann \"\"Quoted\"\" Author\"," + good1 + ",2001,\"Two\nlines, and a comma\"\r\n"
                + "No ISBN,Someone,,1999,\r\n"
                + "Bad checksum,Someone,9780306406158,1999,\r\n"
                + "\"\",Missing Title," + isbn(3) + ",,\r\n"
                + "Old,Too Old," + isbn(4) + ",1200,\r\n"
                + "Second," + "B," + good2 + ",,\r\n"
                + "Second again,B," + good2.substring(0, 3) + "-" + good2.substring(3) + ",,\r\n";
        byte[] bytes = csv.getBytes(StandardCharsets.UTF_8);
        Parsed parsed = CatalogueFile.parse(bytes);
        assertEquals(Format.CSV, parsed.format());
        assertEquals(7, parsed.rows().size());
        assertEquals("Two\nlines, and a comma", parsed.rows().get(0).description());
        assertEquals(4, parsed.rows().get(1).line(), "the line after the two-line row");

        Status first = importAndWait(parsed);
        assertEquals(List.of("done", 7, 7, 2, 0, 0, 5), figures(first));
        assertEquals(List.of(
                        new Rejection(4, "book.isbn.required", List.of("", "")),
                        new Rejection(5, "book.isbn.invalid", List.of("9780306406158", "")),
                        new Rejection(6, "book.title.required", List.of("", "")),
                        new Rejection(7, "book.year.invalid", List.of(1450L, (long) java.time.Year.now().getValue() + 1)),
                        new Rejection(9, "import.duplicate", List.of(8L, ""))),
                imports.rejections(first.getId()));
        assertEquals(List.of("Zoë 李 🚀 O'Brien, a life", "Ann \"Quoted\" Author", 2001, "Two\nlines, and a comma"),
                database.read(em -> List.of((Object[]) em.createNativeQuery(
                        "SELECT title, author, published_year, description FROM book WHERE isbn = ?")
                        .setParameter(1, good1).getSingleResult())));

        Status again = importAndWait(CatalogueFile.parse(bytes));
        assertEquals(List.of("done", 7, 7, 0, 0, 2, 5), figures(again), "the same file again adds nothing");

        String changed = "title,author,isbn\nSecond (revised),B," + good2 + "\n";
        Status update = importAndWait(CatalogueFile.parse(changed.getBytes(StandardCharsets.UTF_8)));
        assertEquals(List.of("done", 1, 1, 0, 1, 0, 0), figures(update));
        assertEquals(1L, (long) database.read(em -> ((Number) em.createNativeQuery(
                "SELECT COUNT(*) FROM book WHERE isbn = ? AND title = 'Second (revised)'").setParameter(1, good2)
                .getSingleResult()).longValue()));
        assertEquals(2L, (long) database.read(em -> ((Number) em.createNativeQuery(
                "SELECT COUNT(*) FROM audit_event WHERE action IN ('import.started', 'import.finished') AND subject LIKE ?")
                .setParameter(1, "import " + update.getId() + " %").getSingleResult()).longValue()));
    }

    @Test
    void fiftyThousandRowsAreImportedWholeAndOnce() throws Exception {
        StringBuilder csv = new StringBuilder("title,author,isbn,published_year,description\n");
        for (int i = 0; i < CatalogueFile.MAX_ROWS; i++) {
            csv.append("Bulk ").append(i).append(",Bulk Author,").append(isbn(100 + i)).append(i % 3 == 0 ? ",," : ",1999,")
                    .append("A description of book ").append(i).append('\n');
        }
        Parsed parsed = CatalogueFile.parse(csv.toString().getBytes(StandardCharsets.UTF_8));
        long started = System.nanoTime();
        Status status = importAndWait(parsed);
        double seconds = (System.nanoTime() - started) / 1e9;
        assertEquals(List.of("done", 50_000, 50_000, 50_000, 0, 0, 0), figures(status));
        assertEquals(50_000L, (long) database.read(em -> ((Number) em.createNativeQuery(
                "SELECT COUNT(DISTINCT isbn) FROM book WHERE title LIKE 'Bulk %'").getSingleResult()).longValue()));
        assertEquals(16_667L, (long) database.read(em -> ((Number) em.createNativeQuery(
                "SELECT COUNT(*) FROM book WHERE title LIKE 'Bulk %' AND published_year IS NULL").getSingleResult()).longValue()));
        System.out.printf("Imported 50,000 rows in %.1f s: %.0f rows/s%n", seconds, 50_000 / seconds);
    }

    @Test
    void filesThatAreNoCatalogueAreRefusedWhole() {
        assertEquals("import.empty", refusal(""));
        assertEquals("import.empty", refusal("\uFEFF \r\n"));
        assertEquals("import.columns", refusal("name,writer\nA,B\n"));
        assertEquals("import.malformed", refusal("title,author,isbn\n\"open quote,A,978\n"));
        assertEquals("import.notText", refusal(new byte[] {(byte) 0x89, 'P', 'N', 'G', 13, 10, 26, 10, 0, 0, 0, 13}));
        assertEquals("import.notText", refusal("title,author,isbn\nA\0,B,C\n".getBytes(StandardCharsets.UTF_8)));
        StringBuilder many = new StringBuilder("title,author,isbn\n");
        for (int i = 0; i <= CatalogueFile.MAX_ROWS; i++) {
            many.append("T,A,").append(i).append('\n');
        }
        assertEquals("import.tooManyRows", refusal(many.toString()));
    }

    private static String refusal(String text) {
        return refusal(text.getBytes(StandardCharsets.UTF_8));
    }

    private static String refusal(byte[] bytes) {
        return assertThrows(Refused.class, () -> CatalogueFile.parse(bytes)).problem().key();
    }

    private static Status importAndWait(Parsed parsed) throws InterruptedException {
        long id = imports.start("librarian", "test.csv", parsed);
        for (int i = 0; i < 6000; i++) {
            Status status = imports.find(id).orElseThrow();
            if (!status.isRunning()) {
                return status;
            }
            Thread.sleep(50);
        }
        throw new AssertionError("import " + id + " did not end");
    }

    private static List<Object> figures(Status status) {
        return List.of(status.getState(), status.getRowCount(), status.getRowsDone(), status.getAdded(), status.getUpdated(),
                status.getUnchanged(), status.getRejected());
    }

    private static final long RUN = System.nanoTime() % 100_000_000L;

    /** A valid ISBN-13 unique to this run. */
    private static String isbn(int n) {
        String twelve = String.format("979%09d", (RUN * 10 + n) % 1_000_000_000L);
        int sum = 0;
        for (int i = 0; i < 12; i++) {
            sum += (twelve.charAt(i) - '0') * (i % 2 == 0 ? 1 : 3);
        }
        return twelve + (10 - sum % 10) % 10;
    }
}
