package org.bookreviews.security;

import jakarta.servlet.http.HttpServletRequest;
import java.util.Optional;
import java.util.Set;

/**
 * Who is signed in on this request, as the session filter found them: what every page and every
 * permission check needs, without a database read of its own. Absent for anonymous visitors.
 *
 * @param sessionKey the hash of this browser's session token: what its CSRF tokens are bound to
 * @param roles      the roles granted to them (an admin named in the settings has {@link Role#ADMIN})
 */
public record SignedInReader(long id, String username, String displayName, String sessionKey, Set<Role> roles) {

    /** The request attribute that holds it (the pages read it as {@code ${reader}}). */
    public static final String ATTRIBUTE = "reader";

    public SignedInReader {
        roles = Set.copyOf(roles);
    }

    /** A reader with no role beyond reading and reviewing. */
    public SignedInReader(long id, String username, String displayName, String sessionKey) {
        this(id, username, displayName, sessionKey, Set.of());
    }

    public static Optional<SignedInReader> of(HttpServletRequest request) {
        return Optional.ofNullable((SignedInReader) request.getAttribute(ATTRIBUTE));
    }

    /** Whether they may act as this role: they have it, or they are an admin. */
    public boolean can(Role role) {
        return roles.contains(role) || roles.contains(Role.ADMIN);
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

    /** For the navbar: {@code ${reader.librarian}}. */
    public boolean isLibrarian() {
        return can(Role.LIBRARIAN);
    }

    public boolean isModerator() {
        return can(Role.MODERATOR);
    }

    public boolean isAdmin() {
        return can(Role.ADMIN);
    }
}
