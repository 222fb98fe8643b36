package org.bookreviews.it;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.charset.StandardCharsets;
import org.jsoup.nodes.Document;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

/** Wrong addresses, wrong methods, oversized bodies: a clear page with the right status, never internals. */
class ErrorPagesIT extends DeployedSite {

    @ParameterizedTest
    @ValueSource(strings = {"/books/999999", "/books/abc", "/books/0", "/books/-1", "/books/1.5", "/books/007",
            "/books/9223372036854775808", "/books/99999999999999999999999", "/books/abc/",
            "/books/1/review", "/books/1/reviews/thanks/more", "/books/999999/reviews/thanks",
            "/no/such/page", "/index.jsp", "/WEB-INF/web.xml", "/WEB-INF/jsp/book.jsp", "/static/missing.css"})
    void unknownBooksAndAddressesAreAStyledNotFound(String path) {
        Site.Page page = site.get(path);
        assertEquals(404, page.status(), path);
        assertOurErrorPage(page, "Page not found");
    }

    @ParameterizedTest
    @CsvSource({
            "PUT, /books/1, 'GET, HEAD, OPTIONS'",
            "DELETE, /books/1, 'GET, HEAD, OPTIONS'",
            "PATCH, /books/1, 'GET, HEAD, OPTIONS'",
            "TRACE, /books/1, *",
            "BREW, /books/1, 'GET, HEAD, OPTIONS'",
            "POST, /books/1, 'GET, HEAD, OPTIONS'",
            "POST, /books/1/reviews/thanks, 'GET, HEAD, OPTIONS'",
            "PUT, /books/1/reviews, 'GET, HEAD, POST, OPTIONS'",
            "POST, /, 'GET, HEAD, OPTIONS'",
            "DELETE, /, 'GET, HEAD, OPTIONS'",
            "PATCH, /, 'GET, HEAD, OPTIONS'"})
    void methodsAnAddressDoesNotTakeAreNotAllowed(String method, String path, String allow) {
        Site.Page page = site.send(method, path, "application/x-www-form-urlencoded", new byte[0]);
        assertEquals(405, page.status(), method + " " + path);
        if (allow.equals("*")) {
            // The server answers TRACE itself (Tomcat with this error page, Payara with an empty
            // body), listing the servlet's methods but never TRACE.
            assertTrue(page.header("Allow") != null && !page.header("Allow").contains("TRACE"), page.header("Allow"));
            Leaks.assertNone("error page", page.body());
        } else {
            assertEquals(allow, page.header("Allow"), method + " " + path);
            assertOurErrorPage(page, "Method not allowed");
        }
    }

