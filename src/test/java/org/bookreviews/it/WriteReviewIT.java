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

/** A reader writes a review: it is stored exactly, thanked for, and shown first; bad input is refused. */
class WriteReviewIT extends DeployedSite {

    private static final String NAME = "Zoë 李 🚀 O'Brien";
    private static final String BODY = "She said \"wow\" & I agreed.\nSecond line, 🚀 included.\n\nThird <paragraph>.";

    private long bookId;

    @BeforeEach
    void newBook() {
        bookId = Rows.insertBook("Review Target " + Rows.uniqueIsbn(), "Ann Author", Rows.uniqueIsbn(), 2010, "");
        assertEquals(303, site.writeReview(bookId, "Earlier Reader", "2", "An earlier review.").status());
    }

    @Test
    void aReviewIsStoredExactlyThenThankedForAndShownFirst() {
        Site.Page posted = site.writeReview(bookId, NAME, "5", BODY);

        assertEquals(303, posted.status());
        assertEquals(site.contextPath() + "/books/" + bookId + "/reviews/thanks", posted.header("Location"));
        List<Object> row = Rows.rows("SELECT reviewer_name, rating, body FROM review WHERE book_id = ?"
                + " ORDER BY id DESC FETCH FIRST 1 ROWS ONLY", bookId).get(0);
        assertEquals(List.of(NAME, 5, BODY), row);

        Site.Page thanks = site.get(posted.header("Location"));
        assertEquals(200, thanks.status());
        assertEquals("Thank you for your review", thanks.html().selectFirst("h1").text());
        Element back = thanks.html().selectFirst("a.btn");
        assertEquals(site.contextPath() + "/books/" + bookId, back.attr("href"));

        Document book = site.get(back.attr("href")).html();
        Element newest = book.selectFirst("article.review");
        assertEquals(NAME, newest.selectFirst(".reviewer").wholeText());
        assertEquals(BODY, newest.selectFirst(".review-body").wholeText());
        assertEquals("2 reviews", book.selectFirst(".rating-summary .review-count").text());
        assertEquals("3.5", book.selectFirst(".average-rating").text());
        assertEquals(List.of(2L, 7L), Rows.rows("SELECT review_count, rating_total FROM book WHERE id = ?", bookId)
                .get(0).stream().map(v -> ((Number) v).longValue()).toList());
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
        assertTrue(html.select("img").isEmpty());
        assertTrue(html.select("article.review b").isEmpty());
        Element newest = html.selectFirst("article.review");
        assertEquals(name, newest.selectFirst(".reviewer").wholeText());
        assertEquals(body, newest.selectFirst(".review-body").wholeText());
        assertTrue(page.body().contains("&lt;script&gt;alert(&#039;name&#039;)&lt;/script&gt;"));
        assertTrue(page.body().contains("${7*7} #{7*7}"), "expressions are not evaluated");
    }

    @ParameterizedTest(name = "[{index}] {4}")
    @CsvSource(delimiter = '|', textBlock = """
            ''                  | 4  | Good book. | reviewer_name | name missing
            '   '               | 4  | Good book. | reviewer_name | name blank
            'Ann<BEL>'          | 4  | Good book. | reviewer_name | name with a control character
            Ann                 | '' | Good book. | rating        | rating missing
            Ann                 | 0  | Good book. | rating        | rating too low
            Ann                 | 6  | Good book. | rating        | rating too high
            Ann                 | 4.5| Good book. | rating        | rating not whole
            Ann                 | abc| Good book. | rating        | rating not a number
            Ann                 | 4  | ''         | body          | text missing
            Ann                 | 4  | '  <TAB>  '| body          | text blank
            Ann                 | 4  | 'a<NUL>b'  | body          | text with NUL
            """)
    void badInputComesBackWithAMessageUnderTheFieldAndNothingStored(String name, String rating, String body,
                                                                     String badField, String label) {
        assertBadInput(Map.of("reviewer_name", unescape(name), "rating", rating, "body", unescape(body)), badField);
    }

    @Test
    void tooLongNameOrTextIsRefused() {
        assertBadInput(Map.of("reviewer_name", "n".repeat(101), "rating", "4", "body", "ok"), "reviewer_name");
        assertBadInput(Map.of("reviewer_name", "Ann", "rating", "4", "body", "b".repeat(5001)), "body");
        // The limits themselves are fine.
        assertEquals(303, site.writeReview(bookId, "n".repeat(100), "4", "b".repeat(5000)).status());
    }

    @Test
    void everyBadFieldIsMarkedAtOnce() {
        Document html = assertBadInput(Map.of("reviewer_name", "", "rating", "", "body", ""), "reviewer_name");
        assertEquals(3, html.select(".is-invalid").size());
        assertEquals(3, html.select(".invalid-feedback").size());
    }

    @Test
    void missingFieldsAreABadRequestNotAnError() {
        Site.Page bookPage = site.get("/books/" + bookId);
        long before = Rows.reviewCount();
        Site.Page page = site.post("/books/" + bookId + "/reviews", Map.of("csrf_token", bookPage.csrfToken()));
        assertEquals(400, page.status());
        assertEquals(3, page.html().select(".is-invalid").size());
        assertEquals(before, Rows.reviewCount());
    }

