package org.bookreviews.it;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * A signed-in reader writes a review: it is stored exactly, thanked for, and shown first; bad
 * input is refused; a reader has one review per book, which they can edit and delete.
 */
class WriteReviewIT extends DeployedSite {

    private static final String NAME = "Zoë 李 🚀 O'Brien";
    private static final String BODY = "She said \"wow\" & I agreed.\nSecond line, 🚀 included.\n\nThird <paragraph>.";

    private long bookId;

    @BeforeEach
    void newBook() {
        bookId = Rows.insertBook("Review Target " + Rows.uniqueIsbn(), "Ann Author", Rows.uniqueIsbn(), 2010, "");
        assertEquals(303, newBrowser().writeReview(bookId, "Earlier Reader", "2", "An earlier review.").status());
    }

    @Test
    void aReviewIsStoredExactlyThenThankedForAndShownFirst() {
        Site.Page posted = site.writeReview(bookId, NAME, "5", BODY);

        assertEquals(303, posted.status());
        assertEquals(site.contextPath() + "/books/" + bookId + "/reviews/thanks", posted.header("Location"));
        List<Object> row = Rows.rows("SELECT reviewer_name, rating, body, spoiler FROM review WHERE book_id = ?"
                + " ORDER BY id DESC FETCH FIRST 1 ROWS ONLY", bookId).get(0);
        assertEquals(List.of(NAME, 5, BODY, 0), row);

        Site.Page thanks = site.get(posted.header("Location"));
        assertEquals(200, thanks.status());
        assertEquals("Thank you for your review", thanks.html().selectFirst("h1").text());
        Element back = thanks.html().selectFirst("main a.btn");
        assertEquals(site.contextPath() + "/books/" + bookId, back.attr("href"));

        Document book = site.get(back.attr("href")).html();
        Element newest = book.selectFirst("article.review");
        assertEquals(NAME, newest.selectFirst(".reviewer").wholeText());
        assertEquals(BODY, newest.selectFirst(".review-body").wholeText());
        assertEquals("2 reviews", book.selectFirst(".rating-summary .review-count").text());
        assertEquals("3.5", book.selectFirst(".average-rating").text());
        assertEquals(List.of(2L, 7L), Rows.rows("SELECT review_count, rating_total FROM book WHERE id = ?", bookId)
                .get(0).stream().map(v -> ((Number) v).longValue()).toList());
        assertEquals("Your review", book.selectFirst("#write-heading").text());
        assertEquals(BODY, book.selectFirst("#write-review .review-body").wholeText());
    }

    @Test
    void writingRequiresSigningInAndStoresNothingOtherwise() {
        long before = Rows.reviewCount();
        Site anonymous = newBrowser();
        Site.Page signUpPage = anonymous.get("/signup"); // an anonymous visitor's valid token
        Site.Page page = anonymous.post("/books/" + bookId + "/reviews", Map.of("csrf_token", signUpPage.csrfToken(),
                "rating", "4", "body", "Anonymous."));
        assertEquals(303, page.status());
        assertEquals(site.contextPath() + "/signin?next=/books/" + bookId, page.header("Location"));
        assertEquals(before, Rows.reviewCount());
    }

    @Test
    void windowsLineBreaksAndSurroundingSpaceAreHandledAsTyped() {
        site.writeReview(bookId, "  Padded Name  ", "4", "\r\n  First line\r\nSecond line  \r\n");
        List<Object> row = Rows.rows("SELECT reviewer_name, body FROM review WHERE book_id = ?"
                + " ORDER BY id DESC FETCH FIRST 1 ROWS ONLY", bookId).get(0);
        assertEquals(List.of("Padded Name", "First line\r\nSecond line"), row);
    }

    @Test
    void markupInAReviewIsShownAsTextNeverRun() {
        String name = "<script>alert('name')</script>\"><img src=x onerror=alert(1)>";
        String body = "</textarea><script>alert('body')</script> ${7*7} #{7*7} <b>bold</b>";
        assertEquals(303, site.writeReview(bookId, name, "3", body).status());

        Site.Page page = site.get("/books/" + bookId);
        Document html = page.html();
        assertTrue(html.select("script").isEmpty(), "no script element got into the page");
        assertTrue(html.select("article.review img").isEmpty());
        assertTrue(html.select("article.review b").isEmpty());
        Element newest = html.selectFirst("article.review");
        assertEquals(name, newest.selectFirst(".reviewer").wholeText());
        assertEquals(body, newest.selectFirst(".review-body").wholeText());
        assertTrue(page.body().contains("&lt;script&gt;alert(&#039;name&#039;)&lt;/script&gt;"));
        assertTrue(page.body().contains("${7*7} #{7*7}"), "expressions are not evaluated");
    }

