package org.bookreviews.it;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.net.HttpCookie;
import java.util.List;
import java.util.Map;
import org.jsoup.nodes.Document;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * Readers' accounts, as a reader uses them: signing up and in and out, `next`, the throttle on
 * failed sign-ins, their page, their account (name, password, sessions, data, deletion), and
 * that the kept pages never show one reader's parts to another.
 */
class ReaderAccountsIT extends DeployedSite {

    @Test
    void signingUpSignsTheReaderInAndReturnsThemWhereTheyWere() {
        String username = Site.newUsername();
        Site.Page page = site.get("/signup?next=/books/2");
        assertEquals(List.of("csrf_token", "next", "username", "display_name", "password"),
                page.html().select("form[action$=/signup] [name]").eachAttr("name"));
        assertEquals("/books/2", page.html().selectFirst("input[name=next]").val());
        Site.Page posted = site.post("/signup", Map.of("csrf_token", page.csrfToken(), "next", "/books/2",
                "username", username, "display_name", "Zoë 李 🚀 O'Brien", "password", Site.PASSWORD));
        assertEquals(303, posted.status());
        assertEquals(site.contextPath() + "/books/2", posted.header("Location"));
        String cookie = posted.header("Set-Cookie");
        assertTrue(cookie.startsWith("bookreviews_session="), cookie);
        assertTrue(cookie.contains("HttpOnly") && cookie.contains("SameSite=Lax"), cookie);
        assertFalse(cookie.contains("Max-Age") || cookie.contains("Expires"), "until the browser closes: " + cookie);
        assertEquals("Zoë 李 🚀 O'Brien", site.get("/books/2").html().selectFirst(".signed-in-as").text());

        List<Object> row = Rows.rows("SELECT username, display_name, password_hash FROM reader WHERE username_key = ?",
                username.toLowerCase()).get(0);
        assertEquals(List.of(username, "Zoë 李 🚀 O'Brien"), row.subList(0, 2));
        assertTrue(((String) row.get(2)).startsWith("$argon2id$v=19$m=19456,t=2,p=1$"), "Argon2id, never the password");
        assertFalse(((String) row.get(2)).contains(Site.PASSWORD));
        String token = cookie.substring("bookreviews_session=".length(), cookie.indexOf(';'));
        assertEquals(0L, Rows.count("SELECT COUNT(*) FROM reader_session WHERE token_hash = ?", token),
                "the table holds only a hash of the token");
        assertEquals(1L, Rows.count("SELECT COUNT(*) FROM reader_session s JOIN reader r ON r.id = s.reader_id"
                + " WHERE r.username = ?", username));
    }

    @ParameterizedTest(name = "[{index}] {3}")
    @CsvSource(delimiter = '|', textBlock = """
            ab                 | Ann  | quiet lanterns drift over 7 harbours | username      | username too short
            ann smith          | Ann  | quiet lanterns drift over 7 harbours | username      | username with a space
            ''                 | Ann  | quiet lanterns drift over 7 harbours | username      | username missing
            NEW                | ''   | quiet lanterns drift over 7 harbours | display_name  | name missing
            NEW                | A<BEL>| quiet lanterns drift over 7 harbours| display_name  | name with a control character
            NEW                | Ann  | short                               | password      | password too short
            NEW                | Ann  | password123456                      | password      | password too common
            """)
    void badSignUpsComeBackWithTheFieldMarkedAndTheRestKeptButNeverThePassword(String username, String name,
                                                                               String password, String bad, String label) {
        String user = username.equals("NEW") ? Site.newUsername() : username;
        long readers = Rows.count("SELECT COUNT(*) FROM reader");
        Site.Page page = site.signUp(user, name.replace("<BEL>", "\u0007"), password);
        assertEquals(400, page.status(), label);
        Document html = page.html();
        assertTrue(html.selectFirst("[name=" + bad + "]").hasClass("is-invalid"), bad + " marked");
        assertNotNull(html.getElementById(bad + "-error"));
        assertEquals("", html.selectFirst("input[name=password]").val(), "the password is never sent back");
        assertFalse(page.body().contains(password) && password.length() > 5, "nor anywhere in the page");
        if (!bad.equals("username")) {
            assertEquals(user, html.selectFirst("input[name=username]").val(), "the username kept");
        }
        assertEquals(readers, Rows.count("SELECT COUNT(*) FROM reader"), "no account");
    }

