package org.bookreviews.it;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.jsoup.nodes.Document;
import org.junit.jupiter.api.Test;

/**
 * A librarian imports catalogues at /books/import: a Goodreads export and a plain CSV with good,
 * bad and duplicate rows, watched to the end, with the exact counts and each rejected line's
 * reason; the same file again adds nothing; files that are no catalogue are refused whole.
 */
class ImportIT extends DeployedSite {

    static final Path GOODREADS = Path.of(System.getProperty("it.basedir", "."),
            "src/test/resources/import/goodreads_library_export.csv");

    private Site librarian() {
        Site librarian = newBrowser();
        String username = librarian.signUp("Importing Librarian");
        assertEquals(303, RunningTheSiteIT.grant(RunningTheSiteIT.signedInAsAdmin(newBrowser()), username, "librarian").status());
        return librarian;
    }

    /** Uploads the file with the import form; returns the import's page address (after 303). */
    static Site.Page upload(Site librarian, String fileName, String contentType, byte[] content) {
        Site.Page form = librarian.get("/books/import");
        assertEquals(200, form.status());
        return librarian.postFile("/books/import", Map.of("csrf_token", form.csrfToken()), "file", fileName, contentType, content);
    }

    /** Follows the import's page until it is no longer running; the finished page. */
    static Document finished(Site librarian, String location) throws InterruptedException {
        for (int i = 0; i < 600; i++) {
            Site.Page page = librarian.get(location);
            assertEquals(200, page.status());
            Document html = page.html();
            if (!html.selectFirst(".import-status").attr("data-state").equals("running")) {
                return html;
            }
            assertTrue(page.body().contains("http-equiv=\"refresh\""), "without JavaScript the page reloads itself");
            Thread.sleep(100);
        }
        throw new AssertionError("the import at " + location + " did not finish");
    }

    private static Map<String, String> figures(Document page) {
        Map<String, String> figures = new LinkedHashMap<>();
        for (String name : List.of("done", "added", "updated", "unchanged", "rejected")) {
            figures.put(name, page.selectFirst("[data-figure=" + name + "]").text());
        }
        return figures;
    }

    @Test
    void aGoodreadsExportIsImportedOnceEvenWhenSentTwice() throws Exception {
        Site librarian = librarian();
        byte[] export = Files.readAllBytes(GOODREADS);
        Site.Page started = upload(librarian, "goodreads_library_export.csv", "text/csv", export);
        assertEquals(303, started.status(), started.body());
        Document report = finished(librarian, started.header("Location"));
        assertEquals("done", report.selectFirst(".import-status").attr("data-state"));
        Map<String, String> first = figures(report);
        assertEquals("3", first.get("done"));
        assertEquals(2, Integer.parseInt(first.get("added")) + Integer.parseInt(first.get("unchanged"))
                + Integer.parseInt(first.get("updated")), "both books with an ISBN are in the catalogue: " + first);
        assertEquals("1", first.get("rejected"));
        assertEquals(List.of("4"), report.select("tr.rejection td.line").eachText());
        assertEquals(List.of("Please enter the ISBN."), report.select("tr.rejection td.reason").eachText());
        assertEquals(List.of(List.of("The Hunger Games (The Hunger Games, #1)", "Suzanne Collins", 2008)),
                Rows.rows("SELECT title, author, published_year FROM book WHERE isbn = '9780439023481'"));

        Document again = finished(librarian, upload(librarian, "goodreads_library_export.csv", "text/csv", export)
                .header("Location"));
        assertEquals(Map.of("done", "3", "added", "0", "updated", "0", "unchanged", "2", "rejected", "1"), figures(again));
        assertEquals(1L, Rows.count("SELECT COUNT(*) FROM book WHERE isbn = '9780618260300'"));
    }

