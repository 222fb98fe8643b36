package org.bookreviews.it;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.stream.Collectors;
import org.jsoup.nodes.Document;
import org.junit.jupiter.api.Test;

/** A reader opens a book: its facts, its rating, its reviews newest first, twenty a page. */
class BookPageIT extends DeployedSite {

    @Test
    void showsTheBookAndItsFigures() {
        long id = (Long) Rows.single("SELECT id FROM book WHERE title = 'Python for Beginners'");
        List<Object> book = Rows.rows("SELECT title, author, isbn, published_year, description, review_count,"
                + " rating_total FROM book WHERE id = ?", id).get(0);
        Site.Page page = site.get("/books/" + id);
        assertEquals(200, page.status());
        assertEquals("text/html;charset=UTF-8", page.header("Content-Type"));
        Document html = page.html();
        assertEquals(book.get(0), html.selectFirst("h1").text());
        assertEquals("by " + book.get(1), html.selectFirst(".lead").text());
        assertEquals(book.get(2), html.selectFirst(".isbn").text());
        assertEquals(String.valueOf(book.get(3)), html.selectFirst(".year").text());
        assertEquals(book.get(4), html.selectFirst(".description").text());
        int count = (Integer) book.get(5);
        assertEquals(count + " reviews", html.selectFirst(".rating-summary .review-count").text());
        assertEquals(String.format(java.util.Locale.ENGLISH, "%.1f", ((Long) book.get(6)).doubleValue() / count),
                html.selectFirst(".average-rating").text());
        assertEquals("Python for Beginners · BookReviews", html.title());
    }

    @Test
    void aBookWithoutReviewsInvitesTheFirst() {
        long id = Rows.insertBook("An Unreviewed Book", "Nobody Yet", Rows.uniqueIsbn(), 2001, "Quiet.");
        Document html = site.get("/books/" + id).html();
        assertEquals("No reviews yet", html.selectFirst(".rating-summary .review-count").text());
        assertEquals("–", html.selectFirst(".average-rating").text());
        assertTrue(html.select("article.review").isEmpty());
        assertTrue(html.text().contains("No reviews yet. Be the first to write one."));
        assertNull(html.selectFirst("nav.pagination, .pagination"), "one page needs no paging");
    }

    @Test
    void anAnonymousVisitorIsAskedToSignInWhereTheFormWouldBe() {
        long id = Rows.insertBook("A Book To Review", "Form Tester", Rows.uniqueIsbn(), null, "");
        Site.Page page = site.get("/books/" + id);
        assertNull(page.header("Set-Cookie"), "a visitor who only reads gets no cookie at all");
        assertEquals("no-cache", page.header("Cache-Control"));
        Document html = page.html();
        assertNull(html.selectFirst("form[method=post]"), "no form to send before signing in");
        var invitation = html.selectFirst("#write-review a.sign-in-to-review");
        assertEquals("Sign in to write a review", invitation.text());
        assertEquals(site.contextPath() + "/signin?next=/books/" + id, invitation.attr("href"));
        assertEquals("Sign in", html.selectFirst(".reader-nav a[href$=/signin]").text());
        assertEquals("Sign up", html.selectFirst(".reader-nav a[href$=/signup]").text());
        assertNull(html.selectFirst(".year"), "no year, no year shown");
    }

    @Test
    void aSignedInReaderGetsTheFormWithRatingTextAndSpoilerCheckbox() {
        long id = Rows.insertBook("A Book To Review", "Form Tester", Rows.uniqueIsbn(), null, "");
        String username = site.signUp("Form Filler");
        Site.Page page = site.get("/books/" + id);
        assertEquals("private, no-cache", page.header("Cache-Control"), "a page with this reader's parts is not shared");
        Document html = page.html();
        assertEquals("Form Filler", html.selectFirst(".reader-nav .signed-in-as").text());
        assertEquals(site.contextPath() + "/readers/" + username, html.selectFirst(".reader-nav .signed-in-as").attr("href"));
        assertEquals("Write a review", html.selectFirst("#write-heading").text());
        var form = html.selectFirst("form[action$=/reviews]");
        assertEquals(site.contextPath() + "/books/" + id + "/reviews", form.attr("action"));
        assertEquals("post", form.attr("method"));
        assertNull(form.selectFirst("input[name=reviewer_name]"), "the name is the reader's");
        assertEquals(List.of("", "5", "4", "3", "2", "1"), form.select("select[name=rating] option").eachAttr("value"));
        assertNotNull(form.selectFirst("textarea[name=body][maxlength=5000]"));
        assertEquals("checkbox", form.selectFirst("input[name=spoiler]").attr("type"));
        assertEquals("This review contains spoilers", html.selectFirst("label[for=spoiler]").text());
        assertEquals(43, form.selectFirst("input[type=hidden][name=csrf_token]").attr("value").length());
    }

