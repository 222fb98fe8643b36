package org.bookreviews.it;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Duration;
import java.util.List;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.Keys;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.Select;
import org.openqa.selenium.support.ui.WebDriverWait;

/**
 * A reader in a real browser: browses, searches, opens a book, sorts its reviews, writes a review
 * with the keyboard alone, is thanked, goes back and finds it first with the rating distribution
 * updated. Every page is screenshotted at desktop and phone width and checked with axe-core.
 */
class ReaderInBrowserIT extends DeployedSite {

    private Browser browser;

    @AfterEach
    void closeBrowser() {
        if (browser != null) {
            browser.close();
        }
    }

    @Test
    void aReaderFindsABookSortsItsReviewsAndWritesOneWithTheKeyboard() {
        String marker = "Heron" + Rows.uniqueIsbn().substring(7);
        long id = Rows.insertBook("The " + marker + " Field Guide", "Ana Ornith", Rows.uniqueIsbn(), 2018,
                "Birds of the wetlands, drawn from life.");
        site.writeReview(id, "Early Reader", "2", "Too many herons.");
        site.writeReview(id, "Later Reader", "4", "Lovely plates.");
        browser = Browser.start("en-US");
        var driver = browser.driver;

        driver.get(url("/"));
        assertEquals("Books", driver.findElement(By.tagName("h1")).getText());
        browser.screenshots("catalogue");
        browser.assertAccessible("catalogue");

        WebElement search = driver.findElement(By.id("search"));
        search.sendKeys(marker.toLowerCase(), Keys.ENTER);
        waitFor(By.cssSelector(".search-summary"));
        assertEquals(List.of("The " + marker + " Field Guide"), texts(By.cssSelector(".book-title")));
        assertEquals(marker.toLowerCase(), driver.findElement(By.id("search")).getDomProperty("value"));
        browser.screenshots("search");
        browser.assertAccessible("search results");

        driver.findElement(By.linkText("The " + marker + " Field Guide")).click();
        waitFor(By.cssSelector(".rating-histogram"));
        assertEquals(List.of("Later Reader", "Early Reader"), texts(By.cssSelector("article.review .reviewer")));
        browser.screenshots("book");
        browser.assertAccessible("book");
        // Wide: the review form beside the book's figures. On a phone: right under them, before the reviews.
        WebElement mine = driver.findElement(By.cssSelector(".my-review-column"));
        assertTrue(mine.getLocation().getX() > driver.findElement(By.cssSelector("article.book")).getLocation().getX(),
                "beside the book on a wide screen");
        driver.manage().window().setSize(Browser.PHONE);
        int formTop = driver.findElement(By.cssSelector(".my-review-column")).getLocation().getY();
        assertTrue(formTop > driver.findElement(By.cssSelector(".rating-histogram")).getLocation().getY()
                && formTop < driver.findElement(By.cssSelector("article.review")).getLocation().getY(),
                "on a phone under the figures, before the first review");
        driver.manage().window().setSize(Browser.DESKTOP);

        new Select(driver.findElement(By.id("review-sort"))).selectByValue("lowest");
        driver.findElement(By.cssSelector(".sort-form button")).sendKeys(Keys.ENTER);
        new WebDriverWait(driver, Duration.ofSeconds(10)).until(ExpectedConditions.urlContains("sort=lowest"));
        assertEquals(List.of("Early Reader", "Later Reader"), texts(By.cssSelector("article.review .reviewer")));

        // Writing needs an account: from the invitation where the form would be, to sign-in, to sign-up.
        driver.findElement(By.cssSelector("a.sign-in-to-review")).sendKeys(Keys.ENTER);
        waitFor(By.id("password"));
        assertEquals("Sign in", driver.findElement(By.tagName("h1")).getText());
        browser.screenshots("sign-in");
        browser.assertAccessible("sign-in");
        driver.findElement(By.cssSelector("main a[href*='/signup']")).sendKeys(Keys.ENTER);
        waitFor(By.id("display_name"));
        browser.assertAccessible("sign-up");
        String username = Site.newUsername();
        driver.findElement(By.id("username")).sendKeys(username, Keys.TAB);
        assertEquals("display_name", driver.switchTo().activeElement().getAttribute("id"));
        driver.switchTo().activeElement().sendKeys("Zoë 李", Keys.TAB);
        assertEquals("password", driver.switchTo().activeElement().getAttribute("id"));
        driver.switchTo().activeElement().sendKeys(Site.PASSWORD, Keys.ENTER);
        new WebDriverWait(driver, Duration.ofSeconds(10)).until(ExpectedConditions.urlContains("/books/" + id));
        assertEquals("Zoë 李", driver.findElement(By.cssSelector(".reader-nav .signed-in-as")).getText());
        browser.screenshots("book-signed-in");
        browser.assertAccessible("book, signed in");

        // The review, with the keyboard alone: choose, Tab to the next field, Space to tick, Enter to send.
        driver.findElement(By.id("rating")).sendKeys("5");
        driver.switchTo().activeElement().sendKeys(Keys.TAB);
        assertEquals("body", driver.switchTo().activeElement().getAttribute("id"));
        driver.switchTo().activeElement().sendKeys("Herons at dawn, 🚀 fast read. The heron was the narrator!");
        driver.switchTo().activeElement().sendKeys(Keys.TAB);
        assertEquals("spoiler", driver.switchTo().activeElement().getAttribute("id"));
        driver.switchTo().activeElement().sendKeys(Keys.SPACE, Keys.TAB);
        assertEquals("submit", driver.switchTo().activeElement().getAttribute("type"));
        driver.switchTo().activeElement().sendKeys(Keys.ENTER);

        new WebDriverWait(driver, Duration.ofSeconds(10)).until(ExpectedConditions.urlContains("/reviews/thanks"));
        assertEquals("Thank you for your review", driver.findElement(By.tagName("h1")).getText());
        browser.screenshots("thanks");
        browser.assertAccessible("thank-you");

        driver.findElement(By.cssSelector("main a.btn")).sendKeys(Keys.ENTER);
        waitFor(By.cssSelector(".rating-histogram"));
        WebElement newest = driver.findElement(By.cssSelector("article.review"));
        assertEquals("Zoë 李", newest.findElement(By.cssSelector(".reviewer")).getText());
        assertEquals("Show spoiler", newest.findElement(By.cssSelector("details.spoiler summary")).getText());
        assertEquals("", newest.findElement(By.cssSelector(".review-body")).getText(), "collapsed until asked for");
        newest.findElement(By.cssSelector("details.spoiler summary")).sendKeys(Keys.ENTER);
        assertEquals("Herons at dawn, 🚀 fast read. The heron was the narrator!",
                newest.findElement(By.cssSelector(".review-body")).getText());
        assertEquals("5 stars: 1 review, 33 percent", driver.findElement(
                By.cssSelector(".histogram-row[data-stars='5'] [role=progressbar]")).getAttribute("aria-label"));
        assertEquals("3 reviews", driver.findElement(By.cssSelector(".rating-summary .review-count")).getText());
        assertEquals("Your review", driver.findElement(By.id("write-heading")).getText());
        browser.screenshots("book-my-review");
        browser.assertAccessible("book with my review");

        // Edit it: the same form, filled in; three stars now, no spoiler.
        driver.findElement(By.cssSelector("a.edit-review")).sendKeys(Keys.ENTER);
        waitFor(By.id("body"));
        assertEquals("Herons at dawn, 🚀 fast read. The heron was the narrator!",
                driver.findElement(By.id("body")).getDomProperty("value"));
        assertTrue(driver.findElement(By.id("spoiler")).isSelected());
        browser.assertAccessible("edit review");
        driver.findElement(By.id("rating")).sendKeys("3");
        driver.findElement(By.id("body")).sendKeys(Keys.CONTROL, "a");
        driver.findElement(By.id("body")).sendKeys("Herons at dawn; on second reading, slower.");
        driver.findElement(By.id("spoiler")).sendKeys(Keys.SPACE);
        driver.findElement(By.id("spoiler")).sendKeys(Keys.TAB);
        driver.switchTo().activeElement().sendKeys(Keys.ENTER);
        new WebDriverWait(driver, Duration.ofSeconds(10)).until(ExpectedConditions.urlContains("/reviews/thanks"));

        // Their page lists it, with the book.
        driver.findElement(By.cssSelector(".reader-nav .signed-in-as")).sendKeys(Keys.ENTER);
        waitFor(By.cssSelector(".reader-name"));
        assertEquals("Zoë 李", driver.findElement(By.cssSelector(".reader-name")).getText());
        assertEquals(List.of("The " + marker + " Field Guide"), texts(By.cssSelector("article.review .book-title")));
        assertEquals("Herons at dawn; on second reading, slower.",
                driver.findElement(By.cssSelector("article.review .review-body")).getText());
        browser.screenshots("reader");
        browser.assertAccessible("reader page");

        // Their account page, then delete the review from the book page and sign out.
        driver.findElement(By.cssSelector(".reader-nav a[href$='/account']")).sendKeys(Keys.ENTER);
        waitFor(By.id("current_password"));
        assertEquals("Your account", driver.findElement(By.tagName("h1")).getText());
        browser.screenshots("account");
        browser.assertAccessible("account");
        driver.navigate().back();
        waitFor(By.cssSelector(".reader-name"));
        driver.findElement(By.cssSelector("article.review .book-title")).sendKeys(Keys.ENTER);
        waitFor(By.cssSelector("button.delete-review"));
        driver.findElement(By.cssSelector("button.delete-review")).sendKeys(Keys.ENTER);
        new WebDriverWait(driver, Duration.ofSeconds(10)).until(ExpectedConditions.textToBe(By.id("write-heading"), "Write a review"));
        assertEquals("2 reviews", driver.findElement(By.cssSelector(".rating-summary .review-count")).getText());
        driver.findElement(By.cssSelector(".reader-nav button")).sendKeys(Keys.ENTER);
        waitFor(By.cssSelector(".reader-nav a[href$='/signin']"));
        assertEquals("Sign in", driver.findElement(By.cssSelector(".reader-nav a[href$='/signin']")).getText());
        assertEquals(0L, Rows.count("SELECT COUNT(*) FROM review r JOIN reader u ON u.id = r.reader_id WHERE u.username = ?",
                username));
    }

