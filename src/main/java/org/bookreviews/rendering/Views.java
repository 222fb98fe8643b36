package org.bookreviews.rendering;

import jakarta.servlet.RequestDispatcher;
import jakarta.servlet.ServletContext;
import jakarta.servlet.ServletException;
import jakarta.servlet.ServletRegistration;
import jakarta.servlet.ServletRequest;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.Properties;
import java.util.Set;

/**
 * The JSP views, each named after the page it renders, kept under WEB-INF so only servlets reach
 * them: by name ("bookView" is /WEB-INF/jsp/book.jsp), as {@link #declare} declares them.
 */
public final class Views {

    private static final String DIRECTORY = "/WEB-INF/jsp/";
    /**
     * Written by the build beside the classes Tomcat's JspC made of the views: which server they
     * are for ({@code server}) and their package ({@code package}; JspC adds the JSPs' directory).
     */
    private static final String PRECOMPILED = "/WEB-INF/precompiled-views.properties";
    /** JspC's package for the files of {@link #DIRECTORY}, below the build's package. */
    private static final String PRECOMPILED_DIRECTORY_PACKAGE = ".WEB_002dINF.jsp.";
    /** The views a visitor or reader meets, ready before the first request (the admin pages load on first use). */
    private static final Set<String> AT_START = Set.of("catalogue", "book", "thanks", "error", "readerNav",
            "reviewItem", "myReview", "review", "editReview", "signup", "signin", "reader", "account");

    /** The request attribute holding the language the pages are rendered in ("en", "de"; set by the LanguageFilter). */
    public static final String LANGUAGE = "language";

    private Views() {
    }

    /**
     * Declares every view as a servlet named after it. On the Tomcat whose JspC compiled the views
     * at build time (same major version: its Jasper runtime is what the classes call), the compiled
     * classes: nothing is compiled at start-up. On any other server, the JSP files, compiled by the
     * server's own JSP engine while the application starts, in production mode (development=false:
     * otherwise every request checks the file for changes inside a lock).
     */
    public static void declare(ServletContext context) {
        String precompiledPackage = precompiledPackageFor(context);
        for (String path : context.getResourcePaths(DIRECTORY)) {
            if (!path.endsWith(".jsp")) {
                continue;
            }
            String view = path.substring(DIRECTORY.length(), path.length() - ".jsp".length());
            ServletRegistration.Dynamic servlet;
            if (precompiledPackage != null) {
                servlet = context.addServlet(servletName(view),
                        precompiledPackage + PRECOMPILED_DIRECTORY_PACKAGE + view + "_jsp");
            } else {
                servlet = context.addJspFile(servletName(view), path);
                servlet.setInitParameter("development", "false");
            }
            if (AT_START.contains(view)) {
                servlet.setLoadOnStartup(1);
            }
        }
    }

    /** The package of the build's compiled views when they run on this server, else null. */
    private static String precompiledPackageFor(ServletContext context) {
        Properties built = new Properties();
        try (InputStream in = context.getResourceAsStream(PRECOMPILED)) {
            if (in == null) {
                return null;
            }
            built.load(in);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return sameMajorVersion(built.getProperty("server", ""), context.getServerInfo())
                ? built.getProperty("package") : null;
    }

    /** The servlet a view is declared as, and dispatched to by: "book" is "bookView". */
    private static String servletName(String view) {
        return view + "View";
    }

    /** "Apache Tomcat/11.0.24" and "Apache Tomcat/11.0.30" are; "Apache Tomcat/10.1.55" and "Payara Server 6..." are not. */
    static boolean sameMajorVersion(String builtFor, String serverInfo) {
        int slash = builtFor.indexOf('/');
        int dot = builtFor.indexOf('.', slash + 1);
        return slash > 0 && dot > slash + 1 && serverInfo.startsWith(builtFor.substring(0, dot + 1));
    }

    /** The request's language: what its pages and their kept parts vary by. */
    public static String languageOf(ServletRequest request) {
        return String.valueOf(request.getAttribute(LANGUAGE));
    }

    public static void render(String view, HttpServletRequest request, HttpServletResponse response)
            throws ServletException, IOException {
        dispatcher(view, request).forward(request, response);
    }

    /** Renders into the given response without ending it (for {@link PageCache#renderPage}). */
    public static void include(String view, HttpServletRequest request, HttpServletResponse response)
            throws ServletException, IOException {
        dispatcher(view, request).include(request, response);
    }

    private static RequestDispatcher dispatcher(String view, HttpServletRequest request) {
        return request.getServletContext().getNamedDispatcher(servletName(view));
    }
}