    @ParameterizedTest
    @CsvSource({"/, 'GET, HEAD, OPTIONS'", "/books/1, 'GET, HEAD, OPTIONS'", "/books/1/reviews, 'GET, HEAD, POST, OPTIONS'"})
    void optionsNamesWhatAnAddressTakes(String path, String allow) {
        Site.Page page = site.send("OPTIONS", path, null, new byte[0]);
        assertEquals(200, page.status());
        assertEquals(allow, page.header("Allow"));
    }

    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {
            "en | /?page=0 | “0” is not a page number: pages are numbered from 1 to 1,000,000,000.",
            "en | /books/1?page=abc | “abc” is not a page number: pages are numbered from 1 to 1,000,000,000.",
            "en | /?q=a&page=2&q=b | The address gives “q” more than once.",
            "en | /?q=%C3%28 | The address has characters that are not correctly encoded (a broken %-escape, invalid UTF-8 or a control character).",
            "de | /?page=abc | „abc“ ist keine Seitennummer: Seiten sind von 1 bis 1.000.000.000 nummeriert.",
            "de | /?q=a&q=b | Die Adresse nennt „q“ mehr als einmal."})
    void aBadAddressIsToldWhatIsWrongWithIt(String language, String path, String message) {
        Site.Page page = site.getIn(language, path);
        assertEquals(400, page.status(), path);
        assertEquals(message, page.html().selectFirst(".error-page .lead").text(), path);
    }

    @Test
    void aTooLongSearchIsToldItsLength() {
        Site.Page page = site.get("/?q=" + "x".repeat(201));
        assertEquals(400, page.status());
        assertEquals("Search text can be at most 200 characters long (yours has 201).",
                page.html().selectFirst(".error-page .lead").text());
        Site.Page german = site.getIn("de", "/?q=" + "ü".repeat(250));
        assertEquals("Der Suchtext darf höchstens 200 Zeichen lang sein (deiner hat 250).",
                german.html().selectFirst(".error-page .lead").text());
    }

    @Test
    void aRepeatedFormFieldIsNamed() {
        Site.Page page = site.send("POST", "/signin", "application/x-www-form-urlencoded",
                "csrf_token=x&username=ann&username=bob&password=y".getBytes(StandardCharsets.UTF_8));
        assertEquals(400, page.status());
        assertEquals("The form gives “username” more than once.", page.html().selectFirst(".error-page .lead").text());
    }

    @Test
    void aBodyOverSixtyFourKibibytesIsRefusedUnread() {
        byte[] form = reviewForm("x".repeat(70_000));
        long before = Rows.reviewCount();
        Site.Page page = site.send("POST", "/books/1/reviews", "application/x-www-form-urlencoded", form);
        assertEquals(413, page.status());
        assertOurErrorPage(page, "Request too large");
        assertEquals(before, Rows.reviewCount());
    }

    @Test
    void aBodyJustUnderTheLimitIsReadAndValidated() {
        Site.Page page = site.send("POST", "/books/1/reviews", "application/x-www-form-urlencoded",
                reviewForm("x".repeat(60_000)));
        assertEquals(400, page.status(), "read, then refused by validation (over 5,000 characters)");
        assertTrue(page.html().getElementById("body-error").text().contains("5,000"));
    }

    @Test
    void aBodyOfUnknownLengthIsRefused() throws Exception {
        byte[] form = reviewForm("Sent in chunks.");
        long before = Rows.reviewCount();
        // A body publisher of unknown length makes the client send it chunked.
        Site.Page page = site.send(java.net.http.HttpRequest.newBuilder(site.uri("/books/1/reviews"))
                .header("Content-Type", "application/x-www-form-urlencoded")
                .POST(java.net.http.HttpRequest.BodyPublishers.ofInputStream(() -> new java.io.ByteArrayInputStream(form))));
        assertEquals(411, page.status());
        assertOurErrorPage(page, "Length required");
        assertEquals(before, Rows.reviewCount());
    }

    @Test
    void errorPagesAreServedFromTheLayoutWithTheStatus() {
        Site.Page page = site.get("/books/424242424");
        Document html = page.html();
        assertEquals("404", html.selectFirst(".error-page .display-4").text());
        assertEquals(site.contextPath() + "/", html.selectFirst(".error-page a").attr("href"));
        assertEquals("text/html;charset=UTF-8", page.header("Content-Type"));
    }

    @Test
    void healthSaysUpAsJsonAndIsNeverCached() {
        Site.Page health = site.get("/health");
        assertEquals(200, health.status());
        assertEquals("{\"status\":\"UP\",\"database\":\"UP\"}", health.body());
        assertTrue(health.header("Content-Type").startsWith("application/json"));
        assertEquals("no-store", health.header("Cache-Control"));
    }

    @ParameterizedTest
    @CsvSource({"/", "/books/1", "/books/424242", "/static/css/app.css", "/health", "/?page=abc"})
    void everyResponseCarriesTheSecurityHeaders(String path) {
        Site.Page page = site.get(path);
        String csp = page.header("Content-Security-Policy");
        assertNotNull(csp, path);
        for (String directive : new String[] {"default-src 'none'", "style-src 'self'", "object-src 'none'",
                "base-uri 'none'", "frame-ancestors 'none'", "form-action 'self'"}) {
            assertTrue(csp.contains(directive), path + ": " + directive);
        }
        assertFalse(csp.contains("unsafe-inline"), path);
        assertEquals("nosniff", page.header("X-Content-Type-Options"), path);
        assertEquals("same-origin", page.header("Referrer-Policy"), path);
        assertTrue(page.header("X-Request-Id") != null && page.header("X-Request-Id").matches("[0-9a-f]{12}"), path);
    }

    @Test
    void pagesNeedNoInlineScriptOrStyle() {
        for (String path : new String[] {"/", "/books/1", "/books/424242"}) {
            Document html = site.get(path).html();
            assertTrue(html.select("script").isEmpty(), path);
            assertTrue(html.select("style").isEmpty(), path);
            assertTrue(html.select("[style]").isEmpty(), path);
            assertTrue(html.select("[onclick], [onload], [onerror], [onsubmit]").isEmpty(), path);
        }
    }

    @Test
    void errorPagesShowTheRequestIdForAReport() {
        Site.Page page = site.get("/books/424242424");
        String id = page.header("X-Request-Id");
        assertEquals("Reference for a report: " + id, page.html().selectFirst(".request-id").text());
    }

    /** A complete review form for book 1, with a signed-in reader's valid token, urlencoded. */
    private byte[] reviewForm(String body) {
        if (site.get("/books/1").html().selectFirst(".signed-in-as") == null) {
            site.signUp("Ann");
        }
        return Site.urlEncoded(Site.reviewForm(site.get("/books/1"), "5", body)).getBytes(StandardCharsets.UTF_8);
    }

    private void assertOurErrorPage(Site.Page page, String heading) {
        Document html = page.html();
        assertNotNull(html.selectFirst("a.navbar-brand"), "wrapped in the site layout");
        assertEquals(heading, html.selectFirst("h1").text());
        Leaks.assertNone("error page", page.body());
    }
}
