package org.bookreviews.reader;

import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.io.Writer;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVPrinter;
import org.bookreviews.book.Review;
import org.bookreviews.http.PageServlet;
import org.bookreviews.http.Problem;
import org.bookreviews.rendering.Formats;
import org.bookreviews.rendering.PageCache;
import org.bookreviews.rendering.Views;
import org.bookreviews.security.Cookies;
import org.bookreviews.security.FormPostGuard;
import org.bookreviews.security.SignedInReader;

/**
 * {@code /account}: the signed-in reader's own settings. GET shows the page; POST
 * {@code /account/name}, {@code /account/password} (the current one needed; every other session
 * ends), {@code /account/signout-everywhere}, {@code /account/delete} (the password needed: the
 * account, its sessions and its reviews go); GET {@code /account/reviews.csv}: their reviews to
 * download. Signed out: 303 to sign-in, back here after.
 */
public class AccountServlet extends PageServlet {

    private static final long serialVersionUID = 1L;

    public static final String DISPLAY_NAME = "display_name";
    public static final String CURRENT_PASSWORD = "current_password";
    public static final String NEW_PASSWORD = "new_password";
    public static final String PASSWORD = "password";
    private static final Set<String> ACTIONS = Set.of("/name", "/password", "/signout-everywhere", "/delete");
    private static final String DATA = "/reviews.csv";

    private final transient Accounts accounts;
    private final transient Sessions sessions;
    private final transient SignIns signIns;
    private final transient FormPostGuard formPosts;
    private final transient PageCache pages;

    public AccountServlet(Accounts accounts, Sessions sessions, SignIns signIns, FormPostGuard formPosts, PageCache pages) {
        this.accounts = accounts;
        this.sessions = sessions;
        this.signIns = signIns;
        this.formPosts = formPosts;
        this.pages = pages;
    }

    @Override
    protected String allowedMethods(HttpServletRequest request) {
        String path = request.getPathInfo();
        return path != null && ACTIONS.contains(path) ? "POST, OPTIONS" : "GET, HEAD, OPTIONS";
    }

    @Override
    protected void doGet(HttpServletRequest request, HttpServletResponse response)
            throws ServletException, IOException {
        String path = request.getPathInfo();
        if (path != null && ACTIONS.contains(path)) {
            methodNotAllowed(request, response);
            return;
        }
        if (path != null && !path.equals("/") && !path.equals(DATA)) {
            response.sendError(HttpServletResponse.SC_NOT_FOUND);
            return;
        }
        Optional<SignedInReader> reader = SignedInReader.of(request);
        if (reader.isEmpty()) {
            redirectToSignIn("/account", request, response);
        } else if (DATA.equals(path)) {
            download(reader.get(), response);
        } else {
            show(reader.get(), Map.of(), request, response);
        }
    }

    @Override
    protected void doPost(HttpServletRequest request, HttpServletResponse response)
            throws ServletException, IOException {
        String path = request.getPathInfo();
        if (path == null || !ACTIONS.contains(path)) {
            if (path == null || path.equals("/") || path.equals(DATA)) {
                methodNotAllowed(request, response);
            } else {
                response.sendError(HttpServletResponse.SC_NOT_FOUND);
            }
            return;
        }
        Optional<SignedInReader> signedIn = signedInPost(formPosts, "/account", false, request, response);
        if (signedIn.isEmpty()) {
            return;
        }
        SignedInReader reader = signedIn.get();
        switch (path) {
            case "/name" -> changeName(reader, request, response);
            case "/password" -> changePassword(reader, request, response);
            case "/signout-everywhere" -> {
                sessions.endAllOf(reader.id(), null);
                Cookies.clear(request, response, Sessions.COOKIE);
                seeOther("/", request, response);
            }
            default -> delete(reader, request, response);
        }
    }