    @Test
    void aGuessablePasswordIsRefusedWithTheReason() {
        Site.Page page = site.signUp(Site.newUsername(), "Ann", "qwertyuiop123");
        assertEquals(400, page.status());
        assertEquals("This password is too easy to guess: it is a common password, a word or name, or a simple pattern."
                + " Please choose a longer or less predictable one.", page.html().getElementById("password-error").text());
        assertEquals(303, site.signUp(Site.newUsername(), "Ann", "🚀🌙 kettle of  quiet rivers 🌙🚀").status(),
                "any characters, emoji and spaces too");
    }

    @Test
    void aUsernameIsTakenWhateverItsCase() {
        String username = newBrowser().signUp("First");
        Site.Page page = site.signUp(username.toUpperCase(), "Second", Site.PASSWORD);
        assertEquals(409, page.status());
        assertEquals("This username is taken. Please choose another.", page.html().getElementById("username-error").text());
        assertEquals("Second", page.html().selectFirst("input[name=display_name]").val());
    }

    @Test
    void signingInWorksWithAnyCaseAndAWrongPasswordDoesNotSayWhichWasWrong() {
        String username = newBrowser().signUp("Returning Reader");
        Site.Page wrongPassword = site.signIn(username, "not the password at all", false);
        Site.Page unknownName = site.signIn("no-such-" + Site.newUsername().substring(3), Site.PASSWORD, false);
        assertEquals(401, wrongPassword.status());
        assertEquals(401, unknownName.status());
        assertEquals("The username or password is not right.", wrongPassword.html().selectFirst(".sign-in-problem").text());
        assertEquals(wrongPassword.html().selectFirst(".sign-in-problem").text(),
                unknownName.html().selectFirst(".sign-in-problem").text(), "the same message");
        assertEquals(username, wrongPassword.html().selectFirst("input[name=username]").val());
        assertEquals("", wrongPassword.html().selectFirst("input[name=password]").val());

        Site.Page page = site.get("/signin?next=/books/3");
        Site.Page signedIn = site.post("/signin", Map.of("csrf_token", page.csrfToken(), "username", username.toUpperCase(),
                "password", Site.PASSWORD, "remember", "on", "next", page.html().selectFirst("input[name=next]").val()));
        assertEquals(303, signedIn.status());
        assertEquals(site.contextPath() + "/books/3", signedIn.header("Location"));
        assertTrue(signedIn.header("Set-Cookie").contains("Max-Age=2592000"), "kept 30 days: " + signedIn.header("Set-Cookie"));
        assertEquals("Returning Reader", site.get("/").html().selectFirst(".signed-in-as").text());
    }

    @Test
    void aSignInFormWhoseTokenWentStaleComesBackInsteadOfADeadEnd() {
        String username = newBrowser().signUp("Forgetful Browser");
        site.get("/signin"); // the browser has its cookie; the form's token is lost
        Site.Page page = site.post("/signin", Map.of("csrf_token", "stale", "username", username, "password", Site.PASSWORD));
        assertEquals(403, page.status());
        Document html = page.html();
        assertEquals("Your form had expired, so we did not send it yet. Please send it again.",
                html.selectFirst(".form-expired").text());
        assertEquals(username, html.selectFirst("input[name=username]").val());
        assertEquals("", html.selectFirst("input[name=password]").val());
        assertEquals(303, site.post("/signin", Map.of("csrf_token", html.selectFirst("input[name=csrf_token]").val(),
                "username", username, "password", Site.PASSWORD)).status(), "sent again with the new token");
    }

    @ParameterizedTest
    @ValueSource(strings = {"//evil.example", "https://evil.example", "/\\evil.example", "javascript:alert(1)"})
    void nextLeadsOnlyToPathsOfThisSite(String next) {
        String username = newBrowser().signUp("Redirected");
        Site.Page page = site.get("/signin");
        Site.Page signedIn = site.post("/signin", Map.of("csrf_token", page.csrfToken(), "username", username,
                "password", Site.PASSWORD, "next", next));
        assertEquals(303, signedIn.status());
        assertEquals(site.contextPath() + "/", signedIn.header("Location"));
    }

