package org.bookreviews.it;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;

/**
 * On Tomcat 11 the views are the classes its JspC compiled at build time (Views.declare): every
 * page renders, and Tomcat's JSP engine compiles nothing into the application's work directory,
 * where it would put the classes of the JSP files (Tomcat 10.1 and Payara still do).
 */
@Tag(Needs.STOCK_TOMCAT)
class PrecompiledViewsIT extends DeployedSite {

    @Test
    void everyPageRendersFromTheViewsCompiledAtBuildTimeWithoutCompilingAJsp() throws IOException {
        Site visitor = newBrowser();
        for (String path : List.of("/", "/books/1", "/signin", "/signup")) {
            assertWholePage(visitor.get(path), path);
        }
        String reader = site.signUp("Zoë 李 🚀 O'Brien");
        assertEquals(303, site.submitReview(1, "4", "Compiled once, at build time.", false).status());
        for (String path : List.of("/books/1", "/books/1?rating=4", "/books/1/reviews/thanks", "/books/1/reviews/mine/edit",
                "/account", "/readers/" + reader)) {
            assertWholePage(site.get(path), path);
        }
        Site.Page missing = site.get("/books/999999");
        assertEquals(404, missing.status());
        assertTrue(missing.html().select("h1").text().length() > 0, "the error page");

        Path work = Path.of(System.getProperty("it.tomcat11.home"), "work", "Catalina", "localhost", "bookreviews");
        assertTrue(Files.isDirectory(work), "the application's work directory " + work);
        try (Stream<Path> files = Files.walk(work)) {
            assertEquals(List.of(), files.map(Path::toString).filter(f -> f.endsWith("_jsp.class") || f.endsWith("_tag.class")
                    || f.endsWith("_jsp.java") || f.endsWith("_tag.java")).toList(), "classes Tomcat compiled from JSP files");
        }
    }

    private static void assertWholePage(Site.Page page, String path) {
        assertEquals(200, page.status(), path);
        assertTrue(page.body().strip().endsWith("</html>"), path + ": the whole page");
    }
}
