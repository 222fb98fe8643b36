package org.bookreviews.it;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;

/**
 * The HTML of every page type, exactly as the server sends it, passes the Nu Html Checker (the
 * W3C validator's engine, vnu.jar from the npm package vnu-jar) without errors.
 */
class ValidHtmlIT extends DeployedSite {

    @Test
    void everyPageTypeIsValidHtml() throws Exception {
        Map<String, Site.Page> pages = new LinkedHashMap<>();
        pages.put("catalogue", site.get("/"));
        pages.put("catalogue-sorted-page-2", site.get("/?sort=rating&page=2"));
        pages.put("search-results", site.get("/?q=python"));
        pages.put("search-no-match", site.get("/?q=%3Cno%20such%20book%3E"));
        pages.put("catalogue-de", site.getIn("de", "/"));
        pages.put("book", site.get("/books/1"));
        pages.put("book-sorted", site.get("/books/1?sort=lowest"));
        pages.put("book-de", site.getIn("de", "/books/1"));
        pages.put("book-rating-filter", site.get("/books/1?rating=5"));
        pages.put("review-permalink", site.get(site.get("/books/1").html().selectFirst("a.permalink").attr("href")));
        pages.put("sign-up", site.get("/signup?next=/books/1"));
        pages.put("sign-in", site.get("/signin"));
        pages.put("sign-up-invalid", site.signUp("ab", "", "short"));
        pages.put("reader", site.get("/readers/priya.n"));
        pages.put("book-invalid-form", site.writeReview(1, "Valid <Html> Reader", "9", ""));
        pages.put("book-signed-in", site.get("/books/2"));
        Site.Page posted = site.submitReview(1, "4", "Fine & \"valid\".", true);
        pages.put("thanks", site.get(posted.header("Location")));
        pages.put("book-with-my-review", site.get("/books/1"));
        pages.put("edit-review", site.get("/books/1/reviews/mine/edit"));
        pages.put("account", site.get("/account"));
        pages.put("catalogue-signed-in", site.get("/"));
        // Running the site: the librarians', moderators' and admins' pages, and the report form.
        Site admin = RunningTheSiteIT.signedInAsAdmin(newBrowser());
        pages.put("book-new", admin.get("/books/new"));
        pages.put("book-new-invalid", admin.post("/books/new", Map.of("csrf_token", admin.get("/books/new").csrfToken(),
                "title", "", "author", "<A> & \"B\"", "isbn", "123", "published_year", "9", "description", "")));
        pages.put("book-edit", admin.get("/books/1/edit"));
        String reportPath = site.get("/books/2").html().selectFirst("a.report-review").attr("href");
        Site.Page reportForm = site.get(reportPath);
        pages.put("report", reportForm);
        site.post(reportPath, Map.of("csrf_token", reportForm.csrfToken(), "reason", "spam", "note", "<b>Valid?</b>"));
        pages.put("moderation", admin.get("/moderation"));
        pages.put("moderation-de", admin.getIn("de", "/moderation"));
        pages.put("admin-readers", admin.get("/admin/readers"));
        pages.put("admin-log", admin.get("/admin/log"));
        pages.put("error-403-role", site.get("/moderation"));
        pages.put("import-form", admin.get("/books/import"));
        pages.put("import-refused", admin.postFile("/books/import", Map.of("csrf_token", admin.get("/books/import").csrfToken()),
                "file", "x.csv", "text/csv", "name\n".getBytes(StandardCharsets.UTF_8)));
        String importPage = admin.postFile("/books/import", Map.of("csrf_token", admin.get("/books/import").csrfToken()),
                "file", "x.csv", "text/csv", "title,author,isbn\nValid <Import>,A,123\n".getBytes(StandardCharsets.UTF_8))
                .header("Location");
        pages.put("import-running-or-done", admin.get(importPage));
        Thread.sleep(1000);
        pages.put("import-report", admin.get(importPage));
        Site stranger = newBrowser();
        pages.put("sign-in-wrong", stranger.signIn("nobody-" + Site.newUsername(), "not the password at all", false));
        pages.put("error-400", site.get("/?page=abc"));
        pages.put("error-404", site.get("/books/987654321"));
        pages.put("error-405", site.send("PUT", "/books/1", "text/plain", new byte[0]));

        Path folder = Files.createDirectories(Path.of(System.getProperty("it.pages", "target/pages"),
                System.getProperty("arquillian.launch", "tomcat-10.1")));
        List<String> command = new ArrayList<>(List.of(javaCommand(), "-jar", System.getProperty("it.vnu.jar"),
                "--errors-only", "--format", "text"));
        for (Map.Entry<String, Site.Page> page : pages.entrySet()) {
            Path file = folder.resolve(page.getKey() + ".html");
            Files.writeString(file, page.getValue().body(), StandardCharsets.UTF_8);
            command.add(file.toString());
        }
        Process vnu = new ProcessBuilder(command).redirectErrorStream(true).start();
        String report = new String(vnu.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
        vnu.waitFor(120, TimeUnit.SECONDS);
        assertEquals(0, vnu.exitValue(), "Nu Html Checker errors:\n" + report);
        assertEquals(List.of(), report.lines().filter(l -> l.contains("error:")).toList());
    }

    @Test
    void theCheckerFindsErrorsWhereThereAreSome() throws IOException, InterruptedException {
        Path broken = Files.createTempFile("broken", ".html");
        Files.writeString(broken, "<!DOCTYPE html><html lang=\"en\"><head><title>x</title></head>"
                + "<body><p><div>block in p</p></span></body></html>");
        Process vnu = new ProcessBuilder(javaCommand(), "-jar", System.getProperty("it.vnu.jar"), "--errors-only",
                broken.toString()).redirectErrorStream(true).start();
        String report = new String(vnu.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
        vnu.waitFor(120, TimeUnit.SECONDS);
        assertEquals(1, vnu.exitValue(), report);
    }

    private static String javaCommand() {
        return Path.of(System.getProperty("java.home"), "bin", "java").toString();
    }
}
