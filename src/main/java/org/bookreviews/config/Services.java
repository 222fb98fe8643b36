package org.bookreviews.config;

import jakarta.servlet.ServletContext;
import org.bookreviews.persistence.Database;
import org.bookreviews.service.BookCatalog;
import org.bookreviews.service.ReviewService;
import org.bookreviews.web.CsrfTokens;

/** Where servlets find the application's services: attributes of the ServletContext, set at start-up. */
public final class Services {

    private static final String CATALOG = BookCatalog.class.getName();
    private static final String REVIEWS = ReviewService.class.getName();
    private static final String CSRF = CsrfTokens.class.getName();
    private static final String DATABASE = Database.class.getName();

    private Services() {
    }

    static void register(ServletContext context, Database database, BookCatalog catalog, ReviewService reviews,
                         CsrfTokens csrf) {
        context.setAttribute(DATABASE, database);
        context.setAttribute(CATALOG, catalog);
        context.setAttribute(REVIEWS, reviews);
        context.setAttribute(CSRF, csrf);
    }

    public static BookCatalog catalog(ServletContext context) {
        return (BookCatalog) context.getAttribute(CATALOG);
    }

    public static ReviewService reviews(ServletContext context) {
        return (ReviewService) context.getAttribute(REVIEWS);
    }

    public static Database database(ServletContext context) {
        return (Database) context.getAttribute(DATABASE);
    }

    public static CsrfTokens csrf(ServletContext context) {
        return (CsrfTokens) context.getAttribute(CSRF);
    }
}
