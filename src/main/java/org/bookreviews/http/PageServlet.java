package org.bookreviews.http;

import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServlet;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import org.bookreviews.persistence.DataAccessException;
import org.bookreviews.security.RateLimits;

/**
 * Base of the application's servlets. Any method an address does not take is answered 405 with
 * the {@code Allow} header HTTP requires (HttpServlet alone answers unknown methods such as
 * PATCH with 501, and names no allowed methods). A database that does not answer is a 503 with
 * {@code Retry-After}, not a 500.
 */
public abstract class PageServlet extends HttpServlet {

    private static final long serialVersionUID = 1L;

    /** Where readers sign in. */
    public static final String SIGN_IN = "/signin";

    /** The methods the requested address takes, as the {@code Allow} header lists them. */
    protected abstract String allowedMethods(HttpServletRequest request);

    @Override
    protected void service(HttpServletRequest request, HttpServletResponse response)
            throws ServletException, IOException {
        try {
            switch (request.getMethod()) {
                case "GET", "HEAD", "POST", "OPTIONS" -> super.service(request, response);
                default -> methodNotAllowed(request, response);
            }
        } catch (DataAccessException e) {
            if (response.isCommitted()) {
                throw e;
            }
            // The database does not answer: nothing a reader did wrong, and worth trying again.
            ErrorPageServlet.logFailure(request, e);
            response.setHeader("Retry-After", "30");
            response.sendError(HttpServletResponse.SC_SERVICE_UNAVAILABLE);
        }
    }

    @Override
    protected void doGet(HttpServletRequest request, HttpServletResponse response)
            throws ServletException, IOException {
        methodNotAllowed(request, response);
    }

    @Override
    protected void doPost(HttpServletRequest request, HttpServletResponse response)
            throws ServletException, IOException {
        methodNotAllowed(request, response);
    }

    @Override
    protected void doOptions(HttpServletRequest request, HttpServletResponse response) {
        response.setHeader("Allow", allowedMethods(request));
    }

    protected void methodNotAllowed(HttpServletRequest request, HttpServletResponse response) throws IOException {
        response.setHeader("Allow", allowedMethods(request));
        response.sendError(HttpServletResponse.SC_METHOD_NOT_ALLOWED);
    }

    /** 303 to a path of this site (post/redirect/get). */
    protected static void seeOther(String path, HttpServletRequest request, HttpServletResponse response) {
        response.setStatus(HttpServletResponse.SC_SEE_OTHER);
        response.setHeader("Location", request.getContextPath() + path);
    }

    /** 303 to the sign-in page, which sends the reader on to {@code next} once signed in. */
    protected static void redirectToSignIn(String next, HttpServletRequest request, HttpServletResponse response) {
        seeOther(SIGN_IN + "?" + NextPath.PARAMETER + "=" + URLEncoder.encode(next, StandardCharsets.UTF_8), request, response);
    }

    /** 429 with Retry-After: a limit was reached, and this long until it frees up. */
    protected static void tooMany(Duration wait, HttpServletResponse response) throws IOException {
        response.setHeader("Retry-After", String.valueOf(RateLimits.retryAfterSeconds(wait)));
        response.sendError(429);
    }
}