    @Test
    void reviewsNewestFirstTwentyAPage() {
        long id = Rows.insertBook("A Much Reviewed Book", "Popular Author", Rows.uniqueIsbn(), 2020, "Loved.");
        for (int i = 1; i <= 45; i++) {
            assertEquals(303, site.writeReview(id, "Reader " + i, String.valueOf(i % 5 + 1), "Review number " + i).status());
        }
        Document first = site.get("/books/" + id).html();
        assertEquals("45 reviews", first.selectFirst(".rating-summary .review-count").text());
        assertEquals(names(45, 26), first.select("article.review .reviewer").eachText());
        assertTrue(first.text().contains("Page 1 of 3"));

        Document second = site.get(first.selectFirst("a[rel=next]").attr("href")).html();
        assertEquals(names(25, 6), second.select("article.review .reviewer").eachText());

        Document last = site.get("/books/" + id + "?page=3").html();
        assertEquals(names(5, 1), last.select("article.review .reviewer").eachText());
        assertNull(last.selectFirst("a[rel=next]"));
        assertEquals(site.contextPath() + "/books/" + id + "?page=2", last.selectFirst("a[rel=prev]").attr("href"));

        assertEquals(names(5, 1), site.get("/books/" + id + "?page=999").html().select("article.review .reviewer").eachText());
        assertEquals(400, site.get("/books/" + id + "?page=-3").status());

        // The same order as the database's newest-first index.
        List<String> newestInDb = Rows.rows("SELECT reviewer_name FROM review WHERE book_id = ?"
                + " ORDER BY created_at DESC, id DESC FETCH FIRST 20 ROWS ONLY", id).stream()
                .map(row -> (String) row.get(0)).collect(Collectors.toList());
        assertEquals(newestInDb, first.select("article.review .reviewer").eachText());
    }

    @Test
    void eachReviewShowsItsStarsAndTime() {
        long id = Rows.insertBook("A Book With One Review", "Single Author", Rows.uniqueIsbn(), 1999, "");
        site.writeReview(id, "Solo", "2", "Just one.");
        Document html = site.get("/books/" + id).html();
        assertEquals("1 review", html.selectFirst(".rating-summary .review-count").text());
        assertEquals("2.0", html.selectFirst(".average-rating").text());
        var review = html.selectFirst("article.review");
        assertEquals("★★☆☆☆", review.selectFirst(".stars").text());
        assertEquals("2 stars out of 5: it was ok", review.selectFirst(".stars").attr("aria-label"));
        assertEquals("2 stars out of 5: it was ok", review.selectFirst(".stars").attr("title"));
        var time = review.selectFirst("time");
        assertTrue(time.attr("datetime").matches("\\d{4}-\\d\\d-\\d\\dT\\d\\d:\\d\\d:\\d\\dZ"), time.attr("datetime"));
        assertEquals("just now", time.text());
        assertTrue(time.attr("title").contains(time.attr("datetime").substring(0, 4))
                && time.attr("title").endsWith(" UTC"), "exact date and time as the tooltip: " + time.attr("title"));
    }

    @Test
    void theRatingDistributionShowsEachRatingsCountAndShare() {
        long id = Rows.insertBook("A Book With Mixed Reviews", "Ann Author", Rows.uniqueIsbn(), 2012, "");
        for (String rating : new String[] {"5", "5", "5", "4", "1"}) {
            assertEquals(303, site.writeReview(id, "Reader " + rating, rating, "Rated " + rating + ".").status());
        }
        Document html = site.get("/books/" + id).html();
        var rows = html.select(".rating-histogram .histogram-row");
        assertEquals(List.of("5", "4", "3", "2", "1"), rows.eachAttr("data-stars"));
        assertEquals(List.of("3 (60%)", "1 (20%)", "0 (0%)", "0 (0%)", "1 (20%)"), rows.select(".histogram-count").eachText());
        var fiveStars = rows.get(0).selectFirst("[role=progressbar]");
        assertEquals("5 stars: 3 reviews, 60 percent", fiveStars.attr("aria-label"));
        assertEquals("60", fiveStars.attr("aria-valuenow"));
        assertTrue(fiveStars.selectFirst(".progress-bar").hasClass("pct-60"));
        assertEquals("1 star: 1 review, 20 percent", rows.get(4).selectFirst("[role=progressbar]").attr("aria-label"));
        assertEquals("2 stars: no reviews, 0 percent", rows.get(3).selectFirst("[role=progressbar]").attr("aria-label"));
        assertEquals(List.of(3L, 1L, 0L, 0L, 1L), Rows.rows("SELECT rating_5_count, rating_4_count, rating_3_count,"
                + " rating_2_count, rating_1_count FROM book WHERE id = ?", id).get(0).stream()
                .map(v -> ((Number) v).longValue()).toList());
    }

