package org.bookreviews.it;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;

/**
 * The site on a database server: the server's container DataSource (Tomcat: the Resource in
 * webapp-config/tomcat/context.xml; Payara: the pool and resource made by
 * webapp-config/payara/post-boot-commands.asadmin) points at a Derby Network Server, which the
 * test reads and writes with plain JDBC while the site runs.
 */
@Tag(Needs.DATABASE_SERVER)
class DatabaseServerIT extends DeployedSite {

    @Test
    void aReviewWrittenOnTheSiteIsARowOnTheDatabaseServer() throws Exception {
        String name = "Networked Zoë 李";
        assertEquals(303, site.writeReview(1, name, "4", "Stored on the server.").status());

        List<List<Object>> rows = Rows.at(databaseServerUrl())
                .select("SELECT book_id, rating, body FROM review WHERE reviewer_name = ?", name);
        assertEquals(List.of(List.of(1L, 4, "Stored on the server.")), rows);
    }

    @Test
    void aBookAddedOnTheDatabaseServerIsOnTheSite() {
        String title = "Only On The Server " + Rows.uniqueIsbn();
        long id = Rows.insertBook(title, "Dee Bee", Rows.uniqueIsbn(), 2024, "Inserted with plain JDBC.");

        Site.Page page = site.get("/books/" + id);

        assertEquals(200, page.status());
        assertEquals(title, page.html().selectFirst("h1").text());
    }

    @Test
    void theDemoCatalogueWasCreatedOnTheDatabaseServer() {
        assertTrue(Rows.count("SELECT COUNT(*) FROM book WHERE title = 'Python for Beginners'") == 1);
        assertEquals(200, site.get("/").status());
    }

    /** This run's rows come from the Derby Network Server the build started, not an embedded engine. */
    private static String databaseServerUrl() {
        String url = System.getProperty("it.db.url");
        assertTrue(url.startsWith(DatabaseServer.url("")), "it.db.url points at the database server: " + url);
        return url;
    }
}
