package org.bookreviews.it;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.util.List;
import org.jsoup.nodes.Document;
import org.junit.jupiter.api.Test;

/** A reader looks for a book by title, author or ISBN, and orders books and reviews. */
class FindAndSortIT extends DeployedSite {

    @Test
    void searchFindsWordsInAnyOrderByTheirBeginningsWithoutAccentsAndIsbnsAsPrinted() {
        String marker = "Zebu" + Rows.uniqueIsbn().substring(6);
        String isbn = Rows.uniqueValidIsbn13();
        Rows.insertBook("The " + marker + " Handbook for Zoë", "Ann Author", Rows.uniqueIsbn(), 2001, "");
        Rows.insertBook("Another Book", "Bea " + marker.toUpperCase(), Rows.uniqueIsbn(), 2002, "");
        Rows.insertBook("Third Book", "Cy", isbn, 2003, "All about the " + marker + " family.");

        Document byWord = search(marker.toLowerCase().substring(0, 8));
        assertEquals(List.of("The " + marker + " Handbook for Zoë", "Another Book", "Third Book"),
                byWord.select(".book-title").eachText(), "title, then author, then description");
        assertEquals("3 books match “" + marker.toLowerCase().substring(0, 8) + "”.", summary(byWord));
        assertEquals(marker.toLowerCase().substring(0, 8), byWord.getElementById("search").val(), "the query stays in the box");
        assertEquals("relevance", byWord.selectFirst("#sort option[selected]").val(), "best match first");

        assertEquals(List.of("The " + marker + " Handbook for Zoë"),
                search("zoe HANDB " + marker.toLowerCase()).select(".book-title").eachText(), "any order, case, accents");
        String hyphenated = isbn.substring(0, 3) + "-" + isbn.substring(3, 4) + "-" + isbn.substring(4, 9) + "-"
                + isbn.substring(9, 12) + "-" + isbn.substring(12);
        assertEquals(List.of("Third Book"), search(hyphenated).select(".book-title").eachText());
        assertEquals(List.of("Third Book"), search(isbn10Of(isbn)).select(".book-title").eachText(), "as ISBN-10");
    }

    @Test
    void aBookChangedInTheDatabaseIsFoundAtOnce() {
        String marker = "Okapi" + Rows.uniqueIsbn().substring(6);
        long id = Rows.insertBook(marker + " Field Notes", "Ann", Rows.uniqueIsbn(), 2001, "");
        assertEquals(List.of(marker + " Field Notes"), search(marker).select(".book-title").eachText());
        Rows.update("UPDATE book SET title = ? WHERE id = ?", "Collected Notes", id);
        assertEquals(0, search(marker).select(".book-title").size(), "the old title is no longer found");
        assertEquals(List.of("Collected Notes"), search("collected notes ann").select(".book-title").eachText().stream()
                .filter("Collected Notes"::equals).toList());
    }

    /** The ISBN-10 of a 978 ISBN-13: its nine digits after 978 and their own check digit. */
    private static String isbn10Of(String isbn13) {
        String nine = isbn13.substring(3, 12);
        int sum = 0;
        for (int i = 0; i < 9; i++) {
            sum += (nine.charAt(i) - '0') * (10 - i);
        }
        int check = (11 - sum % 11) % 11;
        return nine + (check == 10 ? "X" : String.valueOf(check));
    }

    @Test
    void noMatchSaysSoAndSqlOrMarkupIsJustText() {
        String query = "' OR 1=1 -- <b>x</b>";
        Site.Page page = site.get("/?q=" + URLEncoder.encode(query, StandardCharsets.UTF_8));
        assertEquals(200, page.status());
        assertEquals("No books match “" + query + "”.", summary(page.html()));
        assertTrue(page.html().select(".search-summary b").isEmpty());
        assertTrue(page.html().select("table.catalogue").isEmpty());
    }

    @Test
    void aTooLongQueryIsABadRequest() {
        assertEquals(400, site.get("/?q=" + "x".repeat(201)).status());
        assertEquals(200, site.get("/?q=" + "x".repeat(200)).status());
    }

