package org.bookreviews.reader;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import org.bookreviews.http.PageServlet;
import org.bookreviews.security.FormPostGuard;
import org.bookreviews.security.SignedInReader;

/** {@code POST /signout} (the navbar's button on every page): the session ends, 303 to home. */
public class SignOutServlet extends PageServlet {

    private static final long serialVersionUID = 1L;

    private final transient SignIns signIns;
    private final transient FormPostGuard formPosts;

    public SignOutServlet(SignIns signIns, FormPostGuard formPosts) {
        this.signIns = signIns;
        this.formPosts = formPosts;
    }

    @Override
    protected String allowedMethods(HttpServletRequest request) {
        return "POST, OPTIONS";
    }

    @Override
    protected void doPost(HttpServletRequest request, HttpServletResponse response) throws IOException {
        FormPostGuard.Verdict verdict = formPosts.verdict(request);
        if (!FormPostGuard.refuseUnless(verdict, FormPostGuard.Verdict.TOKEN_INVALID, response)) {
            return;
        }
        if (verdict == FormPostGuard.Verdict.TOKEN_INVALID && SignedInReader.of(request).isPresent()) {
            response.sendError(HttpServletResponse.SC_FORBIDDEN);
            return;
        }
        // Signed in with this session's token, or no longer signed in at all (the session expired
        // while the page was open): either way the browser ends up signed out.
        signIns.signOut(request, response);
        seeOther("/", request, response);
    }
}
