package org.bookreviews.it;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.util.List;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * Script, markup, SQL and expression-language payloads in every field and parameter are stored
 * exactly and shown as the text they are: no element, attribute or evaluation comes of them.
 */
class InjectionIT extends DeployedSite {

    private static final String[] PAYLOADS = {
            "<script>alert('xss')</script>",
            "\"><img src=x onerror=alert(1)>",
            "'><svg/onload=alert(2)>",
            "javascript:alert(3)",
            "</textarea><script>alert(4)</script>",
            "<a href=\"javascript:alert(5)\">click</a>",
            "${7*7} ${pageContext.request.serverName}",
            "#{7*7} #{applicationScope}",
            "{{7*7}} <%= 7*7 %>",
            "' OR '1'='1",
            "'; DROP TABLE review; --",
            "1 UNION SELECT isbn FROM book --",
            "<!-- unclosed comment",
            "&lt;already escaped&gt; &amp; &#x3C;",
            "\u202Eevil\u202C text \uD83D\uDE80"};

    @ParameterizedTest
    @ValueSource(ints = {0, 1, 2, 3, 4, 5, 6, 7, 8, 9, 10, 11, 12, 13, 14})
    void aPayloadInAReviewIsStoredAndShownAsText(int index) {
        String payload = PAYLOADS[index];
        String isbn = Rows.uniqueIsbn();
        long book = Rows.insertBook("Injection Target " + isbn, "Ann", isbn, 2020, "");
        assertEquals(303, site.writeReview(book, payload, "3", payload + " (body)").status());

        List<Object> row = Rows.rows("SELECT reviewer_name, body FROM review WHERE book_id = ?", book).get(0);
        assertEquals(List.of(payload, payload + " (body)"), row, "stored exactly");

        Document page = site.get("/books/" + book).html();
        Element review = page.selectFirst("article.review");
        assertEquals(payload, review.selectFirst(".reviewer").wholeText());
        assertEquals(payload + " (body)", review.selectFirst(".review-body").wholeText());
        assertNothingInjected(page, payload, isbn);
    }

    @ParameterizedTest
    @ValueSource(ints = {0, 1, 2, 3, 4, 5, 6, 7, 8, 9, 10, 11, 12, 13, 14})
    void aPayloadInTheSearchSortOrPageParameterIsText(int index) {
        String payload = PAYLOADS[index];
        String encoded = URLEncoder.encode(payload, StandardCharsets.UTF_8);
        Site.Page search = site.get("/?q=" + encoded + "&sort=" + encoded);
        assertEquals(200, search.status());
        Document html = search.html();
        assertEquals(payload.strip(), html.getElementById("search").val(), "the query back in the box, as text");
        assertTrue(html.selectFirst(".search-summary").text().contains(payload.strip().replaceAll("\\s+", " ")));
        assertEquals("relevance", html.selectFirst("#sort option[selected]").val(), "unknown sort: the default (best match)");
        assertNothingInjected(html, payload, "");

        assertEquals(200, site.get("/books/1?sort=" + encoded).status());
        assertEquals(400, site.get("/?page=" + encoded).status());
    }

    /** {@code isbn}: the test book's generated ISBN, whose digits may contain "49" by chance. */
    private static void assertNothingInjected(Document page, String payload, String isbn) {
        assertTrue(page.select("script, svg, iframe, object, embed").isEmpty(), "no active element from " + payload);
        assertTrue(page.select("img:not(.cover):not(.cover-thumb)").isEmpty(), "no image from " + payload);
        assertTrue(page.select("img.cover, img.cover-thumb").stream()
                .allMatch(img -> img.attr("src").matches(".*/covers/[0-9]+\\?v=[0-9]+\\.[0-9a-f]+")), "covers only from the site's own address");
        assertTrue(page.select("[onerror], [onload], [onclick]").isEmpty(), "no handler from " + payload);
        assertTrue(page.select("a[href^=javascript]").isEmpty(), "no javascript: link from " + payload);
        String text = isbn.isEmpty() ? page.body().text() : page.body().text().replace(isbn, "");
        assertFalse(text.contains("49"), "no expression evaluated from " + payload);
        assertFalse(page.body().html().contains("serverName") && page.body().text().contains("localhost"),
                "no request data from " + payload);
    }
}
