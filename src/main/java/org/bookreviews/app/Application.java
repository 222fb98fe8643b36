package org.bookreviews.app;

import jakarta.servlet.DispatcherType;
import jakarta.servlet.FilterRegistration;
import jakarta.servlet.MultipartConfigElement;
import jakarta.servlet.ServletContext;
import jakarta.servlet.ServletContextEvent;
import jakarta.servlet.ServletContextListener;
import jakarta.servlet.ServletRegistration;
import jakarta.servlet.http.HttpFilter;
import jakarta.servlet.http.HttpServlet;
import java.time.Clock;
import java.time.Duration;
import java.util.EnumSet;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.logging.Level;
import java.util.logging.Logger;
import org.bookreviews.admin.AdminServlet;
import org.bookreviews.admin.Roles;
import org.bookreviews.book.BookEditor;
import org.bookreviews.book.CoverImage;
import org.bookreviews.book.CoverServlet;
import org.bookreviews.book.Covers;
import org.bookreviews.book.BookFormServlet;
import org.bookreviews.book.BookService;
import org.bookreviews.book.BookServlet;
import org.bookreviews.book.ReviewService;
import org.bookreviews.catalogue.Catalogue;
import org.bookreviews.catalogue.CatalogueServlet;
import org.bookreviews.catalogue.SearchIndex;
import org.bookreviews.http.ErrorPageServlet;
import org.bookreviews.http.HealthServlet;
import org.bookreviews.http.LanguageServlet;
import org.bookreviews.http.PageServlet;
import org.bookreviews.http.RequestBodyFilter;
import org.bookreviews.importing.CatalogueFile;
import org.bookreviews.importing.ImportServlet;
import org.bookreviews.importing.Imports;
import org.bookreviews.moderation.ModerationServlet;
import org.bookreviews.moderation.Reports;
import org.bookreviews.persistence.DataAccessException;
import org.bookreviews.persistence.Database;
import org.bookreviews.persistence.SharedSecrets;
import org.bookreviews.reader.AccountServlet;
import org.bookreviews.reader.Accounts;
import org.bookreviews.reader.PasswordHasher;
import org.bookreviews.reader.ReaderServlet;
import org.bookreviews.reader.SessionFilter;
import org.bookreviews.reader.Sessions;
import org.bookreviews.reader.SignInServlet;
import org.bookreviews.reader.SignIns;
import org.bookreviews.reader.SignOutServlet;
import org.bookreviews.reader.SignUpServlet;
import org.bookreviews.rendering.PageCache;
import org.bookreviews.rendering.Views;
import org.bookreviews.security.AuditLog;
import org.bookreviews.security.CsrfTokens;
import org.bookreviews.security.FormPostGuard;
import org.bookreviews.security.RateLimits;
import org.bookreviews.security.RateLimits.Limit;

/**
 * The composition root: at start-up, opens the database (migrating its schema), creates the demo
 * catalogue on an empty database, builds every service and gives each servlet what it needs
 * through its constructor, mapped here to its addresses, and the session filter after web.xml's
 * filters, and the views ({@link Views#declare}). At shutdown, closes the database. The other
 * filters, which need none of these, are declared in web.xml, and so is this listener.
 */
public class Application implements ServletContextListener {

    private static final Logger LOG = Logger.getLogger(Application.class.getName());
    /** The CSRF signing secret's name among the secrets kept in the database. */
    private static final String CSRF_SECRET_NAME = "csrf";
    /** Password hashes at once: each takes ~19 MiB, and the production heap is 128 MiB. */
    private static final int CONCURRENT_PASSWORD_HASHES = 2;

    // The servlets that take form POSTs (the only requests with a body: RequestBodyFilter).
    private static final String BOOKS = "books";
    private static final String SIGN_UP = "signUp";
    private static final String SIGN_IN = "signIn";
    private static final String SIGN_OUT = "signOut";
    private static final String ACCOUNT = "account";
    private static final String BOOK_FORM = BookServlet.BOOK_FORM;
    private static final String MODERATION = "moderation";
    private static final String ADMIN = "admin";
    private static final String IMPORT = "import";
    private static final String COVERS = "covers";

    private Database database;
    private SearchIndex searchIndex;
    private Imports imports;

