package org.bookreviews.it;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.jsoup.nodes.Document;
import org.junit.jupiter.api.Test;

/**
 * Running the site from the browser: the admin named in the settings ({@code bookreviews.admins=it-admin},
 * as the test servers run) grants roles; librarians add and edit books; readers report reviews
 * and moderators hide and restore them; admins read the audit log. Every route of these × every
 * role → the expected status, and nothing changed where it was refused.
 */
class RunningTheSiteIT extends DeployedSite {

    static final String ADMIN = "it-admin";

    /** This browser signed in as the admin the settings name (signed up by the first test that needs it). */
    static Site signedInAsAdmin(Site site) {
        Site.Page signUp = site.signUp(ADMIN, "IT Admin", Site.PASSWORD);
        if (signUp.status() != 303) {
            assertEquals(303, site.signIn(ADMIN, Site.PASSWORD, false).status(), "the admin signs in");
        }
        return site;
    }

    /** The admin gives the reader exactly these roles with the form of /admin/readers. */
    static Site.Page grant(Site admin, String username, String... roles) {
        Site.Page page = admin.get("/admin/readers?q=" + username);
        assertEquals(200, page.status());
        StringBuilder body = new StringBuilder(Site.urlEncoded(Map.of("csrf_token", page.csrfToken(), "username", username)));
        for (String role : roles) {
            body.append("&role=").append(role);
        }
        return admin.send("POST", "/admin/readers", "application/x-www-form-urlencoded",
                body.toString().getBytes(StandardCharsets.UTF_8));
    }

    private Site withRole(String name, String... roles) {
        Site browser = newBrowser();
        String username = browser.signUp(name);
        if (roles.length > 0) {
            assertEquals(303, grant(signedInAsAdmin(newBrowser()), username, roles).status());
        }
        return browser;
    }

    @Test
    void theAdminNamedInTheSettingsGrantsRolesAndTheNavbarShowsTheirLinks() {
        Site admin = signedInAsAdmin(site);
        Document nav = admin.get("/").html();
        assertNotNull(nav.selectFirst("a.nav-admin"));
        assertNotNull(nav.selectFirst("a.nav-moderation"), "an admin is a moderator too");
        assertNotNull(nav.selectFirst("a.nav-add-book"), "and a librarian");

        Site reader = newBrowser();
        String username = reader.signUp("Future Librarian");
        assertNull(reader.get("/").html().selectFirst("a.nav-add-book"));
        assertEquals(403, reader.get("/books/new").status());
        Site.Page granted = grant(admin, username, "librarian", "moderator");
        assertEquals(303, granted.status());
        assertEquals(site.contextPath() + "/admin/readers?q=" + username + "&saved=" + username, granted.header("Location"));
        assertEquals(List.of(List.of("librarian"), List.of("moderator")), Rows.rows("SELECT role FROM reader_role o JOIN reader r"
                + " ON r.id = o.reader_id WHERE r.username = ? ORDER BY role", username), "two boxes ticked, two roles");
        assertEquals(200, reader.get("/books/new").status(), "at once, on the reader's next request");
        assertNotNull(reader.get("/").html().selectFirst("a.nav-add-book"));
        Document list = admin.get("/admin/readers?q=" + username).html();
        assertTrue(list.selectFirst("form[data-username=" + username + "] input[value=librarian]").hasAttr("checked"));

        assertEquals(303, grant(admin, username).status(), "no box ticked: every role withdrawn");
        assertEquals(403, reader.get("/books/new").status());
        List<List<Object>> log = Rows.rows("SELECT actor, before_value, after_value FROM audit_event"
                + " WHERE action = 'roles.changed' AND subject = ? ORDER BY id", "reader " + username);
        assertEquals(List.of(List.of(ADMIN, "(none)", "librarian, moderator"), List.of(ADMIN, "librarian, moderator", "(none)")),
                log);
        Document auditPage = admin.get("/admin/log").html();
        assertTrue(auditPage.select("tr.audit-entry").stream().anyMatch(row -> row.text().contains("reader " + username)),
                "listed at /admin/log");

        assertEquals(400, admin.send("POST", "/admin/readers", "application/x-www-form-urlencoded",
                ("csrf_token=" + admin.get("/admin/readers").csrfToken() + "&username=" + username + "&role=king")
                        .getBytes(StandardCharsets.UTF_8)).status(), "no such role");
        assertEquals(404, grant(admin, "no-such-reader-" + System.nanoTime() % 100000).status());
    }