    private void changeName(SignedInReader reader, HttpServletRequest request, HttpServletResponse response)
            throws ServletException, IOException {
        String name = request.getParameter(DISPLAY_NAME) == null ? "" : request.getParameter(DISPLAY_NAME);
        Optional<Problem> problem = AccountRules.checkDisplayName(name);
        if (problem.isPresent()) {
            response.setStatus(HttpServletResponse.SC_BAD_REQUEST);
            request.setAttribute("displayName", name);
            show(reader, Map.of(DISPLAY_NAME, problem.get()), request, response);
            return;
        }
        accounts.changeDisplayName(reader.id(), name.strip());
        sessions.forget(reader.id());
        pages.everythingChanged(); // their name shows on every page with one of their reviews
        seeOther("/account?saved=name", request, response);
    }

    private void changePassword(SignedInReader reader, HttpServletRequest request, HttpServletResponse response)
            throws ServletException, IOException {
        String current = value(request, CURRENT_PASSWORD);
        String next = value(request, NEW_PASSWORD);
        Optional<Problem> problem = PasswordPolicy.check(next, reader.username());
        if (problem.isPresent()) {
            response.setStatus(HttpServletResponse.SC_BAD_REQUEST);
            show(reader, Map.of(NEW_PASSWORD, problem.get()), request, response);
        } else if (!accounts.changePassword(reader.id(), current, next)) {
            response.setStatus(HttpServletResponse.SC_BAD_REQUEST);
            show(reader, Map.of(CURRENT_PASSWORD, new Problem("account.password.wrong")), request, response);
        } else {
            sessions.endAllOf(reader.id(), reader.sessionKey());
            seeOther("/account?saved=password", request, response);
        }
    }

    private void delete(SignedInReader reader, HttpServletRequest request, HttpServletResponse response)
            throws ServletException, IOException {
        Optional<List<Long>> books = accounts.delete(reader.id(), value(request, PASSWORD));
        if (books.isEmpty()) {
            response.setStatus(HttpServletResponse.SC_BAD_REQUEST);
            show(reader, Map.of(PASSWORD, new Problem("account.password.wrong")), request, response);
            return;
        }
        books.get().forEach(pages::bookChanged);
        sessions.forget(reader.id());
        signIns.signOut(request, response);
        seeOther("/", request, response);
    }

    private void show(SignedInReader reader, Map<String, Problem> errors, HttpServletRequest request,
                      HttpServletResponse response) throws ServletException, IOException {
        Optional<Reader> account = accounts.find(reader.id());
        if (account.isEmpty()) {
            redirectToSignIn("/account", request, response);
            return;
        }
        request.setAttribute("account", account.get());
        if (request.getAttribute("displayName") == null) {
            request.setAttribute("displayName", account.get().getDisplayName());
        }
        request.setAttribute("errors", errors);
        String saved = request.getParameter("saved");
        request.setAttribute("saved", "name".equals(saved) || "password".equals(saved) ? saved : null);
        response.setHeader("Cache-Control", "private, no-store");
        Views.render("account", request, response);
    }

    /** The reader's reviews as CSV (RFC 4180, UTF-8): book, rating, text, spoiler, written, edited. */
    private void download(SignedInReader reader, HttpServletResponse response) throws IOException {
        List<Review> reviews = accounts.allReviews(reader.id());
        response.setContentType("text/csv;charset=UTF-8");
        response.setHeader("Content-Disposition", "attachment; filename=\"bookreviews-" + reader.username() + ".csv\"");
        response.setHeader("Cache-Control", "private, no-store");
        Writer out = response.getWriter();
        try (CSVPrinter csv = new CSVPrinter(out, CSVFormat.RFC4180.builder()
                .setHeader("book_id", "book_title", "isbn", "rating", "review", "spoiler", "written_at", "edited_at")
                .get())) {
            for (Review review : reviews) {
                csv.printRecord(review.getBook().getId(), cell(review.getBook().getTitle()), review.getBook().getIsbn(),
                        review.getRating(), cell(review.getBody()), review.isSpoiler(), Formats.isoTime(review.getCreatedAt()),
                        Formats.isoTime(review.getUpdatedAt()));
            }
        }
    }

    /** A text cell that a spreadsheet will not run as a formula (OWASP, CSV injection). */
    static String cell(String text) {
        return !text.isEmpty() && "=+-@\t\r".indexOf(text.charAt(0)) >= 0 ? "'" + text : text;
    }

    private static String value(HttpServletRequest request, String name) {
        return request.getParameter(name) == null ? "" : request.getParameter(name);
    }
}
