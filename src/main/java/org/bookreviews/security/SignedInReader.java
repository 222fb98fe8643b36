package org.bookreviews.security;

import jakarta.servlet.http.HttpServletRequest;
import java.util.Optional;

/**
 * Who is signed in on this request, as the session filter found them: what every page and every
 * permission check needs, without a database read of its own. Absent for anonymous visitors.
 *
 * @param sessionKey the hash of this browser's session token: what its CSRF tokens are bound to
 */
public record SignedInReader(long id, String username, String displayName, String sessionKey) {

    /** The request attribute that holds it (the pages read it as {@code ${reader}}). */
    public static final String ATTRIBUTE = "reader";

    public static Optional<SignedInReader> of(HttpServletRequest request) {
        return Optional.ofNullable((SignedInReader) request.getAttribute(ATTRIBUTE));
    }

    // For EL before 6.0, which reads getters, not record components.
    public long getId() {
        return id;
    }

    public String getUsername() {
        return username;
    }

    public String getDisplayName() {
        return displayName;
    }
}