    @Test
    void aBadSubmissionShowsWhatToCorrectUnderEachField() {
        browser = Browser.start("en-US");
        var driver = browser.driver;
        driver.get(url("/signup?next=/books/1"));
        driver.findElement(By.id("username")).sendKeys(Site.newUsername(), Keys.TAB);
        driver.switchTo().activeElement().sendKeys("Hasty Reader", Keys.TAB);
        driver.switchTo().activeElement().sendKeys(Site.PASSWORD, Keys.ENTER);
        waitFor(By.id("rating"));
        driver.findElement(By.id("rating")).sendKeys(Keys.TAB);
        driver.switchTo().activeElement().sendKeys("x".repeat(3), Keys.TAB, Keys.TAB);
        driver.switchTo().activeElement().sendKeys(Keys.ENTER);
        waitFor(By.id("rating-error"));
        assertEquals("Please choose a rating from 1 to 5 stars.", driver.findElement(By.id("rating-error")).getText());
        assertTrue(driver.findElements(By.id("body-error")).isEmpty(), "the text was fine");
        assertEquals("xxx", driver.findElement(By.id("body")).getDomProperty("value"), "kept as typed");
        browser.screenshots("book-invalid");
        browser.assertAccessible("book with field messages");
    }

    @Test
    void halfStarsReadMoreTheRatingFilterAndTheLanguageSwitchWorkInTheBrowser() {
        String marker = "Plover" + Rows.uniqueIsbn().substring(7);
        long id = Rows.insertBook("The " + marker + " Almanac", "Ana Ornith", Rows.uniqueIsbn(), 2019, "Shore birds.");
        String longText = "A long look at shore birds. ".repeat(178).strip(); // 4,983 characters (at most 5,000)
        assertEquals(303, newBrowser().writeReview(id, "Long Reader", "5", longText).status());
        assertEquals(303, newBrowser().writeReview(id, "Short Reader", "4", "Good.").status());
        browser = Browser.start("en-US");
        var driver = browser.driver;

        driver.get(url("/books/" + id));
        WebElement stars = driver.findElement(By.cssSelector(".rating-summary .stars"));
        assertEquals("Average 4.5 out of 5 stars", stars.getAttribute("aria-label"));
        assertTrue(driver.findElement(By.cssSelector(".rating-summary .star-half")).isDisplayed(), "a half star shows");
        WebElement longReview = driver.findElement(By.xpath("//article[contains(@class,'review')][.//*[contains(@class,'reviewer')][.='Long Reader']]"));
        assertTrue(longReview.findElement(By.cssSelector(".review-body")).getText().length() < 1_000, "only the beginning");
        browser.screenshots("book-half-stars-read-more");
        browser.assertAccessible("book with half stars and a long review");

        longReview.findElement(By.cssSelector("a.read-more")).click(); // no script: a link to the review's page
        waitFor(By.cssSelector("article.review"));
        assertEquals(longText, driver.findElement(By.cssSelector("article.review .review-body")).getText());
        assertTrue(driver.getCurrentUrl().matches(".*/books/" + id + "/reviews/\\d+"), driver.getCurrentUrl());
        browser.screenshots("review-permalink");
        browser.assertAccessible("a review's own page");

        driver.get(url("/books/" + id));
        driver.findElement(By.cssSelector(".histogram-row[data-stars='4'] a.histogram-stars")).click();
        waitFor(By.cssSelector("article.review"));
        assertTrue(driver.getCurrentUrl().endsWith("/books/" + id + "?rating=4"), driver.getCurrentUrl());
        assertEquals(List.of("Short Reader"), texts(By.cssSelector("article.review .reviewer")));
        browser.screenshots("book-rating-filter");
        browser.assertAccessible("book filtered by rating");

        driver.findElement(By.cssSelector("nav.language-switch a[hreflang='de']")).click();
        waitFor(By.cssSelector("html[lang='de']"));
        assertTrue(driver.getCurrentUrl().endsWith("/books/" + id + "?rating=4"), "back on the same page: " + driver.getCurrentUrl());
        driver.get(url("/"));
        assertEquals("Bücher", driver.findElement(By.tagName("h1")).getText(), "the choice sticks");
        browser.screenshots("catalogue-switched-to-de");
        browser.assertAccessible("catalogue after the language switch");
    }