    @Test
    void aPlainCsvWithGoodBadAndDuplicateRowsGivesExactCountsAndReasons() throws Exception {
        Site librarian = librarian();
        String a = Rows.uniqueValidIsbn13();
        String b = Rows.uniqueValidIsbn13();
        String csv = "\uFEFFtitle,author,isbn,published_year,description\r\n"
                + "\"Zoë 李 🚀 O'Brien, Imported\",\"Ann \"\"Q\"\" Author\"," + a + ",2001,\"Two\nlines\"\r\n"
                + "<script>alert(1)</script>,Someone,9780306406158,1999,\r\n"
                + "Second,B," + b + ",,\r\n"
                + "Second again,B," + b + ",,\r\n";
        Site.Page started = upload(librarian, "../../etc/passwd <b>.csv", "application/octet-stream",
                csv.getBytes(StandardCharsets.UTF_8));
        assertEquals(303, started.status());
        Document report = finished(librarian, started.header("Location"));
        assertEquals(Map.of("done", "4", "added", "2", "updated", "0", "unchanged", "0", "rejected", "2"), figures(report));
        assertEquals(List.of("4", "6"), report.select("tr.rejection td.line").eachText(), "lines as in the file");
        assertEquals(List.of("\u201c9780306406158\u201d is not a valid ISBN-10 or ISBN-13: please check the digits.",
                "The same ISBN as line 5."), report.select("tr.rejection td.reason").eachText());
        assertEquals("Import of \u201cpasswd <b>.csv\u201d", report.selectFirst("h1").text(), "the name's last part, as text");
        assertEquals(List.of(List.of("Zoë 李 🚀 O'Brien, Imported", "Ann \"Q\" Author", "Two\nlines")),
                Rows.rows("SELECT title, author, description FROM book WHERE isbn = ?", a));
        String json = librarian.get(started.header("Location") + "/progress").body();
        assertEquals("{\"state\":\"done\",\"total\":4,\"done\":4,\"percent\":100,\"added\":2,\"updated\":0,"
                + "\"unchanged\":0,\"rejected\":2}", json);
        assertTrue(newBrowser().get("/?q=imported+o%27brien").html().select(".book-title").eachText()
                .contains("Zoë 李 🚀 O'Brien, Imported"), "found in the catalogue at once");
        assertTrue(Rows.count("SELECT COUNT(*) FROM audit_event WHERE action = 'import.finished' AND after_value LIKE ?",
                "done: 4 of 4 rows, 2 added, 0 updated, 0 unchanged, 2 rejected") >= 1);
    }

    @Test
    void filesThatAreNoCatalogueAreRefusedWithTheReason() {
        Site librarian = librarian();
        long imports = Rows.count("SELECT COUNT(*) FROM book_import");
        Map<String, Site.Page> answers = new LinkedHashMap<>();
        answers.put("empty", upload(librarian, "empty.csv", "text/csv", new byte[0]));
        answers.put("png", upload(librarian, "cover.csv", "text/csv",
                new byte[] {(byte) 0x89, 'P', 'N', 'G', 13, 10, 26, 10, 0, 0, 0, 13, 'I', 'H', 'D', 'R'}));
        answers.put("columns", upload(librarian, "other.csv", "text/csv", "name,writer\nA,B\n".getBytes(StandardCharsets.UTF_8)));
        byte[] big = new byte[10 * 1024 * 1024 + 1];
        java.util.Arrays.fill(big, (byte) 'a');
        answers.put("too large", upload(librarian, "big.csv", "text/csv", big));
        Map<String, Integer> statuses = new LinkedHashMap<>();
        answers.forEach((name, page) -> statuses.put(name, page.status()));
        assertEquals(Map.of("empty", 400, "png", 400, "columns", 400, "too large", 413), statuses);
        assertEquals("The file is empty.", answers.get("empty").html().getElementById("file-error").text());
        assertEquals("This is not a CSV file in UTF-8.", answers.get("png").html().getElementById("file-error").text());
        assertEquals(imports, Rows.count("SELECT COUNT(*) FROM book_import"), "nothing started");

        Site.Page form = librarian.get("/books/import");
        assertEquals(415, librarian.post("/books/import", Map.of("csrf_token", form.csrfToken())).status(),
                "a form without its file");
        assertEquals(403, librarian.postFile("/books/import", Map.of("csrf_token", "forged"), "file", "a.csv", "text/csv",
                "title,author,isbn\n".getBytes(StandardCharsets.UTF_8)).status(), "CSRF");
        assertEquals(404, librarian.get("/books/import/987654321").status());
        assertEquals(405, librarian.post("/books/import/1", Map.of()).status());
    }
}