    @Test
    void aLibrarianAddsABookAndEditsItAndTheCatalogueShowsItAtOnce() {
        Site librarian = withRole("Lib Rarian", "librarian");
        String isbn13 = Rows.uniqueValidIsbn13();
        String isbn10 = isbn10(isbn13);
        String title = "Zoë 李 🚀 O'Brien and the <Librarian> " + isbn13.substring(6);
        Site.Page form = librarian.get("/books/new");
        assertEquals(List.of("csrf_token", "title", "author", "isbn", "published_year", "description"),
                form.html().select("form.book-form [name]").eachAttr("name"));

        Map<String, String> fields = new LinkedHashMap<>(Map.of("csrf_token", form.csrfToken(), "title", title,
                "author", "Ann Author", "isbn", isbn10.substring(0, 1) + "-" + isbn10.substring(1, 5) + " " + isbn10.substring(5),
                "published_year", "2024", "description", "Line one.\nLine two."));
        Site.Page added = librarian.post("/books/new", fields);
        assertEquals(303, added.status(), added.body());
        long bookId = Long.parseLong(added.header("Location").replaceAll(".*/books/", ""));
        assertEquals(List.of(title, "Ann Author", isbn13, 2024, "Line one.\nLine two."), Rows.rows(
                "SELECT title, author, isbn, published_year, description FROM book WHERE id = ?", bookId).get(0),
                "stored as typed, the ISBN-10 as its ISBN-13");
        assertEquals(title, librarian.get("/books/" + bookId).html().selectFirst("h1").text());

        fields.put("title", "Another title");
        Site.Page duplicate = librarian.post("/books/new", fields);
        assertEquals(409, duplicate.status());
        assertEquals("Another book in the catalogue has this ISBN.", duplicate.html().getElementById("isbn-error").text());
        assertEquals(site.contextPath() + "/books/" + bookId, duplicate.html().selectFirst(".duplicate-isbn a").attr("href"));
        assertEquals(1L, Rows.count("SELECT COUNT(*) FROM book WHERE isbn = ?", isbn13));

        Site.Page bad = librarian.post("/books/new", Map.of("csrf_token", form.csrfToken(), "title", title,
                "author", "", "isbn", "978-0-306-40615-8", "published_year", "1200", "description", "kept"));
        assertEquals(400, bad.status());
        Document badForm = bad.html();
        assertEquals(List.of("author", "isbn", "published_year"), badForm.select(".is-invalid").eachAttr("name"));
        assertEquals(title, badForm.selectFirst("input[name=title]").val(), "everything kept");
        assertEquals("978-0-306-40615-8", badForm.selectFirst("input[name=isbn]").val());
        assertEquals("kept", badForm.selectFirst("textarea[name=description]").text());

        Site.Page editForm = librarian.get("/books/" + bookId + "/edit");
        assertEquals(isbn13, editForm.html().selectFirst("input[name=isbn]").val());
        Site.Page edited = librarian.post("/books/" + bookId + "/edit", Map.of("csrf_token", editForm.csrfToken(),
                "title", "Edited " + title, "author", "Ann Author", "isbn", isbn13, "published_year", "",
                "description", "New description."));
        assertEquals(303, edited.status());
        assertEquals(site.contextPath() + "/books/" + bookId, edited.header("Location"));
        assertEquals("Edited " + title, newBrowser().get("/books/" + bookId).html().selectFirst("h1").text(),
                "the book page shows the edit at once");
        assertTrue(newBrowser().get("/?q=edited+" + isbn13.substring(6)).html().select("a").eachAttr("href")
                .contains(site.contextPath() + "/books/" + bookId), "and the catalogue's search finds it");
        assertEquals(null, Rows.single("SELECT published_year FROM book WHERE id = ?", bookId));
        List<Object> audit = Rows.rows("SELECT actor, before_value, after_value FROM audit_event WHERE action = 'book.edited'"
                + " AND subject LIKE ? ORDER BY id DESC", "book " + bookId + " %").get(0);
        assertTrue(((String) audit.get(1)).contains("title: " + title) && ((String) audit.get(2)).contains("title: Edited "),
                "before and after in the audit log: " + audit);
        assertEquals(404, librarian.get("/books/999999999/edit").status());
    }

