package org.bookreviews.security;

import jakarta.servlet.http.HttpServletRequest;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;

/**
 * Who is signed in on this request, as the session filter found them: what every page and every
 * permission check needs, without a database read of its own. Absent for anonymous visitors.
 * A class, not a record: the pages read {@code ${reader.librarian}}, and EL 6 (Tomcat 11) reads
 * only a record's components.
 */
public final class SignedInReader {

    /** The request attribute that holds it (the pages read it as {@code ${reader}}). */
    public static final String ATTRIBUTE = "reader";

    private final long id;
    private final String username;
    private final String displayName;
    private final String sessionKey;
    private final Set<Role> roles;

    /**
     * @param sessionKey the hash of this browser's session token: what its CSRF tokens are bound to
     * @param roles      the roles granted to them (an admin named in the settings has {@link Role#ADMIN})
     */
    public SignedInReader(long id, String username, String displayName, String sessionKey, Set<Role> roles) {
        this.id = id;
        this.username = username;
        this.displayName = displayName;
        this.sessionKey = sessionKey;
        this.roles = Set.copyOf(roles);
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

    public long id() {
        return id;
    }

    public String username() {
        return username;
    }

    public String displayName() {
        return displayName;
    }

    public String sessionKey() {
        return sessionKey;
    }

    public Set<Role> roles() {
        return roles;
    }

    // For the pages.
    public long getId() {
        return id;
    }

    public String getUsername() {
        return username;
    }

    public String getDisplayName() {
        return displayName;
    }

    /** {@code ${reader.librarian}}: the navbar shows the librarians' links. */
    public boolean isLibrarian() {
        return can(Role.LIBRARIAN);
    }

    public boolean isModerator() {
        return can(Role.MODERATOR);
    }

    public boolean isAdmin() {
        return can(Role.ADMIN);
    }

    @Override
    public boolean equals(Object other) {
        return other instanceof SignedInReader that && id == that.id && username.equals(that.username)
                && displayName.equals(that.displayName) && sessionKey.equals(that.sessionKey) && roles.equals(that.roles);
    }

    @Override
    public int hashCode() {
        return Objects.hash(id, username, displayName, sessionKey, roles);
    }

    @Override
    public String toString() {
        return "SignedInReader[" + id + ", " + username + ", " + roles + "]"; // never the session key
    }
}
