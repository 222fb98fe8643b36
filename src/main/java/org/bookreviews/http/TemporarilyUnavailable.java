package org.bookreviews.http;

/**
 * Something the request needs is busy or away for a moment (too many password hashes at once):
 * the answer is 503 with {@code Retry-After}, as for a database that does not answer.
 */
public class TemporarilyUnavailable extends RuntimeException {

    private static final long serialVersionUID = 1L;

    public TemporarilyUnavailable(String message) {
        super(message, null, false, false);
    }
}