    @Test
    void aReportedReviewIsHiddenWithItsFiguresAndRestoredWithThem() {
        long bookId = Rows.insertBook("Moderated " + Rows.uniqueIsbn(), "M", Rows.uniqueIsbn(), 2001, "");
        Site author = newBrowser();
        String authorName = author.signUp("Troll Author");
        assertEquals(303, author.submitReview(bookId, "1", "Abusive <script>alert(1)</script> words.", false).status());
        assertEquals(303, newBrowser().writeReview(bookId, "Kind Reader", "5", "A fine book.").status());
        long reviewId = (Long) Rows.single("SELECT id FROM review WHERE book_id = ? AND rating = 1", bookId);

        List<Site> reporters = new ArrayList<>();
        for (int i = 0; i < 3; i++) {
            Site reporter = newBrowser();
            reporter.signUp("Reporter " + i);
            Site.Page form = reporter.get("/reviews/" + reviewId + "/report");
            assertEquals(200, form.status());
            Site.Page reported = reporter.post("/reviews/" + reviewId + "/report", Map.of("csrf_token", form.csrfToken(),
                    "reason", i == 0 ? "offensive" : "spam", "note", i == 0 ? "Insults <b>everyone</b>." : ""));
            assertEquals(303, reported.status());
            assertEquals(site.contextPath() + "/books/" + bookId + "/reviews/" + reviewId + "?reported=1",
                    reported.header("Location"));
            reporters.add(reporter);
        }
        Site again = reporters.get(0);
        assertEquals(409, again.post("/reviews/" + reviewId + "/report", Map.of("csrf_token",
                again.get("/").csrfToken(), "reason", "spam")).status(), "once per reader");
        assertEquals(400, author.post("/reviews/" + reviewId + "/report", Map.of("csrf_token",
                author.get("/").csrfToken(), "reason", "spam")).status(), "not one's own");
        assertEquals(3L, Rows.count("SELECT COUNT(*) FROM review_report WHERE review_id = ? AND is_open = 1", reviewId));

        Site moderator = withRole("Mod Erator", "moderator");
        Document queue = moderator.get("/moderation").html();
        var item = queue.selectFirst("article.reported-review[data-review-id=" + reviewId + "]");
        assertNotNull(item, "listed");
        assertEquals("3 reports", item.selectFirst(".report-count").text());
        assertTrue(item.text().contains("Insults <b>everyone</b>."), "the note, escaped: " + item.text());
        assertNull(queue.selectFirst("article.reported-review script"), "the review's markup is text");

        Site.Page hidden = moderator.post("/reviews/" + reviewId + "/hide", Map.of("csrf_token",
                moderator.get("/moderation").csrfToken(), "reason", "Insults other readers."));
        assertEquals(303, hidden.status());
        assertEquals(site.contextPath() + "/moderation", hidden.header("Location"));
        assertEquals(List.of(List.of(1, 5L, 0, 1)), Rows.rows("SELECT review_count, rating_total, rating_1_count,"
                + " rating_5_count FROM book WHERE id = ?", bookId), "the figures without it, exactly");
        assertEquals(0L, Rows.count("SELECT COUNT(*) FROM review_report WHERE review_id = ? AND is_open = 1", reviewId));
        Document bookPage = newBrowser().get("/books/" + bookId).html();
        assertEquals(1, bookPage.select("article.review").size());
        assertFalse(bookPage.text().contains("Abusive"));
        assertEquals(404, newBrowser().get("/books/" + bookId + "/reviews/" + reviewId).status());
        assertFalse(newBrowser().get("/readers/" + authorName).body().contains("Abusive"), "not on their public page");
        Document own = author.get("/readers/" + authorName).html();
        assertEquals("A moderator hid this review; only you can see it. Reason: Insults other readers.",
                own.selectFirst(".hidden-review").text(), "its author sees it, marked, with the reason");
        assertEquals("No reviews yet", own.selectFirst(".reader-figures .review-count").text(), "its figures without it");

        assertEquals(303, moderator.post("/reviews/" + reviewId + "/restore", Map.of("csrf_token",
                moderator.get("/moderation").csrfToken())).status());
        assertEquals(List.of(List.of(2, 6L, 1, 1)), Rows.rows("SELECT review_count, rating_total, rating_1_count,"
                + " rating_5_count FROM book WHERE id = ?", bookId), "back with it");
        assertEquals(2, newBrowser().get("/books/" + bookId).html().select("article.review").size());
        assertEquals(List.of(List.of("review.hidden"), List.of("review.restored")), Rows.rows("SELECT action FROM audit_event"
                + " WHERE subject LIKE ? ORDER BY id", "review " + reviewId + " of %"));
    }