    @Test
    void withoutTheFormTokenNothingIsStored() {
        Site.Page bookPage = site.get("/books/" + bookId);
        long before = Rows.reviewCount();
        Map<String, String> review = Map.of("reviewer_name", "Mallory", "rating", "1", "body", "Forged.");

        Site.Page missing = site.post("/books/" + bookId + "/reviews", review);
        assertEquals(403, missing.status());
        assertEquals("Your form has expired", missing.html().selectFirst("h1").text());

        Map<String, String> wrongToken = new LinkedHashMap<>(review);
        wrongToken.put("csrf_token", bookPage.csrfToken().substring(1) + "A");
        assertEquals(403, site.post("/books/" + bookId + "/reviews", wrongToken).status());

        // The right token, but sent without its cookie (a forged cross-site form cannot send it)...
        Map<String, String> tokenOnly = new LinkedHashMap<>(review);
        tokenOnly.put("csrf_token", bookPage.csrfToken());
        assertEquals(403, new Site(deploymentUrl).post("/books/" + bookId + "/reviews", tokenOnly).status());

        // ...or with another reader's cookie.
        Site otherReader = new Site(deploymentUrl);
        assertEquals(200, otherReader.get("/books/" + bookId).status());
        assertEquals(403, otherReader.post("/books/" + bookId + "/reviews", tokenOnly).status());

        assertEquals(before, Rows.reviewCount());
    }

    @ParameterizedTest
    @CsvSource({
            "Sec-Fetch-Site, cross-site",
            "Sec-Fetch-Site, same-site",
            "Origin, https://evil.example",
            "Origin, null",
            "Referer, https://evil.example/attack.html"})
    void aPostFromAnotherSiteIsRefusedEvenWithAValidToken(String header, String value) {
        Site.Page bookPage = site.get("/books/" + bookId);
        long before = Rows.reviewCount();
        Site.Page page = site.postWithHeaders("/books/" + bookId + "/reviews", validForm(bookPage), header, value);
        assertEquals(403, page.status(), header + ": " + value);
        assertEquals("Your form has expired", page.html().selectFirst("h1").text());
        assertEquals(before, Rows.reviewCount());
    }

    @Test
    void aPostFromTheSiteItselfIsAccepted() {
        assertEquals(303, site.postWithHeaders("/books/" + bookId + "/reviews", validForm(site.get("/books/" + bookId)),
                "Sec-Fetch-Site", "same-origin", "Origin", site.origin()).status());
        assertEquals(303, site.postWithHeaders("/books/" + bookId + "/reviews", validForm(site.get("/books/" + bookId)),
                "Origin", site.origin(), "Referer", site.origin() + site.contextPath() + "/books/" + bookId).status());
    }

    private static Map<String, String> validForm(Site.Page bookPage) {
        return Site.reviewForm(bookPage, "Origin Tester", "3", "Sent with browser headers.");
    }

    @Test
    void aReviewOfAnUnknownBookIsNotFound() {
        Site.Page bookPage = site.get("/books/" + bookId);
        long before = Rows.reviewCount();
        Site.Page page = site.post("/books/999999999/reviews", Map.of("csrf_token", bookPage.csrfToken(),
                "reviewer_name", "Ann", "rating", "4", "body", "Where is it?"));
        assertEquals(404, page.status());
        assertEquals(before, Rows.reviewCount());
    }

    @Test
    void theSameFormSentTwiceStoresOneReviewAndThanksBothTimes() throws Exception {
        Site.Page bookPage = site.get("/books/" + bookId);
        Map<String, String> form = new LinkedHashMap<>();
        form.put("csrf_token", bookPage.csrfToken());
        form.put("submission_id", bookPage.html().selectFirst("input[name=submission_id]").val());
        form.put("reviewer_name", "Impatient Clicker");
        form.put("rating", "5");
        form.put("body", "Clicked, clicked again, then the browser retried.");
        String action = bookPage.html().selectFirst("form[method=post]").attr("action");

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
        assertEquals(1L, Rows.count("SELECT COUNT(*) FROM review WHERE book_id = ? AND reviewer_name = ?",
                bookId, "Impatient Clicker"));
        assertEquals(2L, Rows.count("SELECT review_count FROM book WHERE id = ?", bookId), "the earlier review and this one");
        assertEquals(form.get("submission_id"), Rows.single("SELECT submission_id FROM review WHERE book_id = ?"
                + " AND reviewer_name = ?", bookId, "Impatient Clicker"));
    }

    @Test
    void everyShowingOfTheFormHasItsOwnSubmissionId() {
        String one = site.get("/books/" + bookId).html().selectFirst("input[name=submission_id]").val();
        String two = site.get("/books/" + bookId).html().selectFirst("input[name=submission_id]").val();
        assertTrue(one.matches("[A-Za-z0-9_-]{22}"), one);
        assertTrue(!one.equals(two), "a new form, a new id: writing a second review works");
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
        for (String other : List.of("reviewer_name", "rating", "body")) {
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
            if (!other.equals(badField)) {
                assertNull(html.getElementById(other + "-error"), other + " is fine");
            }
        }
        return html;
    }

    private static String unescape(String csv) {
        return csv.replace("<TAB>", "\t").replace("<NUL>", "\u0000").replace("<BEL>", "\u0007");
    }
}