    @Test
    void aGermanBrowserGetsGermanPages() {
        browser = Browser.start("de-DE");
        var driver = browser.driver;
        driver.get(url("/"));
        assertEquals("Bücher", driver.findElement(By.tagName("h1")).getText());
        assertEquals("de", driver.findElement(By.tagName("html")).getAttribute("lang"));
        browser.screenshots("catalogue-de");
        driver.get(url("/books/1"));
        assertEquals("Rezension schreiben", driver.findElement(By.id("write-heading")).getText());
        browser.screenshots("book-de");
        browser.assertAccessible("German book page");
    }

    @Test
    void errorPagesAreAccessibleToo() {
        browser = Browser.start("en-US");
        browser.driver.get(url("/books/987654321"));
        assertEquals("Page not found", browser.driver.findElement(By.tagName("h1")).getText());
        browser.screenshots("error-404");
        browser.assertAccessible("404 page");
    }

    @Test
    void theAccessibilityCheckFindsViolationsWhereThereAreSome() {
        browser = Browser.start("en-US");
        browser.driver.get("data:text/html,<html><body><img src='x.png'><input type='text'></body></html>");
        String violations = String.valueOf(browser.seriousViolations());
        assertTrue(violations.contains("image-alt"), violations);
    }

    private String url(String path) {
        return site.uri(path).toString();
    }

    private void waitFor(By locator) {
        new WebDriverWait(browser.driver, Duration.ofSeconds(10)).until(ExpectedConditions.presenceOfElementLocated(locator));
    }

    private List<String> texts(By locator) {
        return browser.driver.findElements(locator).stream().map(WebElement::getText).toList();
    }
}
