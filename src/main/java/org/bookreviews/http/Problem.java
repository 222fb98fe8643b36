package org.bookreviews.http;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;

import java.util.List;

/**
 * What is wrong with a form field (or a whole form): a message key of the resource bundle
 * {@code messages} and the values for its placeholders; the page words it in the reader's
 * language (formField.tag).
 */
public record Problem(String key, Object... arguments) {

    /** Request attribute: why a request is a 400, for the error page to say (error.jsp). */
    public static final String ATTRIBUTE = "problem";

    /** Sends 400 with the error page saying {@code problem}. */
    public void sendAsBadRequest(HttpServletRequest request, HttpServletResponse response) throws IOException {
        request.setAttribute(ATTRIBUTE, this);
        response.sendError(HttpServletResponse.SC_BAD_REQUEST);
    }

    /** A value as a message may quote it: at most 30 characters. */
    public static String quoted(String value) {
        return value.length() <= 30 ? value : value.substring(0, 29) + "\u2026";
    }

    public String getKey() {
        return key;
    }

    public List<Object> getArguments() {
        return List.of(arguments);
    }
}