    @Test
    void everyRouteAnswersEachRoleAsItShouldAndARefusalChangesNothing() {
        long bookId = Rows.insertBook("Matrix " + Rows.uniqueIsbn(), "M", Rows.uniqueValidIsbn13(), 2001, "");
        assertEquals(303, newBrowser().writeReview(bookId, "Matrix Writer", "3", "Under test.").status());
        long reviewId = (Long) Rows.single("SELECT id FROM review WHERE book_id = ?", bookId);
        Map<String, Site> roles = new LinkedHashMap<>();
        roles.put("anonymous", newBrowser());
        roles.put("reader", withRole("Matrix Reader"));
        roles.put("librarian", withRole("Matrix Librarian", "librarian"));
        roles.put("moderator", withRole("Matrix Moderator", "moderator"));
        roles.put("admin", signedInAsAdmin(newBrowser()));
        String target = Rows.single("SELECT username FROM reader r JOIN review v ON v.reader_id = r.id WHERE v.id = ?",
                reviewId).toString();

        // route, then the status for anonymous, reader, librarian, moderator, admin
        String[][] matrix = {
                {"GET /books/new", "303", "403", "200", "403", "200"},
                {"POST /books/new", "303", "403", "303", "403", "303"},
                {"GET /books/B/edit", "303", "403", "200", "403", "200"},
                {"GET /books/import", "303", "403", "200", "403", "200"},
                {"POST /books/import", "303", "403", "303", "403", "303"},
                {"POST /books/B/edit", "303", "403", "303", "403", "303"},
                {"GET /reviews/R/report", "303", "200", "200", "200", "200"},
                {"POST /reviews/R/report", "303", "303", "303", "303", "303"},
                {"GET /moderation", "303", "403", "403", "200", "200"},
                {"POST /reviews/R/dismiss", "303", "403", "403", "303", "303"},
                {"POST /reviews/R/hide", "303", "403", "403", "303", "303"},
                {"POST /reviews/R/restore", "303", "403", "403", "303", "303"},
                {"GET /admin/readers", "303", "403", "403", "403", "200"},
                {"POST /admin/readers", "303", "403", "403", "403", "303"},
                {"GET /admin/log", "303", "403", "403", "403", "200"},
        };
        List<String> wrong = new ArrayList<>();
        int column = 1;
        for (Map.Entry<String, Site> role : roles.entrySet()) {
            Site browser = role.getValue();
            for (String[] row : matrix) {
                String[] route = row[0].replace("/B/", "/" + bookId + "/").replace("/R/", "/" + reviewId + "/").split(" ");
                List<Object> before = state(bookId, reviewId);
                Site.Page page = route[0].equals("GET") ? browser.get(route[1])
                        : route[1].equals("/books/import") ? browser.postFile(route[1],
                                Map.of("csrf_token", formFor(route[1], browser, bookId, target, role.getKey()).get("csrf_token")),
                                "file", "matrix.csv", "text/csv", ("title,author,isbn\nMatrix import,M,"
                                        + Rows.uniqueValidIsbn13() + "\n").getBytes(StandardCharsets.UTF_8))
                        : browser.post(route[1], formFor(route[1], browser, bookId, target, role.getKey()));
                int expected = Integer.parseInt(row[column]);
                if (page.status() != expected) {
                    wrong.add(role.getKey() + " " + row[0] + ": " + page.status() + " not " + expected);
                }
                if (expected == 403 || (expected == 303 && role.getKey().equals("anonymous"))) {
                    assertEquals(before, state(bookId, reviewId), role.getKey() + " " + row[0] + " changed nothing");
                    if (expected == 303) {
                        assertTrue(page.header("Location").contains("/signin?next="), page.header("Location"));
                    }
                }
                if (expected == 403) {
                    assertEquals("Not allowed", page.html().selectFirst("h1").text());
                }
            }
            column++;
        }
        assertEquals(List.of(), wrong);
    }