    @Test
    void theRatingInputNamesEachRatingAsReadersKnowIt() {
        site.signUp("Rating Reader");
        Document html = site.get("/books/1").html();
        assertEquals(List.of("Choose a rating…", "5 ★ – it was amazing", "4 ★ – really liked it", "3 ★ – liked it",
                        "2 ★ – it was ok", "1 ★ – did not like it"),
                html.select("select#rating option").eachText());
    }

    private static List<String> names(int from, int downTo) {
        List<String> names = new java.util.ArrayList<>();
        for (int i = from; i >= downTo; i--) {
            names.add("Reader " + i);
        }
        return names;
    }

    @Test
    void addressesPeopleTypeOrReloadLeadToThePage() {
        // The address a refused review leaves in the address bar, reloaded or shared.
        Site.Page reviews = site.get("/books/1/reviews");
        assertEquals(303, reviews.status());
        assertEquals(site.contextPath() + "/books/1", reviews.header("Location"));
        // The folder of the books is the catalogue; a slash too many is the page without it.
        for (String folder : new String[] {"/books", "/books/"}) {
            Site.Page moved = site.get(folder);
            assertEquals(301, moved.status(), folder);
            assertEquals(site.contextPath() + "/", moved.header("Location"), folder);
        }
        Site.Page slash = site.get("/books/1/?sort=lowest");
        assertEquals(301, slash.status());
        assertEquals(site.contextPath() + "/books/1?sort=lowest", slash.header("Location"), "the query kept");
        assertEquals(200, site.get(slash.header("Location")).status());
        assertEquals(404, site.get("/books/1/reviews/").status(), "no page to go to");
        assertEquals(404, site.get("/books/abc/").status());
    }

    @Test
    void theBookPageLeadsBackToTheCatalogueAndOnToTheAuthorsBooks() {
        String author = "Zoë 李 O'Brien & Co";
        long id = Rows.insertBook("A Way Back " + Rows.uniqueIsbn(), author, Rows.uniqueIsbn(), 2011, "");
        Document html = site.get("/books/" + id).html();
        var crumbs = html.select("nav ol.breadcrumb li");
        assertEquals(2, crumbs.size());
        assertEquals(site.contextPath() + "/", crumbs.get(0).selectFirst("a").attr("href"));
        assertEquals("Books", crumbs.get(0).text());
        assertEquals(html.selectFirst("h1").text(), crumbs.get(1).text());
        assertEquals("page", crumbs.get(1).attr("aria-current"));

        var authorLink = html.selectFirst(".lead a.author");
        assertEquals(author, authorLink.text());
        Document search = site.get(authorLink.attr("href")).html();
        assertTrue(search.select("a.book-title").stream().anyMatch(a -> a.attr("href").endsWith("/books/" + id)),
                "the author's link finds the book: " + authorLink.attr("href"));
    }

    @Test
    void anAverageOfFourAndAHalfShowsFourAndAHalfStars() {
        long id = Rows.insertBook("Half Stars " + Rows.uniqueIsbn(), "Ann Author", Rows.uniqueIsbn(), 2012, "");
        assertEquals(303, newBrowser().writeReview(id, "Five Stars", "5", "Loved it.").status());
        assertEquals(303, newBrowser().writeReview(id, "Four Stars", "4", "Liked it a lot.").status());
        Document html = site.get("/books/" + id).html();
        assertEquals("4.5", html.selectFirst(".average-rating").text());
        var stars = html.selectFirst(".rating-summary .stars");
        assertEquals("Average 4.5 out of 5 stars", stars.attr("aria-label"));
        assertEquals("★★★★", stars.ownText(), "four full stars");
        assertEquals("★", stars.selectFirst(".star-half").text(), "and a half one, not a fifth full star");
        Document catalogue = site.get("/?q=" + html.selectFirst("h1").text().replace(' ', '+')).html();
        assertEquals(1, catalogue.select(".star-half").size(), "the catalogue shows the half star too");
    }