    @ParameterizedTest(name = "[{index}] {3}")
    @CsvSource(delimiter = '|', textBlock = """
            '' | Good book. | rating | rating missing
            0  | Good book. | rating | rating too low
            6  | Good book. | rating | rating too high
            4.5| Good book. | rating | rating not whole
            abc| Good book. | rating | rating not a number
            4  | ''         | body   | text missing
            4  | '  <TAB>  '| body   | text blank
            4  | 'a<NUL>b'  | body   | text with NUL
            """)
    void badInputComesBackWithAMessageUnderTheFieldAndNothingStored(String rating, String body, String badField,
                                                                     String label) {
        site.signUp("Careless Typist");
        assertBadInput(Map.of("rating", rating, "body", unescape(body)), badField);
    }

    @Test
    void tooLongTextIsRefused() {
        site.signUp("Long Writer");
        assertBadInput(Map.of("rating", "4", "body", "b".repeat(5001)), "body");
        // The limit itself is fine.
        assertEquals(303, site.submitReview(bookId, "4", "b".repeat(5000), false).status());
    }

    @Test
    void everyBadFieldIsMarkedAtOnce() {
        site.signUp("Empty Form");
        Document html = assertBadInput(Map.of("rating", "", "body", ""), "rating");
        assertEquals(2, html.select(".is-invalid").size());
        assertEquals(2, html.select(".invalid-feedback").size());
    }

    @Test
    void missingFieldsAreABadRequestNotAnError() {
        site.signUp("Field Forgetter");
        Site.Page bookPage = site.get("/books/" + bookId);
        long before = Rows.reviewCount();
        Site.Page page = site.post("/books/" + bookId + "/reviews", Map.of("csrf_token", bookPage.csrfToken()));
        assertEquals(400, page.status());
        assertEquals(2, page.html().select(".is-invalid").size());
        assertEquals(before, Rows.reviewCount());
    }

    @Test
    void withoutTheSessionsTokenNothingIsStoredAndTheFormComesBackWithTheText() {
        site.signUp("Token Tester");
        Site.Page bookPage = site.get("/books/" + bookId);
        long before = Rows.reviewCount();
        Map<String, String> review = Map.of("rating", "1", "body", "Typed before a restart.");

        Site.Page missing = site.post("/books/" + bookId + "/reviews", review);
        assertEquals(403, missing.status());
        Document again = missing.html();
        assertEquals("Your form had expired, so we did not save it yet. Your text is still here: check it and send it again.",
                again.selectFirst("#write-review .alert").text());
        assertEquals("Typed before a restart.", again.selectFirst("textarea[name=body]").wholeText(), "the reader's text kept");
        assertEquals("1", again.select("select[name=rating] option[selected]").attr("value"));
        assertEquals(bookPage.csrfToken(), again.selectFirst("input[name=csrf_token]").val(), "with a token that works");

        Map<String, String> wrongToken = new LinkedHashMap<>(review);
        wrongToken.put("csrf_token", bookPage.csrfToken().substring(1) + "A");
        assertEquals(403, site.post("/books/" + bookId + "/reviews", wrongToken).status());

        // Another reader's token is worth nothing in this session, and this session's nothing in theirs.
        Site otherReader = newBrowser();
        otherReader.signUp("Other Reader");
        Map<String, String> othersToken = new LinkedHashMap<>(review);
        othersToken.put("csrf_token", otherReader.get("/books/" + bookId).csrfToken());
        assertEquals(403, site.post("/books/" + bookId + "/reviews", othersToken).status());
        Map<String, String> mine = new LinkedHashMap<>(review);
        mine.put("csrf_token", bookPage.csrfToken());
        assertEquals(403, otherReader.post("/books/" + bookId + "/reviews", mine).status());

        assertEquals(before, Rows.reviewCount());
        assertEquals(303, site.post("/books/" + bookId + "/reviews", mine).status(), "sent again with the page's token");
    }