    @Test
    void eachSignInIsANewSessionAndSigningOutEndsIt() {
        String username = site.signUp("Session Holder");
        String firstToken = sessionCookie(site);
        assertEquals(303, site.signIn(username, Site.PASSWORD, false).status());
        String secondToken = sessionCookie(site);
        assertFalse(firstToken.equals(secondToken), "a new token at sign-in: none planted before it survives");
        Site stolen = withSessionCookie(secondToken);
        assertNotNull(stolen.get("/").html().selectFirst(".signed-in-as"));

        Site.Page out = site.signOut();
        assertEquals(303, out.status());
        assertEquals(site.contextPath() + "/", out.header("Location"));
        assertNull(site.get("/").html().selectFirst(".signed-in-as"));
        assertNull(withSessionCookie(secondToken).get("/").html().selectFirst(".signed-in-as"),
                "the old cookie signs nobody in");
        assertNull(withSessionCookie(firstToken).get("/books/1").html().selectFirst(".signed-in-as"));
    }

    @Test
    void fiveFailedSignInsHoldTheUsernameBackEvenWithTheRightPassword() {
        String username = newBrowser().signUp("Attacked Reader");
        for (int i = 0; i < 5; i++) {
            assertEquals(401, site.signIn(username, "guess number " + i + " wrong", false).status());
        }
        Site.Page held = site.signIn(username, Site.PASSWORD, false);
        assertEquals(429, held.status());
        long retryAfter = Long.parseLong(held.header("Retry-After"));
        assertTrue(retryAfter > 800 && retryAfter <= 900, "until 15 minutes after the first failure: " + retryAfter);
        assertEquals("Too many failed attempts. Please wait a few minutes before you try again.",
                held.html().selectFirst(".sign-in-problem").text());
        assertTrue(held.header("Set-Cookie") == null || !held.header("Set-Cookie").contains("bookreviews_session"),
                "no session");
        assertEquals(5L, Rows.count("SELECT COUNT(*) FROM rate_event WHERE subject = ?", username.toLowerCase()),
                "counted in the database");
    }

    @Test
    void aReadersPageListsTheirReviewsNewestFirst() {
        long first = Rows.insertBook("Reader Page One " + Rows.uniqueIsbn(), "A", Rows.uniqueIsbn(), 2001, "");
        long second = Rows.insertBook("Reader Page Two " + Rows.uniqueIsbn(), "B", Rows.uniqueIsbn(), 2002, "");
        String username = site.signUp("Page Owner");
        assertEquals(303, site.submitReview(first, "2", "The first one.", false).status());
        assertEquals(303, site.submitReview(second, "5", "The second one.", true).status());

        Site.Page page = newBrowser().get("/readers/" + username.toUpperCase());
        assertEquals(200, page.status());
        Document html = page.html();
        assertEquals("Page Owner", html.selectFirst(".reader-name").text());
        assertTrue(html.selectFirst(".member-since").text().startsWith("Member since "));
        assertEquals("2 reviews", html.selectFirst(".reader-figures .review-count").text());
        assertEquals("Average rating given: 3.5", html.selectFirst(".average-given").text());
        assertEquals(List.of(site.contextPath() + "/books/" + second, site.contextPath() + "/books/" + first),
                html.select("article.review a.book-title").eachAttr("href"));
        assertNotNull(html.selectFirst("article.review details.spoiler"), "a spoiler stays collapsed here too");
        assertEquals(site.contextPath() + "/readers/" + username,
                newBrowser().get("/books/" + first).html().selectFirst("article.review a.reviewer").attr("href"),
                "names on book pages link to the reader's page");
        assertEquals(404, site.get("/readers/nobody-" + Site.newUsername()).status());
    }

    @Test
    void theDemoReviewsHaveDemoReaders() {
        Document html = site.get("/readers/priya.n").html();
        assertEquals("Priya N.", html.selectFirst(".reader-name").text());
        assertEquals(1, html.select("article.review").size());
    }

