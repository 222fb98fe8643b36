package org.bookreviews.reader;

import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.time.Duration;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;
import org.bookreviews.http.NextPath;
import org.bookreviews.http.PageServlet;
import org.bookreviews.http.Problem;
import org.bookreviews.rendering.Views;
import org.bookreviews.security.CsrfTokens;
import org.bookreviews.security.FormPostGuard;
import org.bookreviews.security.RateLimits;

/**
 * {@code /signup}: the form (GET) and a new account (POST: 303 to {@code next} or home, signed in).
 * Bad input is a 400 with a message under each field and the other input kept (never the
 * password); a username that is taken, a 409.
 */
public class SignUpServlet extends PageServlet {

    private static final long serialVersionUID = 1L;

    public static final String USERNAME = "username";
    public static final String DISPLAY_NAME = "display_name";
    public static final String PASSWORD = "password";

    private final transient Accounts accounts;
    private final transient SignIns signIns;
    private final transient CsrfTokens csrf;
    private final transient FormPostGuard formPosts;
    private final transient RateLimits limits;
    /** Sign-ups one address may make an hour; empty when the limits are off. */
    private final transient Optional<RateLimits.Limit> signUpLimit;

    public SignUpServlet(Accounts accounts, SignIns signIns, CsrfTokens csrf, FormPostGuard formPosts,
                         RateLimits limits, Optional<RateLimits.Limit> signUpLimit) {
        this.accounts = accounts;
        this.signIns = signIns;
        this.csrf = csrf;
        this.formPosts = formPosts;
        this.limits = limits;
        this.signUpLimit = signUpLimit;
    }

    @Override
    protected String allowedMethods(HttpServletRequest request) {
        return "GET, HEAD, POST, OPTIONS";
    }

    @Override
    protected void doGet(HttpServletRequest request, HttpServletResponse response)
            throws ServletException, IOException {
        show(request.getParameter(USERNAME), request.getParameter(DISPLAY_NAME), Map.of(), request, response);
    }

    @Override
    protected void doPost(HttpServletRequest request, HttpServletResponse response)
            throws ServletException, IOException {
        FormPostGuard.Verdict verdict = formPosts.verdict(request);
        if (!FormPostGuard.refuseUnless(verdict, FormPostGuard.Verdict.TOKEN_INVALID, response)) {
            return;
        }
        if (verdict == FormPostGuard.Verdict.TOKEN_INVALID) {
            // Same site, token gone (the browser dropped the cookie): the form again, with a token that works.
            response.setStatus(HttpServletResponse.SC_FORBIDDEN);
            request.setAttribute(FORM_EXPIRED, true);
            show(value(request, USERNAME), value(request, DISPLAY_NAME), Map.of(), request, response);
            return;
        }
        String address = request.getRemoteAddr();
        Optional<Duration> wait = signUpLimit.flatMap(limit -> limits.exceeded(limit, address));
        if (wait.isPresent()) {
            tooMany(wait.get(), response);
            return;
        }
        String username = value(request, USERNAME);
        String displayName = value(request, DISPLAY_NAME);
        String password = request.getParameter(PASSWORD) == null ? "" : request.getParameter(PASSWORD);
        Map<String, Problem> errors = new LinkedHashMap<>();
        AccountRules.checkUsername(username).ifPresent(problem -> errors.put(USERNAME, problem));
        AccountRules.checkDisplayName(displayName).ifPresent(problem -> errors.put(DISPLAY_NAME, problem));
        PasswordPolicy.check(password, username).ifPresent(problem -> errors.put(PASSWORD, problem));
        if (!errors.isEmpty()) {
            response.setStatus(HttpServletResponse.SC_BAD_REQUEST);
            show(username, displayName, errors, request, response);
            return;
        }
        Optional<Reader> reader = accounts.signUp(username.strip(), displayName.strip(), password);
        if (reader.isEmpty()) {
            response.setStatus(HttpServletResponse.SC_CONFLICT);
            show(username, displayName, Map.of(USERNAME, new Problem("invalid.username.taken")), request, response);
            return;
        }
        signUpLimit.ifPresent(limit -> limits.record(limit, address));
        signIns.startSession(reader.get().getId(), false, request, response);
        seeOther(NextPath.of(request.getParameter(NextPath.PARAMETER)), request, response);
    }

    private void show(String username, String displayName, Map<String, Problem> errors, HttpServletRequest request,
                      HttpServletResponse response) throws ServletException, IOException {
        request.setAttribute("username", username == null ? "" : username);
        request.setAttribute("displayName", displayName == null ? "" : displayName);
        request.setAttribute("errors", errors);
        request.setAttribute("next", NextPath.of(request.getParameter(NextPath.PARAMETER)));
        csrf.exposeTo(request, response);
        response.setHeader("Cache-Control", "private, no-cache");
        Views.render("signup", request, response);
    }

    private static String value(HttpServletRequest request, String name) {
        String value = request.getParameter(name);
        return value == null ? "" : value;
    }
}
