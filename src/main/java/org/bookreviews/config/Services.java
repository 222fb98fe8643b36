package org.bookreviews.config;

import jakarta.servlet.ServletContext;
import org.bookreviews.service.BookCatalog;
import org.bookreviews.service.ReviewService;

/** Where servlets find the application's services: attributes of the ServletContext, set at start-up. */
public final class Services {

    private static final String CATALOG = BookCatalog.class.getName();
    private static final String REVIEWS = ReviewService.class.getName();

    private Services() {
    }

    static void register(ServletContext context, BookCatalog catalog, ReviewService reviews) {
        context.setAttribute(CATALOG, catalog);
        context.setAttribute(REVIEWS, reviews);
    }

    public static BookCatalog catalog(ServletContext context) {
        return (BookCatalog) context.getAttribute(CATALOG);
    }

    public static ReviewService reviews(ServletContext context) {
        return (ReviewService) context.getAttribute(REVIEWS);
    }
}
