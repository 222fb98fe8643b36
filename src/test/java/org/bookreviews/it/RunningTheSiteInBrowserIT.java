package org.bookreviews.it;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Duration;
import java.util.Map;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.Keys;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.WebDriverWait;

/**
 * The site's staff in a real browser: the admin (librarian and moderator too) signs in, adds a
 * book with the keyboard alone, hides a reported review, and looks at the readers and the audit
 * log. Every one of these pages is screenshotted and checked with axe-core.
 */
class RunningTheSiteInBrowserIT extends DeployedSite {

    private Browser browser;

    @AfterEach
    void closeBrowser() {
        if (browser != null) {
            browser.close();
        }
    }

    @Test
    void theStaffAddABookAndHideAReportedReviewWithTheKeyboard() {
        RunningTheSiteIT.signedInAsAdmin(newBrowser()); // the account exists
        long reportedBook = Rows.insertBook("Reported in the browser " + Rows.uniqueIsbn(), "R", Rows.uniqueIsbn(), 2000, "");
        assertEquals(303, newBrowser().writeReview(reportedBook, "Rude Writer", "1", "Rude words here.").status());
        long reviewId = (Long) Rows.single("SELECT id FROM review WHERE book_id = ?", reportedBook);
        Site reporter = newBrowser();
        reporter.signUp("Browser Reporter");
        Site.Page form = reporter.get("/reviews/" + reviewId + "/report");
        assertEquals(303, reporter.post("/reviews/" + reviewId + "/report",
                Map.of("csrf_token", form.csrfToken(), "reason", "offensive")).status());

        var driver = signInAsAdmin();

        driver.findElement(By.cssSelector("a.nav-add-book")).sendKeys(Keys.ENTER);
        waitFor(By.cssSelector("form.book-form"));
        assertEquals("Add a book", driver.findElement(By.tagName("h1")).getText());
        browser.screenshots("book-new");
        browser.assertAccessible("add a book");
        String isbn = Rows.uniqueValidIsbn13();
        String title = "Keyboard Book " + isbn.substring(7);
        driver.findElement(By.id("title")).sendKeys(title, Keys.TAB);
        driver.switchTo().activeElement().sendKeys("Kay Board", Keys.TAB);
        assertEquals("isbn", driver.switchTo().activeElement().getAttribute("id"));
        driver.switchTo().activeElement().sendKeys(isbn.substring(0, 3) + "-" + isbn.substring(3), Keys.TAB);
        driver.switchTo().activeElement().sendKeys("1999", Keys.ENTER);
        new WebDriverWait(driver, Duration.ofSeconds(10)).until(ExpectedConditions.urlMatches(".*/books/[0-9]+$"));
        assertEquals(title, driver.findElement(By.tagName("h1")).getText());
        assertEquals(1L, Rows.count("SELECT COUNT(*) FROM book WHERE isbn = ? AND title = ?", isbn, title));

        driver.get(url("/reviews/" + reviewId + "/report"));
        waitFor(By.cssSelector("form.report-form"));
        browser.screenshots("report");
        browser.assertAccessible("report a review");
        driver.navigate().back();
        waitFor(By.cssSelector("a.nav-moderation"));
        driver.findElement(By.cssSelector("a.nav-moderation")).sendKeys(Keys.ENTER);
        waitFor(By.cssSelector("article.reported-review[data-review-id='" + reviewId + "']"));
        browser.screenshots("moderation");
        browser.assertAccessible("moderation");
        driver.findElement(By.id("hide-reason-" + reviewId)).sendKeys("Rude to other readers.", Keys.ENTER);
        waitFor(By.cssSelector(".hidden-review-item[data-review-id='" + reviewId + "']"));
        assertTrue(driver.findElements(By.cssSelector("article.reported-review[data-review-id='" + reviewId + "']")).isEmpty());
        assertEquals(0, ((Number) Rows.single("SELECT review_count FROM book WHERE id = ?", reportedBook)).intValue());

        driver.findElement(By.cssSelector("a.nav-admin")).sendKeys(Keys.ENTER);
        waitFor(By.cssSelector("form.reader-search"));
        browser.screenshots("admin-readers");
        browser.assertAccessible("readers and roles");
        driver.get(url("/admin/log"));
        waitFor(By.cssSelector("table.audit-log"));
        assertTrue(driver.findElement(By.cssSelector("table.audit-log")).getText().contains("Review hidden"));
        browser.screenshots("admin-log");
        browser.assertAccessible("audit log");
        driver.get(url("/reviews/" + reviewId + "/report"));
        assertEquals("Page not found", driver.findElement(By.tagName("h1")).getText(), "a hidden review cannot be reported");
    }

