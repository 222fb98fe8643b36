package org.bookreviews.reader;

import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import org.bookreviews.http.NextPath;
import org.bookreviews.http.PageServlet;
import org.bookreviews.http.Problem;
import org.bookreviews.rendering.Views;
import org.bookreviews.security.CsrfTokens;
import org.bookreviews.security.FormPostGuard;
import org.bookreviews.security.RateLimits;

/**
 * {@code /signin}: the form (GET) and signing in (POST: 303 to {@code next} or home). A wrong
 * username or password is a 401 with the form and one message that does not say which was
 * wrong; a throttled username or address, 429 with Retry-After.
 */
public class SignInServlet extends PageServlet {

    private static final long serialVersionUID = 1L;

    public static final String USERNAME = "username";
    public static final String PASSWORD = "password";
    /** A checkbox: stay signed in for 30 days instead of until the browser closes. */
    public static final String REMEMBER = "remember";

    private final transient SignIns signIns;
    private final transient CsrfTokens csrf;
    private final transient FormPostGuard formPosts;

    public SignInServlet(SignIns signIns, CsrfTokens csrf, FormPostGuard formPosts) {
        this.signIns = signIns;
        this.csrf = csrf;
        this.formPosts = formPosts;
    }

    @Override
    protected String allowedMethods(HttpServletRequest request) {
        return "GET, HEAD, POST, OPTIONS";
    }

    @Override
    protected void doGet(HttpServletRequest request, HttpServletResponse response)
            throws ServletException, IOException {
        show(request.getParameter(USERNAME), false, null, request, response);
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
            show(request.getParameter(USERNAME), request.getParameter(REMEMBER) != null, null, request, response);
            return;
        }
        String username = request.getParameter(USERNAME) == null ? "" : request.getParameter(USERNAME);
        String password = request.getParameter(PASSWORD) == null ? "" : request.getParameter(PASSWORD);
        boolean remember = request.getParameter(REMEMBER) != null;
        SignIns.Attempt attempt = signIns.attempt(username, password, request.getRemoteAddr());
        if (attempt.throttled().isPresent()) {
            response.setHeader("Retry-After", String.valueOf(RateLimits.retryAfterSeconds(attempt.throttled().get())));
            response.setStatus(429);
            show(username, remember, new Problem("signin.throttled"), request, response);
            return;
        }
        if (attempt.reader().isEmpty()) {
            response.setStatus(HttpServletResponse.SC_UNAUTHORIZED);
            show(username, remember, new Problem("signin.wrong"), request, response);
            return;
        }
        signIns.startSession(attempt.reader().get().getId(), remember, request, response);
        seeOther(NextPath.of(request.getParameter(NextPath.PARAMETER)), request, response);
    }

    private void show(String username, boolean remember, Problem problem, HttpServletRequest request,
                      HttpServletResponse response) throws ServletException, IOException {
        request.setAttribute("username", username == null ? "" : username);
        request.setAttribute("remember", remember);
        request.setAttribute("problem", problem);
        request.setAttribute("next", NextPath.of(request.getParameter(NextPath.PARAMETER)));
        csrf.exposeTo(request, response);
        response.setHeader("Cache-Control", "private, no-cache");
        Views.render("signin", request, response);
    }
}