    @Test
    void searchResultsArePagedAndThePagesKeepTheQueryAndOrder() {
        String marker = "Pager" + Rows.uniqueIsbn().substring(6);
        for (int i = 1; i <= 23; i++) {
            Rows.insertBook(String.format("%s %02d", marker, i), "Ann", Rows.uniqueIsbn(), 1990 + i, "");
        }
        Document first = site.get("/?q=" + marker + "&sort=newest").html();
        assertEquals(20, first.select(".book-title").size());
        assertEquals(marker + " 23", first.selectFirst(".book-title").text(), "newest (published) first");
        String next = first.selectFirst("a[rel=next]").attr("href");
        assertEquals(site.contextPath() + "/?q=" + marker + "&sort=newest&page=2", next);
        Document second = site.get(next).html();
        assertEquals(List.of(marker + " 03", marker + " 02", marker + " 01"), second.select(".book-title").eachText());
        assertEquals("newest", second.selectFirst("#sort option[selected]").val(), "the sort form keeps the order");
        for (String sort : new String[] {"", "&sort=title", "&sort=newest"}) {
            Site.Page last = site.get("/?q=" + marker + sort + "&page=1000000000");
            assertEquals(200, last.status(), "a page past the end is the last page" + sort);
            assertEquals(3, last.html().select(".book-title").size(), sort);
        }
    }

    @Test
    void theCatalogueSortsByRatingAndReviewCount() {
        String marker = "Ranked" + Rows.uniqueIsbn().substring(6);
        long loved = Rows.insertBook(marker + " Loved", "Ann", Rows.uniqueIsbn(), 2000, "");
        long busy = Rows.insertBook(marker + " Busy", "Ann", Rows.uniqueIsbn(), 2000, "");
        site.writeReview(loved, "R", "5", "Great.");
        for (int i = 0; i < 3; i++) {
            site.writeReview(busy, "R", "2", "Hm.");
        }
        assertEquals(List.of(marker + " Loved", marker + " Busy"),
                site.get("/?q=" + marker + "&sort=rating").html().select(".book-title").eachText());
        assertEquals(List.of(marker + " Busy", marker + " Loved"),
                site.get("/?q=" + marker + "&sort=reviews").html().select(".book-title").eachText());
        assertEquals(List.of(marker + " Busy", marker + " Loved"),
                site.get("/?q=" + marker + "&sort=nonsense").html().select(".book-title").eachText(),
                "unknown: best match, equals by title");
    }

    @Test
    void reviewsSortByDateAndRatingAcrossPages() {
        long id = Rows.insertBook("Sorted Reviews", "Ann", Rows.uniqueIsbn(), 2000, "");
        String[] ratings = {"3", "5", "1", "4", "2"};
        for (String rating : ratings) {
            assertEquals(303, site.writeReview(id, "Gave " + rating, rating, "Text.").status());
        }
        assertEquals(List.of("Gave 2", "Gave 4", "Gave 1", "Gave 5", "Gave 3"), reviewers(id, ""));
        assertEquals(List.of("Gave 3", "Gave 5", "Gave 1", "Gave 4", "Gave 2"), reviewers(id, "oldest"));
        assertEquals(List.of("Gave 5", "Gave 4", "Gave 3", "Gave 2", "Gave 1"), reviewers(id, "highest"));
        assertEquals(List.of("Gave 1", "Gave 2", "Gave 3", "Gave 4", "Gave 5"), reviewers(id, "lowest"));
        assertEquals(reviewers(id, ""), reviewers(id, "bogus"), "unknown sort: newest first");

        for (int i = 0; i < 20; i++) {
            site.writeReview(id, "Filler " + i, "3", "Text.");
        }
        Document first = site.get("/books/" + id + "?sort=lowest").html();
        String next = first.selectFirst("a[rel=next]").attr("href");
        assertEquals(site.contextPath() + "/books/" + id + "?sort=lowest&page=2", next);
        assertEquals(List.of("Filler 1", "Filler 0", "Gave 3", "Gave 4", "Gave 5"),
                site.get(next).html().select(".reviewer").eachText(), "lowest first, newest first among equals");
    }

    private List<String> reviewers(long id, String sort) {
        return site.get("/books/" + id + (sort.isEmpty() ? "" : "?sort=" + sort)).html().select(".reviewer").eachText();
    }

    private Document search(String query) {
        Site.Page page = site.get("/?q=" + URLEncoder.encode(query, StandardCharsets.UTF_8));
        assertEquals(200, page.status());
        return page.html();
    }

    private static String summary(Document html) {
        return html.selectFirst(".search-summary").ownText();
    }
}