    @Override
    public void contextInitialized(ServletContextEvent event) {
        ServletContext context = event.getServletContext();
        Settings settings = Settings.of(context);
        database = Database.open(settings.databaseDirectory());
        // The server's temporary directory for this application (Tomcat: work/..., Payara: generated/...).
        java.io.File temporary = (java.io.File) context.getAttribute(ServletContext.TEMPDIR);
        searchIndex = new SearchIndex(database, temporary.toPath().resolve("search-index"));
        searchIndex.buildInBackground();

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
        CsrfTokens csrf = new CsrfTokens(settings.csrfSecret()
                .orElseGet(() -> new SharedSecrets(database).get(CSRF_SECRET_NAME)));
        FormPostGuard formPosts = new FormPostGuard(csrf);
        RateLimits limits = new RateLimits(database, clock);
        Optional<Limit> signUpLimit = settings.rateLimitsEnabled()
                ? Optional.of(new Limit("sign-up:address", settings.signUpsPerHour(), Duration.ofHours(1))) : Optional.empty();
        Optional<Limit> reviewLimit = settings.rateLimitsEnabled()
                ? Optional.of(new Limit("review:reader", settings.reviewsPerMinute(), Duration.ofMinutes(1))) : Optional.empty();
        Accounts accounts = new Accounts(database, new PasswordHasher(CONCURRENT_PASSWORD_HASHES), clock);
        Sessions sessions = new Sessions(database, clock, settings.admins());
        SignIns signIns = new SignIns(accounts, sessions, limits);

        Views.declare(context);
        // The pages take field names and limits from here (EL's static imports do not work on Payara).
        context.setAttribute("field", ViewNames.FIELDS);
        context.setAttribute("limit", ViewNames.LIMITS);
        // After web.xml's filters; ASYNC too: a form POST reaches its servlet on the async dispatch
        // that follows reading its body.
        filter(context, "requestBody", new RequestBodyFilter(
                Set.of(BOOKS, SIGN_UP, SIGN_IN, SIGN_OUT, ACCOUNT, BOOK_FORM, MODERATION, ADMIN),
                Set.of(AdminServlet.ROLE), settings.concurrentBodyReads(), Map.of(IMPORT, ImportServlet.MAX_REQUEST_BYTES, COVERS, CoverServlet.MAX_REQUEST_BYTES)));
        filter(context, "session", new SessionFilter(sessions, csrf));
        map(context, "catalogue", new CatalogueServlet(new Catalogue(database, searchIndex), pages), "");
        BookService books = new BookService(database);
        ReviewService reviews = new ReviewService(database, clock);
        map(context, BOOKS, new BookServlet(books, reviews, pages, formPosts, limits, reviewLimit), "/books/*");
        map(context, BOOK_FORM, new BookFormServlet(new BookEditor(database, clock), books, pages, formPosts, clock),
                BookFormServlet.NEW);
        map(context, MODERATION, new ModerationServlet(new Reports(database, clock), reviews, books, pages, formPosts),
                ModerationServlet.MODERATION, "/reviews/*");
        ServletRegistration.Dynamic coverUploads = map(context, COVERS,
                new CoverServlet(new Covers(database, clock), pages, formPosts), "/covers/*");
        coverUploads.setMultipartConfig(new MultipartConfigElement("", CoverImage.MAX_BYTES,
                CoverServlet.MAX_REQUEST_BYTES, CoverServlet.MAX_REQUEST_BYTES));
        imports = new Imports(database, clock, pages);
        ServletRegistration.Dynamic importing = map(context, IMPORT, new ImportServlet(imports, formPosts),
                ImportServlet.PATH, ImportServlet.PATH + "/*");
        // The file stays in memory up to its limit (never a file in a directory the uploader names).
        importing.setMultipartConfig(new MultipartConfigElement("", CatalogueFile.MAX_BYTES,
                ImportServlet.MAX_REQUEST_BYTES, ImportServlet.MAX_REQUEST_BYTES));
        map(context, ADMIN, new AdminServlet(new Roles(database, clock), new AuditLog(database), sessions, formPosts),
                AdminServlet.READERS, AdminServlet.LOG);
        map(context, SIGN_UP, new SignUpServlet(accounts, signIns, csrf, formPosts, limits, signUpLimit), "/signup");
        map(context, SIGN_IN, new SignInServlet(signIns, csrf, formPosts), PageServlet.SIGN_IN);
        map(context, SIGN_OUT, new SignOutServlet(signIns, formPosts), "/signout");
        map(context, "readers", new ReaderServlet(accounts), "/readers/*");
        map(context, ACCOUNT, new AccountServlet(accounts, sessions, signIns, formPosts, pages), "/account", "/account/*");
        map(context, "health", new HealthServlet(database), "/health");
        map(context, "language", new LanguageServlet(), "/language");
        map(context, "errorPage", new ErrorPageServlet(), ErrorPageServlet.PATH);
    }

    @Override
    public void contextDestroyed(ServletContextEvent event) {
        if (imports != null) {
            imports.close(); // before the database: a running import stops between two batches
        }
        if (searchIndex != null) {
            searchIndex.close();
        }
        if (database != null) {
            database.close();
        }
    }

    private static void filter(ServletContext context, String name, HttpFilter filter) {
        FilterRegistration.Dynamic registration = context.addFilter(name, filter);
        registration.setAsyncSupported(true);
        registration.addMappingForUrlPatterns(EnumSet.of(DispatcherType.REQUEST, DispatcherType.ASYNC), true, "/*");
    }

    private static ServletRegistration.Dynamic map(ServletContext context, String name, HttpServlet servlet,
                                                   String... urlPatterns) {
        ServletRegistration.Dynamic registration = context.addServlet(name, servlet);
        registration.setAsyncSupported(true); // for RequestBodyFilter
        if (!registration.addMapping(urlPatterns).isEmpty()) {
            throw new IllegalStateException(String.join(", ", urlPatterns) + ": mapped to another servlet already");
        }
        return registration;
    }
}