    @ParameterizedTest
    @CsvSource({
            "Sec-Fetch-Site, cross-site",
            "Sec-Fetch-Site, same-site",
            "Origin, https://evil.example",
            "Origin, null",
            "Referer, https://evil.example/attack.html"})
    void aPostFromAnotherSiteIsRefusedEvenWithAValidToken(String header, String value) {
        site.signUp("Cross Site Victim");
        Site.Page bookPage = site.get("/books/" + bookId);
        long before = Rows.reviewCount();
        Site.Page page = site.postWithHeaders("/books/" + bookId + "/reviews", validForm(bookPage), header, value);
        assertEquals(403, page.status(), header + ": " + value);
        assertEquals("Your form has expired", page.html().selectFirst("h1").text());
        assertEquals(before, Rows.reviewCount());
    }

    @Test
    void aPostFromTheSiteItselfIsAccepted() {
        site.signUp("Same Site");
        assertEquals(303, site.postWithHeaders("/books/" + bookId + "/reviews", validForm(site.get("/books/" + bookId)),
                "Sec-Fetch-Site", "same-origin", "Origin", site.origin()).status());
        assertEquals(303, site.postWithHeaders("/books/" + bookId + "/reviews", validForm(site.get("/books/" + bookId)),
                "Origin", site.origin(), "Referer", site.origin() + site.contextPath() + "/books/" + bookId).status());
    }

    private static Map<String, String> validForm(Site.Page bookPage) {
        return Site.reviewForm(bookPage, "3", "Sent with browser headers.");
    }

    @Test
    void aReviewOfAnUnknownBookIsNotFound() {
        site.signUp("Lost Reader");
        Site.Page bookPage = site.get("/books/" + bookId);
        long before = Rows.reviewCount();
        Site.Page page = site.post("/books/999999999/reviews", Map.of("csrf_token", bookPage.csrfToken(),
                "rating", "4", "body", "Where is it?"));
        assertEquals(404, page.status());
        assertEquals(before, Rows.reviewCount());
    }

    @Test
    void theSameFormSentTwiceStoresOneReviewAndThanksBothTimes() throws Exception {
        String username = site.signUp("Impatient Clicker");
        Site.Page bookPage = site.get("/books/" + bookId);
        Map<String, String> form = Site.reviewForm(bookPage, "5", "Clicked, clicked again, then the browser retried.");
        String action = bookPage.html().selectFirst("form[action$=/reviews]").attr("action");

        // A double click: two copies at once; then a resubmit after the thank-you page.
        java.util.concurrent.ExecutorService clicks = java.util.concurrent.Executors.newFixedThreadPool(2);
        var first = clicks.submit(() -> site.post(action, form));
        var second = clicks.submit(() -> site.post(action, form));
        List<Site.Page> answers = List.of(first.get(), second.get(), site.post(action, form));
        clicks.shutdown();

        for (Site.Page answer : answers) {
            assertEquals(303, answer.status());
            assertEquals(site.contextPath() + "/books/" + bookId + "/reviews/thanks", answer.header("Location"));
        }
        assertEquals(1L, Rows.count("SELECT COUNT(*) FROM review r JOIN reader u ON u.id = r.reader_id"
                + " WHERE r.book_id = ? AND u.username = ?", bookId, username));
        assertEquals(2L, Rows.count("SELECT review_count FROM book WHERE id = ?", bookId), "the earlier review and this one");
    }