    @Test
    void aReaderChangesTheirNameAndItShowsOnTheirReviewsAtOnce() {
        long book = Rows.insertBook("Renamed " + Rows.uniqueIsbn(), "A", Rows.uniqueIsbn(), 2001, "");
        site.signUp("Old Name");
        assertEquals(303, site.submitReview(book, "4", "Named twice.", false).status());
        assertEquals("Old Name", newBrowser().get("/books/" + book).html().selectFirst(".reviewer").text());
        Site.Page account = site.get("/account");
        assertEquals(200, account.status());
        assertEquals("private, no-store", account.header("Cache-Control"));
        Site.Page saved = site.post("/account/name", Map.of("csrf_token", account.csrfToken(), "display_name", "New Name"));
        assertEquals(303, saved.status());
        assertEquals("Your name is saved.", site.get(saved.header("Location")).html().selectFirst(".saved").text());
        assertEquals("New Name", newBrowser().get("/books/" + book).html().selectFirst(".reviewer").text());
        assertEquals("New Name", site.get("/").html().selectFirst(".signed-in-as").text());
        assertEquals(400, site.post("/account/name", Map.of("csrf_token", account.csrfToken(), "display_name", " ")).status());
    }

    @Test
    void changingThePasswordNeedsTheCurrentOneAndSignsOutEveryOtherBrowser() {
        String username = site.signUp("Careful Reader");
        Site otherBrowser = newBrowser();
        assertEquals(303, otherBrowser.signIn(username, Site.PASSWORD, true).status());
        String token = site.get("/account").csrfToken();

        assertEquals(400, site.post("/account/password", Map.of("csrf_token", token, "current_password", "wrong one here",
                "new_password", "a brand new phrase for 2026")).status());
        assertEquals(400, site.post("/account/password", Map.of("csrf_token", token, "current_password", Site.PASSWORD,
                "new_password", "password123456")).status());
        assertEquals(303, site.post("/account/password", Map.of("csrf_token", token, "current_password", Site.PASSWORD,
                "new_password", "a brand new phrase for 2026")).status());

        assertNotNull(site.get("/").html().selectFirst(".signed-in-as"), "this browser stays signed in");
        assertNull(otherBrowser.get("/").html().selectFirst(".signed-in-as"), "the other is signed out");
        assertEquals(401, newBrowser().signIn(username, Site.PASSWORD, false).status());
        assertEquals(303, newBrowser().signIn(username, "a brand new phrase for 2026", false).status());

        assertEquals(303, site.post("/account/signout-everywhere", Map.of("csrf_token", token)).status());
        assertNull(site.get("/").html().selectFirst(".signed-in-as"), "and everywhere means here too");
        assertEquals(0L, Rows.count("SELECT COUNT(*) FROM reader_session s JOIN reader r ON r.id = s.reader_id"
                + " WHERE r.username = ?", username));
    }

    @Test
    void aReaderDownloadsTheirReviewsAsCsv() {
        long book = Rows.insertBook("Exported, \"quoted\" " + Rows.uniqueIsbn(), "A", Rows.uniqueIsbn(), 2001, "");
        String username = site.signUp("Exporter");
        assertEquals(303, site.submitReview(book, "4", "=SUM(A1) and a line\nbreak, with \"quotes\"", false).status());
        Site.Page csv = site.get("/account/reviews.csv");
        assertEquals(200, csv.status());
        assertEquals("text/csv;charset=UTF-8", csv.header("Content-Type"));
        assertEquals("attachment; filename=\"bookreviews-" + username + ".csv\"", csv.header("Content-Disposition"));
        List<String> lines = csv.body().lines().toList();
        assertEquals("book_id,book_title,isbn,rating,review,spoiler,written_at,edited_at", lines.get(0));
        assertTrue(csv.body().contains(",4,\"'=SUM(A1) and a line\r\nbreak, with \"\"quotes\"\"\",false,")
                || csv.body().contains(",4,\"'=SUM(A1) and a line\nbreak, with \"\"quotes\"\"\",false,"), csv.body());
        assertEquals(303, newBrowser().get("/account/reviews.csv").status(), "signed out: to sign-in");
    }

