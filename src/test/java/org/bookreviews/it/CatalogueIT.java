package org.bookreviews.it;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.stream.Collectors;
import org.bookreviews.app.Settings;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/** A reader opens the site and browses the catalogue. */
class CatalogueIT extends DeployedSite {


    @BeforeAll
    static void enoughBooksForThreePages() throws InterruptedException {
        // Enough books for three pages (the demo catalogue alone fits on one); once per database.
        if (Rows.count("SELECT COUNT(*) FROM book WHERE title = 'Paging Test Book 01'") == 0) {
            for (int i = 1; i <= 30; i++) {
                Rows.insertBook(String.format("Paging Test Book %02d", i), "Tess Tester", Rows.uniqueIsbn(), null, "");
            }
        }
        // Books added with SQL, here and by the test classes before this one on the same site, are
        // behind the application's back (as a bulk import is): a catalogue page it rendered before
        // them is served until its time in the page cache is up.
        Thread.sleep(Settings.PAGE_CACHE_DEFAULT.toMillis() + 100);
    }

    @Test
    void firstStartShowsTheDemoCatalogue() {
        assertTrue(Rows.count("SELECT COUNT(*) FROM book WHERE title = 'Python for Beginners'") == 1);
        Document page = findCataloguePageWith("Python for Beginners");
        Element row = rowOf(page, "Python for Beginners");
        List<Object> book = Rows.rows("SELECT author, published_year, review_count, rating_total FROM book"
                + " WHERE title = 'Python for Beginners'").get(0);
        assertEquals(book.get(0), row.select("td").get(1).text());
        assertEquals(String.valueOf(book.get(1)), row.select("td").get(2).text());
        assertEquals(String.valueOf(book.get(2)), row.selectFirst(".review-count").text());
        double average = ((Number) book.get(3)).doubleValue() / ((Number) book.get(2)).doubleValue();
        assertEquals(String.format(java.util.Locale.ENGLISH, "%.1f", average), row.selectFirst(".rating-value").text());
        assertTrue((Integer) book.get(2) >= 2, "demo books come with reviews");
    }

    @Test
    void twentyBooksAPageOrderedByTitle() {
        long total = Rows.count("SELECT COUNT(*) FROM book");
        int pages = (int) ((total + 19) / 20);
        assertTrue(pages >= 3);
        List<String> allTitles = Rows.rows("SELECT title FROM book ORDER BY title, id").stream()
                .map(row -> (String) row.get(0)).collect(Collectors.toList());
        for (int number = 1; number <= pages; number++) {
            Site.Page page = site.get("/?page=" + number);
            assertEquals(200, page.status());
            assertEquals("text/html;charset=UTF-8", page.header("Content-Type"));
            List<String> expected = allTitles.subList((number - 1) * 20, Math.min(number * 20, allTitles.size()));
            assertEquals(expected, titlesOn(page.html()), "page " + number);
            assertTrue(page.html().text().contains("Page " + number + " of " + pages));
        }
    }

    @Test
    void previousAndNextLinksWalkThePages() {
        Document first = site.get("/").html();
        assertNull(first.selectFirst("a[rel=prev]"), "no Previous on page 1");
        Element next = first.selectFirst("a[rel=next]");
        assertNotNull(next);
        assertEquals(site.contextPath() + "/?page=2", next.attr("href"));

        Document second = site.get(next.attr("href")).html();
        assertEquals(site.contextPath() + "/?page=1", second.selectFirst("a[rel=prev]").attr("href"));
        assertEquals(site.contextPath() + "/?page=3", second.selectFirst("a[rel=next]").attr("href"));
    }

    @Test
    void aPagePastTheLastShowsTheLastAndImpossiblePagesAreBadRequests() {
        long total = Rows.count("SELECT COUNT(*) FROM book");
        int last = (int) ((total + 19) / 20);
        List<String> lastPage = titlesOn(site.get("/?page=" + last).html());
        for (String pastTheEnd : List.of(String.valueOf(last + 1), "1000000000")) {
            Site.Page page = site.get("/?page=" + pastTheEnd);
            assertEquals(200, page.status(), pastTheEnd);
            assertEquals(lastPage, titlesOn(page.html()), pastTheEnd);
        }
        for (String impossible : List.of("0", "-1", "-99999999999999999999", "1000000001", "99999999999999999999")) {
            assertEquals(400, site.get("/?page=" + impossible).status(), impossible);
        }
    }

    @Test
    void aPageNumberThatIsNotANumberIsABadRequest() {
        Site.Page page = site.get("/?page=abc");
        assertEquals(400, page.status());
        assertEquals("Bad request", page.html().selectFirst("h1").text());
    }

    @Test
    void aBookWithoutReviewsShowsADash() {
        Document page = findCataloguePageWith("Paging Test Book 01");
        Element row = rowOf(page, "Paging Test Book 01");
        assertEquals("–", row.selectFirst(".rating-value").text());
        assertEquals("0", row.selectFirst(".review-count").text());
        assertNull(row.selectFirst(".stars"));
    }

    @Test
    void theCatalogueStartsNoSession() {
        Site.Page page = site.get("/");
        assertNull(page.header("Set-Cookie"), "browsing needs no session");
    }

    @Test
    void stylesheetsComeFromTheApplicationItself() {
        Document page = site.get("/").html();
        List<String> stylesheets = page.select("link[rel=stylesheet]").eachAttr("href");
        assertEquals(2, stylesheets.size(), stylesheets.toString());
        assertEquals(site.contextPath() + "/webjars/bootstrap/5.3.3/css/bootstrap.min.css", stylesheets.get(0));
        // Versioned by a hash of the application's static files, so browsers may keep it (HttpCachingIT).
        assertTrue(stylesheets.get(1).matches(java.util.regex.Pattern.quote(site.contextPath() + "/static/css/app.css?v=")
                + "[A-Za-z0-9_-]{10}"), stylesheets.get(1));
        for (String href : stylesheets) {
            Site.Page css = site.get(href);
            assertEquals(200, css.status(), href);
            assertTrue(css.header("Content-Type").startsWith("text/css"), href);
            assertTrue(css.body().length() > 100, href);
        }
        assertTrue(page.select("script[src]").isEmpty(), "no scripts, no CDN");
    }

    private Document findCataloguePageWith(String title) {
        for (int number = 1; number < 100; number++) {
            Document page = site.get("/?page=" + number).html();
            if (titlesOn(page).contains(title)) {
                return page;
            }
        }
        throw new AssertionError(title + " is on no catalogue page");
    }

    private static List<String> titlesOn(Document page) {
        return page.select("table.catalogue tbody tr td:first-child a").eachText();
    }

    private static Element rowOf(Document page, String title) {
        return page.select("table.catalogue tbody tr").stream()
                .filter(tr -> tr.selectFirst("td a").text().equals(title))
                .findFirst().orElseThrow();
    }
}