    @Test
    void aReaderEditsTheirReviewAndTheFiguresFollowExactly() {
        site.signUp("Second Thoughts");
        assertEquals(303, site.submitReview(bookId, "5", "First impression.", false).status());

        Document book = site.get("/books/" + bookId).html();
        assertEquals("Your review", book.selectFirst("#write-heading").text());
        Element edit = book.selectFirst("#write-review a.edit-review");
        assertEquals(site.contextPath() + "/books/" + bookId + "/reviews/mine/edit", edit.attr("href"));
        Site.Page form = site.get(edit.attr("href"));
        assertEquals(200, form.status());
        Document filled = form.html();
        assertEquals("First impression.", filled.selectFirst("textarea[name=body]").wholeText(), "the same form, filled in");
        assertEquals("5", filled.select("select[name=rating] option[selected]").attr("value"));

        Map<String, String> changed = new LinkedHashMap<>(Site.reviewForm(form, "1", "Spoiled by the ending."));
        changed.put("spoiler", "on");
        assertEquals(303, site.post(filled.selectFirst("form[action$=/reviews]").attr("action"), changed).status());

        assertEquals(List.of(2L, 3L, 1L, 1L, 0L, 0L, 0L, 0L), Rows.rows("SELECT review_count, rating_total, rating_1_count,"
                + " rating_2_count, rating_3_count, rating_4_count, rating_5_count, 0 FROM book WHERE id = ?", bookId)
                .get(0).stream().map(v -> ((Number) v).longValue()).toList());
        Document after = site.get("/books/" + bookId).html();
        assertEquals("1.5", after.selectFirst(".average-rating").text());
        Element spoiler = after.selectFirst("article.review details.spoiler");
        assertEquals("Show spoiler", spoiler.selectFirst("summary").text());
        assertEquals("Spoiled by the ending.", spoiler.selectFirst(".review-body").text());
        assertTrue(after.selectFirst("article.review").text().contains("edited"));
    }

    @Test
    void aReaderDeletesTheirReviewAndTheFiguresFollowExactly() {
        site.signUp("Change Of Heart");
        assertEquals(303, site.submitReview(bookId, "4", "Will take it back.", false).status());
        Document book = site.get("/books/" + bookId).html();
        String action = book.selectFirst("#write-review form[action$=/mine/delete]").attr("action");
        String token = book.selectFirst("#write-review form[action$=/mine/delete] input[name=csrf_token]").val();

        Site.Page deleted = site.post(action, Map.of("csrf_token", token));
        assertEquals(303, deleted.status());
        assertEquals(site.contextPath() + "/books/" + bookId, deleted.header("Location"));
        assertEquals(List.of(1L, 2L), Rows.rows("SELECT review_count, rating_total FROM book WHERE id = ?", bookId)
                .get(0).stream().map(v -> ((Number) v).longValue()).toList());
        assertEquals(0L, Rows.count("SELECT COUNT(*) FROM review WHERE book_id = ? AND body = 'Will take it back.'", bookId));
        assertEquals(404, site.post(action, Map.of("csrf_token", token)).status(), "nothing left to delete");
        assertEquals("Write a review", site.get("/books/" + bookId).html().selectFirst("#write-heading").text());
    }

    /** Posts a bad review with a valid token: 400, the book page again, the field marked, the rest kept. */
    private Document assertBadInput(Map<String, String> review, String badField) {
        Site.Page bookPage = site.get("/books/" + bookId);
        long before = Rows.reviewCount();
        Map<String, String> form = new LinkedHashMap<>(review);
        form.put("csrf_token", bookPage.csrfToken());

        Site.Page page = site.post("/books/" + bookId + "/reviews", form);

        assertEquals(400, page.status(), "status for " + review);
        assertEquals("text/html;charset=UTF-8", page.header("Content-Type"));
        assertEquals(before, Rows.reviewCount(), "nothing stored");
        Document html = page.html();
        assertTrue(html.selectFirst("h1").text().startsWith("Review Target"), "the same book page");
        Element field = html.selectFirst("[name=" + badField + "]");
        assertTrue(field.hasClass("is-invalid"), badField + " marked");
        Element message = html.getElementById(badField + "-error");
        assertNotNull(message, "message under " + badField);
        assertTrue(message.hasClass("invalid-feedback"));
        assertTrue(!message.text().isBlank());
        for (String other : List.of("rating", "body")) {
            if (form.get(other).isBlank() || other.equals(badField)) {
                continue;
            }
            Element kept = html.selectFirst("[name=" + other + "]");
            String shown = switch (kept.tagName()) {
                case "textarea" -> kept.wholeText();
                case "select" -> kept.select("option[selected]").attr("value");
                default -> kept.attr("value");
            };
            assertEquals(form.get(other), shown, other + " kept as typed");
            assertNull(html.getElementById(other + "-error"), other + " is fine");
        }
        return html;
    }

    private static String unescape(String csv) {
        return csv.replace("<TAB>", "\t").replace("<NUL>", "\u0000").replace("<BEL>", "\u0007");
    }
}
