package org.bookreviews.http;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpFilter;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;

/**
 * Refuses with 400 a query string no browser sends ({@link UrlEncodedForm}: broken %-escapes or
 * UTF-8, a parameter twice, countless parameters). It looks at the address only: a form body is
 * checked by {@link RequestBodyFilter}, which reads it without holding a thread.
 */
public class MalformedRequestFilter extends HttpFilter {

    private static final long serialVersionUID = 1L;

    @Override
    protected void doFilter(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
            throws IOException, ServletException {
        UrlEncodedForm.Result query = UrlEncodedForm.parseQuery(request.getQueryString());
        if (!query.isValid()) {
            query.problem().sendAsBadRequest(request, response);
            return;
        }
        chain.doFilter(request, response);
    }
}
