package org.bookreviews.app;

import jakarta.servlet.ServletContext;
import jakarta.servlet.ServletContextEvent;
import jakarta.servlet.ServletContextListener;
import jakarta.servlet.ServletRegistration;
import jakarta.servlet.annotation.WebListener;
import jakarta.servlet.http.HttpServlet;
import java.time.Clock;
import java.util.logging.Level;
import java.util.logging.Logger;
import org.bookreviews.book.BookService;
import org.bookreviews.book.BookServlet;
import org.bookreviews.book.ReviewService;
import org.bookreviews.catalogue.Catalogue;
import org.bookreviews.catalogue.CatalogueServlet;
import org.bookreviews.http.ErrorPageServlet;
import org.bookreviews.http.HealthServlet;
import org.bookreviews.persistence.DataAccessException;
import org.bookreviews.persistence.Database;
import org.bookreviews.rendering.PageCache;
import org.bookreviews.security.CsrfTokens;
import org.bookreviews.security.FormPostGuard;

/**
 * The composition root: at start-up, opens the database (migrating its schema), creates the demo
 * catalogue on an empty database, builds every service and gives each servlet what it needs
 * through its constructor, mapped here to its addresses. At shutdown, closes the database.
 * The filters and the views, which need nothing of these, are declared in web.xml.
 */
@WebListener
public class Application implements ServletContextListener {

    private static final Logger LOG = Logger.getLogger(Application.class.getName());

    private Database database;

    @Override
    public void contextInitialized(ServletContextEvent event) {
        ServletContext context = event.getServletContext();
        Settings settings = Settings.of(context);
        database = Database.open(settings.databaseDirectory());

        Clock clock = Clock.systemUTC();
        if (settings.demoDataEnabled()) {
            try {
                DemoCatalogue.createIfEmpty(database, clock);
            } catch (DataAccessException e) {
                // Another server starting on the same database won the race; its catalogue stands.
                LOG.log(Level.WARNING, "Demo catalogue not created", e);
            }
        }
        PageCache pages = new PageCache(settings.pageCacheTimeToLive());
        CsrfTokens csrf = new CsrfTokens(settings.csrfSecret().orElseGet(CsrfTokens::randomSecret));

        map(context, "catalogue", new CatalogueServlet(new Catalogue(database), pages), "");
        map(context, "books", new BookServlet(new BookService(database), new ReviewService(database, clock), pages,
                csrf, new FormPostGuard(csrf)), "/books/*");
        map(context, "health", new HealthServlet(database), "/health");
        map(context, "errorPage", new ErrorPageServlet(), ErrorPageServlet.PATH);
    }

    @Override
    public void contextDestroyed(ServletContextEvent event) {
        if (database != null) {
            database.close();
        }
    }

    private static void map(ServletContext context, String name, HttpServlet servlet, String urlPattern) {
        ServletRegistration.Dynamic registration = context.addServlet(name, servlet);
        if (!registration.addMapping(urlPattern).isEmpty()) {
            throw new IllegalStateException(urlPattern + " is mapped to another servlet already");
        }
    }
}