    @Test
    void deletingTheAccountTakesItsReviewsAndKeepsItsUsername() {
        long book = Rows.insertBook("Left Behind " + Rows.uniqueIsbn(), "A", Rows.uniqueIsbn(), 2001, "");
        newBrowser().writeReview(book, "Stays", "5", "I stay.");
        String username = site.signUp("Leaving Reader");
        assertEquals(303, site.submitReview(book, "1", "I leave.", false).status());
        String token = site.get("/account").csrfToken();

        assertEquals(400, site.post("/account/delete", Map.of("csrf_token", token, "password", "not my password")).status());
        assertEquals(1L, Rows.count("SELECT COUNT(*) FROM reader WHERE username = ?", username));

        Site.Page deleted = site.post("/account/delete", Map.of("csrf_token", token, "password", Site.PASSWORD));
        assertEquals(303, deleted.status());
        assertEquals(site.contextPath() + "/", deleted.header("Location"));
        assertEquals(0L, Rows.count("SELECT COUNT(*) FROM reader WHERE username = ?", username));
        assertEquals(0L, Rows.count("SELECT COUNT(*) FROM review WHERE body = 'I leave.'"));
        assertEquals(List.of(1L, 5L, 0L), Rows.rows("SELECT review_count, rating_total, rating_1_count FROM book WHERE id = ?",
                book).get(0).stream().map(v -> ((Number) v).longValue()).toList());
        assertEquals("5.0", newBrowser().get("/books/" + book).html().selectFirst(".average-rating").text());
        assertNull(site.get("/").html().selectFirst(".signed-in-as"));
        assertEquals(404, site.get("/readers/" + username).status());
        assertEquals(409, newBrowser().signUp(username, "Impostor", Site.PASSWORD).status(),
                "the username is never given to anyone else");
    }

    @Test
    void signedOutEverySignedInRouteSendsTheReaderToSignIn() {
        Site anonymous = newBrowser();
        String token = anonymous.get("/signin").csrfToken();
        for (String path : List.of("/account", "/account/reviews.csv", "/books/1/reviews/mine/edit")) {
            Site.Page page = anonymous.get(path);
            assertEquals(303, page.status(), path);
            assertTrue(page.header("Location").startsWith(site.contextPath() + "/signin?next="), path);
        }
        for (String path : List.of("/account/name", "/account/password", "/account/signout-everywhere", "/account/delete",
                "/books/1/reviews", "/books/1/reviews/mine/delete")) {
            Site.Page page = anonymous.post(path, Map.of("csrf_token", token, "password", "x", "rating", "5", "body", "x"));
            assertEquals(303, page.status(), path);
            assertTrue(page.header("Location").startsWith(site.contextPath() + "/signin?next="), path);
        }
    }

    @Test
    void keptPagesNeverShowOneReadersPartsToAnother() {
        long book = Rows.insertBook("Shared Page " + Rows.uniqueIsbn(), "A", Rows.uniqueIsbn(), 2001, "");
        Site readerA = newBrowser();
        String a = readerA.signUp("Alice Unique A7");
        assertEquals(303, readerA.submitReview(book, "4", "Alice's words.", false).status());
        Document aliceSees = readerA.get("/books/" + book).html();
        assertEquals("Alice Unique A7", aliceSees.selectFirst(".signed-in-as").text());
        assertNotNull(aliceSees.selectFirst("a.edit-review"));

        Site readerB = newBrowser();
        readerB.signUp("Bob Unique B8");
        Site anonymous = newBrowser();
        for (String path : List.of("/books/" + book, "/", "/?sort=rating", "/books/" + book + "/reviews/thanks")) {
            for (Site other : List.of(readerB, anonymous)) {
                Site.Page page = other.get(path);
                String nav = page.html().select(".reader-nav").text();
                assertFalse(nav.contains("Alice Unique A7"), path + ": A's name in another's navbar");
                assertNull(page.html().selectFirst("a.edit-review"), path + ": A's edit link elsewhere");
                assertNull(page.html().selectFirst("form[action$=/mine/delete]"), path + ": A's delete form elsewhere");
                assertFalse(page.body().contains(readerA.get("/").csrfToken()), path + ": A's token elsewhere");
            }
        }
        assertEquals("Bob Unique B8", readerB.get("/books/" + book).html().selectFirst(".signed-in-as").text());
        assertEquals("Write a review", readerB.get("/books/" + book).html().selectFirst("#write-heading").text());
        assertEquals(1, anonymous.get("/readers/" + a).html().select("article.review").size());
    }

    private static String sessionCookie(Site browser) {
        return browser.cookies().getCookieStore().getCookies().stream().filter(c -> c.getName().equals("bookreviews_session"))
                .map(HttpCookie::getValue).findFirst().orElseThrow();
    }

    private Site withSessionCookie(String token) {
        Site browser = newBrowser();
        HttpCookie cookie = new HttpCookie("bookreviews_session", token);
        cookie.setPath(site.contextPath());
        cookie.setVersion(0);
        browser.cookies().getCookieStore().add(site.uri("/"), cookie);
        return browser;
    }

}