    @Test
    void eachBarOfTheDistributionListsOnlyItsReviews() {
        long id = Rows.insertBook("Filtered " + Rows.uniqueIsbn(), "Ann Author", Rows.uniqueIsbn(), 2013, "");
        assertEquals(303, newBrowser().writeReview(id, "First Five", "5", "Wonderful.").status());
        assertEquals(303, newBrowser().writeReview(id, "Only Three", "3", "Fine.").status());
        assertEquals(303, newBrowser().writeReview(id, "Second Five", "5", "Superb.").status());

        Document all = site.get("/books/" + id).html();
        var fiveStars = all.selectFirst(".histogram-row[data-stars=5] a.histogram-stars");
        assertEquals(site.contextPath() + "/books/" + id + "?rating=5", fiveStars.attr("href"));
        assertEquals("Show only the reviews with 5 stars", fiveStars.attr("aria-label"));

        Document five = site.get(fiveStars.attr("href")).html();
        assertEquals(List.of("5", "5"), five.select("article.review").eachAttr("data-rating"));
        assertEquals(List.of("Second Five", "First Five"), five.select("article.review .reviewer").eachText(), "newest first");
        assertEquals("Only the reviews with 5 stars: 2 reviews. Show all reviews", five.selectFirst(".rating-filter").text());
        assertEquals(site.contextPath() + "/books/" + id, five.selectFirst(".rating-filter a").attr("href"));
        assertEquals(List.of("Only Three"), site.get("/books/" + id + "?rating=3").html()
                .select("article.review .reviewer").eachText());
        Document none = site.get("/books/" + id + "?rating=1").html();
        assertEquals(0, none.select("article.review").size());
        assertEquals("Only the reviews with 1 star: none. Show all reviews", none.selectFirst(".rating-filter").text());
        assertEquals(3, site.get("/books/" + id).html().select("article.review").size(), "all again");

        for (String bad : new String[] {"6", "0", "five", "5.0"}) {
            Site.Page refused = site.get("/books/" + id + "?rating=" + bad);
            assertEquals(400, refused.status(), bad);
            assertEquals("“" + bad + "” is not a rating: a rating is a number of stars from 1 to 5.",
                    refused.html().selectFirst(".error-page .lead").text());
        }
    }

    @Test
    void aReviewHasAnAddressOfItsOwnWithItsBook() {
        long id = Rows.insertBook("Permalinked " + Rows.uniqueIsbn(), "Ann Author", Rows.uniqueIsbn(), 2014, "");
        String text = "Line one.\n" + "Every word of a long review, ".repeat(100) + "to the end.";
        assertEquals(303, newBrowser().writeReview(id, "Zoë 李 🚀 O'Brien", "4", text).status());
        long reviewId = ((Number) Rows.single("SELECT id FROM review WHERE book_id = ?", id)).longValue();

        Document bookPage = site.get("/books/" + id).html();
        String link = bookPage.selectFirst("article.review a.permalink").attr("href");
        assertEquals(site.contextPath() + "/books/" + id + "/reviews/" + reviewId, link);
        // The book page shows the beginning of a long review and "Read more", which works without script.
        String shown = bookPage.selectFirst("article.review .review-body").wholeText();
        assertTrue(shown.endsWith("…") && shown.length() < 600 && text.startsWith(shown.substring(0, shown.length() - 1)),
                shown);
        assertEquals(link, bookPage.selectFirst("article.review a.read-more").attr("href"));
        assertEquals("Read more: the review by Zoë 李 🚀 O'Brien", bookPage.selectFirst("article.review a.read-more").text());
        Site.Page page = site.get(link);
        assertEquals(200, page.status());
        Document html = page.html();
        String title = html.selectFirst(".breadcrumb-item:nth-child(2)").text();
        assertEquals("Review of “" + title + "” by Zoë 李 🚀 O'Brien", html.selectFirst("h1").text());
        assertEquals(text, html.selectFirst(".review-body").wholeText(), "the whole text, exactly");
        assertEquals("4", html.selectFirst("article.review").attr("data-rating"));
        assertEquals(site.contextPath() + "/books/" + id, html.selectFirst(".breadcrumb-item:nth-child(2) a").attr("href"));

        assertEquals(404, site.get("/books/" + id + "/reviews/999999999").status(), "no such review");
        long other = Rows.insertBook("Another " + Rows.uniqueIsbn(), "Bo Author", Rows.uniqueIsbn(), 2015, "");
        assertEquals(404, site.get("/books/" + other + "/reviews/" + reviewId).status(), "not a review of that book");
        assertEquals(405, site.send("POST", "/books/" + id + "/reviews/" + reviewId, "application/x-www-form-urlencoded",
                new byte[0]).status());
    }
}
