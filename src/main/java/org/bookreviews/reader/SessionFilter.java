package org.bookreviews.reader;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpFilter;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.util.Optional;
import org.bookreviews.security.Cookies;
import org.bookreviews.security.CsrfTokens;
import org.bookreviews.security.SignedInReader;

/**
 * Finds who is signed in from the session cookie, once per request, and puts them where pages and
 * permission checks look ({@link SignedInReader#of}), with their CSRF token for the page's forms.
 * Static files never touch the sessions.
 */
public class SessionFilter extends HttpFilter {

    private static final long serialVersionUID = 1L;

    private final transient Sessions sessions;
    private final transient CsrfTokens csrf;

    public SessionFilter(Sessions sessions, CsrfTokens csrf) {
        this.sessions = sessions;
        this.csrf = csrf;
    }

    @Override
    protected void doFilter(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
            throws IOException, ServletException {
        String path = request.getServletPath();
        if (path.startsWith("/static/") || path.startsWith("/webjars/")) {
            chain.doFilter(request, response);
            return;
        }
        Optional<SignedInReader> reader = sessions.find(Cookies.value(request, Sessions.COOKIE));
        if (reader.isPresent()) {
            request.setAttribute(SignedInReader.ATTRIBUTE, reader.get());
            // Every page a signed-in reader sees has the sign-out form: its token (bound to the session, no cookie).
            csrf.exposeTo(request, response);
        }
        chain.doFilter(request, response);
    }
}