    @Test
    void aLibrarianImportsAFileAndWatchesItsProgressWithoutAReload() throws Exception {
        RunningTheSiteIT.signedInAsAdmin(newBrowser());
        StringBuilder csv = new StringBuilder("title,author,isbn,published_year,description\n");
        for (int i = 0; i < 20_000; i++) {
            csv.append("Watched import ").append(i).append(",Watcher,").append(Rows.uniqueValidIsbn13()).append(",2010,\n");
        }
        java.nio.file.Path file = java.nio.file.Files.createTempFile(java.nio.file.Path.of("target"), "watched-", ".csv");
        java.nio.file.Files.writeString(file, csv, java.nio.charset.StandardCharsets.UTF_8);

        var driver = signInAsAdmin();
        driver.findElement(By.cssSelector("a.nav-import")).sendKeys(Keys.ENTER);
        waitFor(By.cssSelector("form.import-form"));
        browser.screenshots("import-form");
        browser.assertAccessible("import form");
        driver.findElement(By.id("file")).sendKeys(file.toAbsolutePath().toString());
        driver.findElement(By.cssSelector("form.import-form button")).sendKeys(Keys.ENTER);
        waitFor(By.cssSelector(".import-status"));
        browser.assertAccessible("import progress");

        // The bar moves while the page stays: the script asks for the figures, no reload.
        driver.executeScript("window.sameDocument = true;");
        long first = progressValue();
        new WebDriverWait(driver, Duration.ofSeconds(60)).until(d -> progressValue() > first);
        assertEquals(Boolean.TRUE, driver.executeScript("return window.sameDocument === true;"),
                "the bar moved (" + first + " to " + progressValue() + ") without a reload");
        new WebDriverWait(driver, Duration.ofSeconds(120)).until(d -> "done".equals(state()));
        assertEquals("20000", driver.findElement(By.cssSelector("[data-figure=added]")).getText());
        assertEquals("No row was rejected.", driver.findElement(By.cssSelector(".no-rejections")).getText());
        browser.screenshots("import-done");
        browser.assertAccessible("import report");
        java.nio.file.Files.delete(file);
        // The other tests share this catalogue (CatalogueIT reads every page of it).
        Rows.update("DELETE FROM book WHERE author = 'Watcher'");
    }

    private long progressValue() {
        Object value = browser.driver.executeScript("var p = document.querySelector('progress'); return p ? p.value : -1;");
        return value instanceof Number n ? n.longValue() : -1;
    }

    private String state() {
        try {
            return browser.driver.findElement(By.cssSelector(".import-status")).getAttribute("data-state");
        } catch (org.openqa.selenium.WebDriverException reloading) {
            return "running";
        }
    }

    private String url(String path) {
        return site.uri(path).toString();
    }

    private void waitFor(By locator) {
        new WebDriverWait(browser.driver, Duration.ofSeconds(10)).until(ExpectedConditions.presenceOfElementLocated(locator));
    }

    /** A new browser in which the admin (every role) signs in with the keyboard; its driver, on the next page. */
    private ChromeDriver signInAsAdmin() {
        browser = Browser.start("en-US");
        var driver = browser.driver;
        driver.get(url("/signin"));
        driver.findElement(By.id("username")).sendKeys(RunningTheSiteIT.ADMIN, Keys.TAB);
        driver.switchTo().activeElement().sendKeys(Site.PASSWORD, Keys.ENTER);
        waitFor(By.cssSelector("a.nav-add-book"));
        return driver;
    }
}
