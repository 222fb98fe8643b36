package org.bookreviews.http;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpFilter;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;

/**
 * Refuses a request body over {@value #MAX_BODY_BYTES} bytes with 413 before anything reads it
 * (a review form is a few KiB at most). A body of unknown length (chunked) gets 411: browsers
 * always send a form with its length, and a limit cannot be checked in advance without one.
 */
public class RequestSizeFilter extends HttpFilter {

    private static final long serialVersionUID = 1L;

    public static final int MAX_BODY_BYTES = 64 * 1024;

    @Override
    protected void doFilter(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
            throws IOException, ServletException {
        long length = request.getContentLengthLong();
        if (length > MAX_BODY_BYTES) {
            response.sendError(HttpServletResponse.SC_REQUEST_ENTITY_TOO_LARGE);
            return;
        }
        if (length < 0 && request.getHeader("Transfer-Encoding") != null) {
            response.sendError(HttpServletResponse.SC_LENGTH_REQUIRED);
            return;
        }
        chain.doFilter(request, response);
    }
}
