package org.bookreviews.security;

import jakarta.persistence.EntityManager;
import java.util.EnumSet;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;

/**
 * What a reader may do beyond reading and reviewing. Stored in {@code reader_role} by its
 * {@link #value()}; an admin has every other role too.
 */
public enum Role {
    /** Adds, edits and imports books. */
    LIBRARIAN,
    /** Handles reported reviews: hides them, restores them, dismisses the reports. */
    MODERATOR,
    /** Both, and grants or withdraws roles. */
    ADMIN;

    /** The role's name in the database and in forms: {@code librarian}, {@code moderator}, {@code admin}. */
    public String value() {
        return name().toLowerCase(Locale.ROOT);
    }

    public static Optional<Role> of(String value) {
        for (Role role : values()) {
            if (role.value().equals(value)) {
                return Optional.of(role);
            }
        }
        return Optional.empty();
    }

    /** The roles stored for the reader (in the caller's transaction); values no longer known are left out. */
    public static Set<Role> storedFor(EntityManager em, long readerId) {
        Set<Role> roles = EnumSet.noneOf(Role.class);
        for (Object value : em.createNativeQuery("SELECT role FROM reader_role WHERE reader_id = ?")
                .setParameter(1, readerId).getResultList()) {
            of((String) value).ifPresent(roles::add);
        }
        return roles;
    }
}