    @Test
    void hostileInputOnTheNewFormsIsRefusedCleanlyAndMarkupStaysText() {
        Site admin = signedInAsAdmin(site);
        String token = admin.get("/").csrfToken();
        String isbn = Rows.uniqueValidIsbn13();
        String title = "<script>alert('t')</script> & \"q\" " + isbn.substring(7);
        Site.Page added = admin.post("/books/new", Map.of("csrf_token", token, "title", title, "author", "<img src=x onerror=alert(1)>",
                "isbn", isbn, "published_year", "", "description", "<b>bold</b>"));
        assertEquals(303, added.status());
        Site.Page book = admin.get(added.header("Location").substring(site.contextPath().length()));
        assertEquals(title, book.html().selectFirst("h1").text());
        assertTrue(book.html().select("script").stream().noneMatch(s -> s.data().contains("alert")), "no script of theirs");
        assertTrue(book.html().select("img[onerror]").isEmpty());

        long reviewId = (Long) Rows.single("SELECT MIN(id) FROM review");
        long books = Rows.count("SELECT COUNT(*) FROM book");
        long events = Rows.count("SELECT COUNT(*) FROM audit_event");
        Map<String, Integer> refused = new LinkedHashMap<>();
        refused.put("hide with a control character", admin.post("/reviews/" + reviewId + "/hide",
                Map.of("csrf_token", token, "reason", "bad\u0000reason")).status());
        refused.put("hide without a reason", admin.post("/reviews/" + reviewId + "/hide", Map.of("csrf_token", token)).status());
        refused.put("hide with a reason too long", admin.post("/reviews/" + reviewId + "/hide",
                Map.of("csrf_token", token, "reason", "x".repeat(1001))).status());
        refused.put("report with an unknown reason", admin.post("/reviews/" + reviewId + "/report",
                Map.of("csrf_token", token, "reason", "<script>")).status());
        refused.put("report with a note too long", admin.post("/reviews/" + reviewId + "/report",
                Map.of("csrf_token", token, "reason", "other", "note", "n".repeat(1001))).status());
        refused.put("year as a huge number", admin.post("/books/new", Map.of("csrf_token", token, "title", "T", "author", "A",
                "isbn", Rows.uniqueValidIsbn13(), "published_year", "99999999999999999999")).status());
        refused.put("from another site", admin.postWithHeaders("/books/new", Map.of("csrf_token", token, "title", "T",
                "author", "A", "isbn", Rows.uniqueValidIsbn13()), "Origin", "https://evil.example").status());
        refused.put("a review id too large", admin.post("/reviews/99999999999999999999/hide",
                Map.of("csrf_token", token, "reason", "r")).status());
        refused.put("no such review", admin.post("/reviews/987654321/hide", Map.of("csrf_token", token, "reason", "r")).status());
        refused.put("GET of a POST route", admin.get("/reviews/" + reviewId + "/hide").status());
        refused.put("no such admin page", admin.get("/admin/other").status());
        assertEquals(Map.ofEntries(Map.entry("hide with a control character", 400), Map.entry("hide without a reason", 400),
                Map.entry("hide with a reason too long", 400), Map.entry("report with an unknown reason", 400),
                Map.entry("report with a note too long", 400), Map.entry("year as a huge number", 400),
                Map.entry("from another site", 403), Map.entry("a review id too large", 404),
                Map.entry("no such review", 404), Map.entry("GET of a POST route", 405),
                Map.entry("no such admin page", 404)), refused);
        assertEquals(books, Rows.count("SELECT COUNT(*) FROM book"));
        assertEquals(events, Rows.count("SELECT COUNT(*) FROM audit_event"));
        assertEquals(0L, Rows.count("SELECT COUNT(*) FROM review WHERE id = ? AND hidden_at IS NOT NULL", reviewId));
    }

