package org.bookreviews.http;

import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServlet;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import jakarta.servlet.http.Part;
import java.io.IOException;
import java.io.InputStream;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.Optional;
import org.bookreviews.persistence.DataAccessException;
import org.bookreviews.security.FormPostGuard;
import org.bookreviews.security.FormPostGuard.Verdict;
import org.bookreviews.security.RateLimits;
import org.bookreviews.security.Role;
import org.bookreviews.security.SignedInReader;

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
    /** Request attribute: the form came with a token that is not this session's (the page shows it again). */
    public static final String FORM_EXPIRED = "formExpired";

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
        } catch (DataAccessException | TemporarilyUnavailable e) {
            if (response.isCommitted()) {
                throw e;
            }
            // The database does not answer, or the password hashes are all busy: nothing a reader
            // did wrong, and worth trying again.
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

    /**
     * The checks of a form POST that only a signed-in reader may send: a body that is no form, or
     * one from another site, is refused (415, 403); signed out, the reader is sent to sign in,
     * back to {@code next} after (303); a token that is not this session's is refused (403),
     * unless {@code keepTheForm}: then the reader comes back with the request attribute
     * {@value #FORM_EXPIRED} set, and the caller shows the form again with what they typed.
     * Empty when the answer has been sent.
     */
    protected static Optional<SignedInReader> signedInPost(FormPostGuard guard, String next, boolean keepTheForm,
                                                           HttpServletRequest request, HttpServletResponse response)
            throws IOException {
        Verdict verdict = guard.verdict(request);
        if (!FormPostGuard.refuseUnless(verdict, Verdict.TOKEN_INVALID, response)) {
            return Optional.empty();
        }
        Optional<SignedInReader> reader = SignedInReader.of(request);
        if (reader.isEmpty()) {
            redirectToSignIn(next, request, response);
            return Optional.empty();
        }
        if (verdict == Verdict.TOKEN_INVALID) {
            if (!keepTheForm) {
                response.sendError(HttpServletResponse.SC_FORBIDDEN);
                return Optional.empty();
            }
            request.setAttribute(FORM_EXPIRED, true);
        }
        return reader;
    }

    /**
     * A page only readers with {@code role} may see: signed out, 303 to sign-in (back to
     * {@code next} after); signed in without the role, 403. Empty when the answer has been sent.
     */
    protected static Optional<SignedInReader> withRole(Role role, String next, HttpServletRequest request,
                                                       HttpServletResponse response) throws IOException {
        Optional<SignedInReader> reader = SignedInReader.of(request);
        if (reader.isEmpty()) {
            redirectToSignIn(next, request, response);
            return Optional.empty();
        }
        if (!reader.get().can(role)) {
            forbidden(request, response);
            return Optional.empty();
        }
        return reader;
    }

    /** A form POST only readers with {@code role} may send: the checks of {@link #signedInPost}, then the role's (403). */
    protected static Optional<SignedInReader> postWithRole(FormPostGuard guard, Role role, String next,
                                                           HttpServletRequest request, HttpServletResponse response)
            throws IOException {
        Optional<SignedInReader> reader = signedInPost(guard, next, false, request, response);
        if (reader.isPresent() && !reader.get().can(role)) {
            forbidden(request, response);
            return Optional.empty();
        }
        return reader;
    }

    /** A file a form sent: the name the browser gave it (to show, never a path) and its bytes; no file: null name, no bytes. */
    public record UploadedFile(String submittedName, byte[] bytes) {

        public boolean isEmpty() {
            return submittedName == null || bytes.length == 0;
        }
    }

    /**
     * The checks of a form with a file that only readers with {@code role} may send (multipart:
     * the body filter let only a known length within the servlet's limit through), in the order
     * that reads no file it need not: signed out, 303 to sign-in (then {@code next}); without the
     * role, 403 (both from the cookie alone); the file {@code field}, over {@code maxBytes} a 413
     * that says {@code tooLarge}; then the form's CSRF token (403). Empty when the answer has been sent.
     */
    protected static Optional<UploadedFile> upload(FormPostGuard guard, Role role, String next, String field, int maxBytes,
                                                   Problem tooLarge, HttpServletRequest request,
                                                   HttpServletResponse response) throws IOException, ServletException {
        Optional<SignedInReader> reader = SignedInReader.of(request);
        if (reader.isEmpty()) {
            redirectToSignIn(next, request, response);
            return Optional.empty();
        }
        if (!reader.get().can(role)) {
            forbidden(request, response);
            return Optional.empty();
        }
        byte[] bytes = new byte[0];
        String name = null;
        try {
            Part file = request.getPart(field);
            if (file != null) {
                name = file.getSubmittedFileName();
                try (InputStream input = file.getInputStream()) {
                    bytes = input.readNBytes(maxBytes + 1);
                }
            }
        } catch (IllegalStateException overTheLimit) {
            bytes = null; // the Servlet API's answer to a part over the multipart configuration's limits
        }
        if (bytes == null || bytes.length > maxBytes) {
            request.setAttribute(Problem.ATTRIBUTE, tooLarge);
            response.sendError(HttpServletResponse.SC_REQUEST_ENTITY_TOO_LARGE);
            return Optional.empty();
        }
        if (!guard.admits(request, response)) {
            return Optional.empty();
        }
        return Optional.of(new UploadedFile(name, bytes));
    }

    /** 403 with a page that says this is for readers with another role (not "your form expired"). */
    protected static void forbidden(HttpServletRequest request, HttpServletResponse response) throws IOException {
        request.setAttribute(Problem.ATTRIBUTE, new Problem("error.forbidden.message"));
        response.sendError(HttpServletResponse.SC_FORBIDDEN);
    }

    /** 303 to a path of this site (post/redirect/get). */
    protected static void seeOther(String path, HttpServletRequest request, HttpServletResponse response) {
        response.setStatus(HttpServletResponse.SC_SEE_OTHER);
        response.setHeader("Location", request.getContextPath() + path);
    }

    /** 301 to the one address of a page (a link or bookmark with a slash too many, a folder's address). */
    protected static void movedPermanently(String path, HttpServletRequest request, HttpServletResponse response) {
        String query = request.getQueryString();
        response.setStatus(HttpServletResponse.SC_MOVED_PERMANENTLY);
        response.setHeader("Location", request.getContextPath() + path + (query == null ? "" : "?" + query));
    }

    /**
     * 303 to the sign-in page, which sends the reader on to {@code next} once signed in; the
     * path's slashes stay as they are ({@code /signin?next=/books/7}: a query may hold them).
     */
    protected static void redirectToSignIn(String next, HttpServletRequest request, HttpServletResponse response) {
        seeOther(SIGN_IN + "?" + NextPath.PARAMETER + "=" + URLEncoder.encode(next, StandardCharsets.UTF_8).replace("%2F", "/"),
                request, response);
    }

    /** 429 with Retry-After: a limit was reached, and this long until it frees up. */
    protected static void tooMany(Duration wait, HttpServletResponse response) throws IOException {
        response.setHeader("Retry-After", String.valueOf(RateLimits.retryAfterSeconds(wait)));
        response.sendError(429);
    }
}
