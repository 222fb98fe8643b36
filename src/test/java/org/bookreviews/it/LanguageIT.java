package org.bookreviews.it;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import org.jsoup.nodes.Document;
import org.junit.jupiter.api.Test;

/** A reader whose browser asks for German gets the site in German, numbers and dates included. */
class LanguageIT extends DeployedSite {

    @Test
    void germanBrowsersGetGermanPagesWithGermanNumbers() {
        long id = bookWith1234FiveStarReviews();
        site.signUp("Leserin");
        Site.Page page = site.getIn("de-DE,de;q=0.9,en;q=0.8", "/books/" + id);
        Document html = page.html();
        assertEquals("de", html.selectFirst("html").attr("lang"));
        assertTrue(page.response().headers().allValues("Vary").stream()
                .flatMap(v -> java.util.Arrays.stream(v.split(",")))
                .anyMatch(v -> v.strip().equalsIgnoreCase("Accept-Language")), "Vary names Accept-Language");
        assertEquals("1.234 Rezensionen", html.selectFirst(".rating-summary .review-count").text());
        assertEquals("5,0", html.selectFirst(".average-rating").text());
        assertEquals("von Ann Autorin", html.selectFirst(".lead").text());
        assertEquals("Rezension schreiben", html.getElementById("write-heading").text());
        assertEquals("5 Sterne: 1.234 Rezensionen, 100 Prozent",
                html.selectFirst(".rating-histogram [role=progressbar]").attr("aria-label"));
        assertEquals("5 ★ – war großartig", html.select("select#rating option").get(1).text());
        assertEquals("Suchen", html.selectFirst(".search-form button").text());
        assertEquals("Diese Rezension enthält Spoiler", html.selectFirst("label[for=spoiler]").text());
        assertEquals("Abmelden", html.selectFirst(".reader-nav button").text());
        Document anonymous = newBrowser().getIn("de", "/books/" + id).html();
        assertEquals("Melde dich an, um eine Rezension zu schreiben", anonymous.selectFirst("a.sign-in-to-review").text());
        assertEquals("Registrieren", anonymous.selectFirst(".reader-nav a[href$=/signup]").text());
        assertEquals("Anmelden", newBrowser().getIn("de", "/signin").html().selectFirst("h1").text());

        Document english = site.getIn("en-GB,en;q=0.9", "/books/" + id).html();
        assertEquals("en", english.selectFirst("html").attr("lang"));
        assertEquals("1,234 reviews", english.selectFirst(".rating-summary .review-count").text());
        assertEquals("5.0", english.selectFirst(".average-rating").text());
    }

    @Test
    void theFirstLanguageTheSiteHasWinsElseEnglish() {
        assertEquals("Bücher", site.getIn("fr-FR,fr;q=0.9,de;q=0.5", "/").html().selectFirst("h1").text());
        assertEquals("Books", site.getIn("fr-FR,fr;q=0.9", "/").html().selectFirst("h1").text());
        assertEquals("Books", site.get("/").html().selectFirst("h1").text(), "no Accept-Language: English");
    }

    @Test
    void reviewsFormAndErrorsSpeakGerman() {
        long id = Rows.insertBook("Ein Buch", "Ann Autorin", Rows.uniqueIsbn(), 2020, "");
        site.writeReview(id, "Zoë 李", "4", "Gut.");
        Document book = site.getIn("de", "/books/" + id).html();
        assertEquals("gerade eben", book.selectFirst("article.review time").text());
        assertEquals("4 Sterne von 5: hat mir sehr gefallen", book.selectFirst("article.review .stars").attr("title"));

        Document notFound = site.getIn("de", "/books/999999999").html();
        assertEquals("Seite nicht gefunden", notFound.selectFirst("h1").text());
        assertEquals(List.of("de"), List.of(notFound.selectFirst("html").attr("lang")));
    }

    @Test
    void validationMessagesAreGermanToo() {
        long id = Rows.insertBook("Noch ein Buch", "Bea", Rows.uniqueIsbn(), 2020, "");
        site.getIn("de", "/books/" + id);
        Site.Page refused = site.writeReviewIn("de", id, "Zoë", "", "");
        assertEquals(400, refused.status());
        Document html = refused.html();
        assertEquals("Bitte schreib deine Rezension.", html.getElementById("body-error").text());
        assertEquals("Bitte wähle eine Bewertung von 1 bis 5 Sternen.", html.getElementById("rating-error").text());
        assertEquals("Bitte korrigiere die markierten Felder.", html.selectFirst(".review-form [role=alert]").text());
        assertEquals("Abmelden", html.selectFirst(".reader-nav button").text());
    }

    /** A book whose figures say 1,234 five-star reviews (set with SQL, as a bulk import would). */
    private static long bookWith1234FiveStarReviews() {
        long id = Rows.insertBook("Ein viel gelesenes Buch", "Ann Autorin", Rows.uniqueIsbn(), 2019, "");
        Rows.update("UPDATE book SET review_count = 1234, rating_total = 6170, rating_5_count = 1234 WHERE id = ?", id);
        return id;
    }

    @Test
    void theSwitchInTheFooterChangesTheLanguageForGoodAndComesBack() {
        Site reader = newBrowser();
        Document english = reader.getIn("en-US,en;q=0.9", "/books/1?sort=lowest").html();
        assertEquals("en", english.selectFirst("html").attr("lang"));
        var toGerman = english.selectFirst("footer nav.language-switch a[hreflang=de]");
        assertEquals("Deutsch", toGerman.text());

        Site.Page switched = reader.getIn("en-US,en;q=0.9", toGerman.attr("href"));
        assertEquals(303, switched.status());
        assertEquals(site.contextPath() + "/books/1?sort=lowest", switched.header("Location"), "back where the reader was");
        Document german = reader.getIn("en-US,en;q=0.9", switched.header("Location")).html();
        assertEquals("de", german.selectFirst("html").attr("lang"), "the choice wins over the browser's languages");
        assertTrue(german.selectFirst(".lead").text().startsWith("von "), german.selectFirst(".lead").text());
        assertEquals("de", reader.getIn("en", "/").html().selectFirst("html").attr("lang"), "and sticks on every page");

        // The kept page of the same address stays English for everyone else.
        assertEquals("en", newBrowser().getIn("en-US,en;q=0.9", "/books/1?sort=lowest").html().selectFirst("html").attr("lang"));

        var toEnglish = german.selectFirst("footer nav.language-switch a[hreflang=en]");
        assertEquals("English", toEnglish.text());
        assertEquals(303, reader.getIn("de", toEnglish.attr("href")).status());
        assertEquals("en", reader.getIn("de", "/").html().selectFirst("html").attr("lang"), "English now, whatever the browser says");

        Site.Page bad = reader.get("/language?lang=fr&next=/");
        assertEquals(400, bad.status());
        assertEquals(303, reader.get("/language?lang=de&next=https://evil.example/").status());
        assertEquals(site.contextPath() + "/", reader.get("/language?lang=de&next=https://evil.example/").header("Location"),
                "never away from the site");
    }
}