    /** What the routes of the matrix could change: counts of books, roles, reports, audit entries; the review's state. */
    private static List<Object> state(long bookId, long reviewId) {
        return List.of(Rows.count("SELECT COUNT(*) FROM book"), Rows.count("SELECT COUNT(*) FROM reader_role"),
                Rows.count("SELECT COUNT(*) FROM book_import"),
                Rows.count("SELECT COUNT(*) FROM review_report"), Rows.count("SELECT COUNT(*) FROM audit_event"),
                Rows.rows("SELECT title, review_count FROM book WHERE id = ?", bookId),
                Rows.rows("SELECT CASE WHEN hidden_at IS NULL THEN 1 ELSE 0 END FROM review WHERE id = ?", reviewId).toString());
    }

    private static Map<String, String> formFor(String path, Site browser, long bookId, String target, String role) {
        String token = role.equals("anonymous") ? "no-session" : browser.get("/").csrfToken();
        Map<String, String> form = new LinkedHashMap<>(Map.of("csrf_token", token));
        if (path.equals("/books/new") || path.endsWith("/edit")) {
            form.putAll(Map.of("title", "Matrix book by " + role + " " + System.nanoTime(), "author", "M",
                    "isbn", path.endsWith("/edit") ? (String) Rows.single("SELECT isbn FROM book WHERE id = ?", bookId)
                            : Rows.uniqueValidIsbn13(), "published_year", "", "description", ""));
        } else if (path.endsWith("/report")) {
            form.put("reason", "other");
        } else if (path.endsWith("/hide")) {
            form.put("reason", "Matrix");
        } else if (path.equals("/admin/readers")) {
            form.put("username", target);
            form.put("role", "moderator");
        }
        return form;
    }

    private static String isbn10(String isbn13) {
        String nine = isbn13.substring(3, 12);
        int sum = 0;
        for (int i = 0; i < 9; i++) {
            sum += (10 - i) * (nine.charAt(i) - '0');
        }
        int check = (11 - sum % 11) % 11;
        return nine + (check == 10 ? "X" : String.valueOf(check));
    }
}
