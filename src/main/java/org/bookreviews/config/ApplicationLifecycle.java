package org.bookreviews.config;

import jakarta.persistence.PersistenceException;
import jakarta.servlet.ServletContext;
import jakarta.servlet.ServletContextEvent;
import jakarta.servlet.ServletContextListener;
import jakarta.servlet.annotation.WebListener;
import java.time.Clock;
import java.util.logging.Level;
import java.util.logging.Logger;
import org.bookreviews.persistence.Database;
import org.bookreviews.service.BookCatalog;
import org.bookreviews.service.ReviewService;
import org.bookreviews.web.CsrfTokens;
import org.bookreviews.web.PageCache;

/**
 * Starts and stops the application: opens the database (migrating its schema), creates the
 * demo catalogue on an empty database, and puts the services where the servlets find them.
 */
@WebListener
public class ApplicationLifecycle implements ServletContextListener {

    private static final Logger LOG = Logger.getLogger(ApplicationLifecycle.class.getName());
    private static final String DATABASE = Database.class.getName();

    @Override
    public void contextInitialized(ServletContextEvent event) {
        ServletContext context = event.getServletContext();
        AppSettings settings = AppSettings.of(context);
        Database database = Database.open(settings);
        context.setAttribute(DATABASE, database);

        Clock clock = Clock.systemUTC();
        if (settings.demoDataEnabled()) {
            try {
                DemoCatalogue.createIfEmpty(database, clock);
            } catch (PersistenceException e) {
                // Another server starting on the same database won the race; its catalogue stands.
                LOG.log(Level.WARNING, "Demo catalogue not created", e);
            }
        }
        new PageCache(settings.pageCacheTimeToLive()).registerIn(context);
        Services.register(context, database, new BookCatalog(database), new ReviewService(database, clock),
                new CsrfTokens(settings.csrfSecret().orElseGet(CsrfTokens::randomSecret)));
    }

    @Override
    public void contextDestroyed(ServletContextEvent event) {
        Database database = (Database) event.getServletContext().getAttribute(DATABASE);
        if (database != null) {
            database.close();
        }
    }
}
