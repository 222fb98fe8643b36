package org.bookreviews.http;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpFilter;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.security.SecureRandom;
import java.util.HexFormat;

/**
 * Gives every request a short random id: in the {@code X-Request-Id} response header, in the
 * server log of any error, and on the error page, so a reader can report what went wrong and an
 * operator can find it.
 */
public class RequestIdFilter extends HttpFilter {

    private static final long serialVersionUID = 1L;

    /** Request attribute holding the id. */
    public static final String ATTRIBUTE = "requestId";

    private static final SecureRandom RANDOM = new SecureRandom();

    @Override
    protected void doFilter(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
            throws IOException, ServletException {
        if (request.getAttribute(ATTRIBUTE) == null) {
            byte[] id = new byte[6];
            RANDOM.nextBytes(id);
            String requestId = HexFormat.of().formatHex(id);
            request.setAttribute(ATTRIBUTE, requestId);
            response.setHeader("X-Request-Id", requestId);
        }
        chain.doFilter(request, response);
    }
}
