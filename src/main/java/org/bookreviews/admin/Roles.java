package org.bookreviews.admin;

import java.time.Clock;
import java.time.LocalDateTime;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;
import org.bookreviews.persistence.Database;
import org.bookreviews.security.AuditLog;
import org.bookreviews.security.Role;

/** Readers' roles (table {@code reader_role}): found by username, granted and withdrawn by admins, every change in the audit log. */
public final class Roles {

    /** Readers listed at once on /admin/readers. */
    static final int LISTED = 50;

    private final Database database;
    private final Clock clock;

    public Roles(Database database, Clock clock) {
        this.database = database;
        this.clock = clock;
    }

    /** A reader as /admin/readers lists them (a class: EL 6 reads only a record's components, and the page reads {@code has}). */
    public static final class ReaderRoles {
        private final long id;
        private final String username;
        private final String displayName;
        private final Set<Role> roles;

        ReaderRoles(long id, String username, String displayName, Set<Role> roles) {
            this.id = id;
            this.username = username;
            this.displayName = displayName;
            this.roles = Set.copyOf(roles);
        }

        public long getId() {
            return id;
        }

        public String getUsername() {
            return username;
        }

        public String getDisplayName() {
            return displayName;
        }

        /** For the page's checkboxes: {@code ${r.has['librarian']}}. */
        public Map<String, Boolean> getHas() {
            Map<String, Boolean> has = new LinkedHashMap<>();
            for (Role role : Role.values()) {
                has.put(role.value(), roles.contains(role));
            }
            return has;
        }
    }

    /**
     * Readers whose username begins with {@code prefix} (any case), by username; an empty prefix
     * lists the readers who have a role.
     */
    public List<ReaderRoles> find(String prefix) {
        String key = prefix.strip().toLowerCase(Locale.ROOT);
        return database.read(em -> {
            var query = key.isEmpty()
                    ? em.createNativeQuery("SELECT id, username, display_name FROM reader WHERE id IN"
                    + " (SELECT reader_id FROM reader_role) ORDER BY username_key FETCH FIRST " + LISTED + " ROWS ONLY")
                    : em.createNativeQuery("SELECT id, username, display_name FROM reader WHERE username_key LIKE ? ESCAPE '\\'"
                    + " ORDER BY username_key FETCH FIRST " + LISTED + " ROWS ONLY")
                    .setParameter(1, key.replace("\\", "\\\\").replace("%", "\\%").replace("_", "\\_") + "%");
            List<ReaderRoles> readers = new ArrayList<>();
            for (Object row : query.getResultList()) {
                Object[] c = (Object[]) row;
                long id = ((Number) c[0]).longValue();
                readers.add(new ReaderRoles(id, (String) c[1], (String) c[2], Role.storedFor(em, id)));
            }
            return readers;
        });
    }

    /**
     * Gives the reader exactly these roles; empty when there is no such reader, else their id.
     * A change is recorded in the audit log (before and after) in the same transaction.
     */
    public Optional<Long> set(String username, Set<Role> roles, String admin) {
        return database.write(em -> {
            List<?> ids = em.createNativeQuery("SELECT id FROM reader WHERE username_key = ?")
                    .setParameter(1, username.toLowerCase(Locale.ROOT)).getResultList();
            if (ids.isEmpty()) {
                return Optional.empty();
            }
            long id = ((Number) ids.get(0)).longValue();
            Set<Role> before = Role.storedFor(em, id);
            if (before.equals(roles)) {
                return Optional.of(id);
            }
            em.createNativeQuery("DELETE FROM reader_role WHERE reader_id = ?").setParameter(1, id).executeUpdate();
            for (Role role : roles) {
                em.createNativeQuery("INSERT INTO reader_role (reader_id, role) VALUES (?, ?)")
                        .setParameter(1, id).setParameter(2, role.value()).executeUpdate();
            }
            AuditLog.record(em, LocalDateTime.now(clock), admin, AuditLog.Action.ROLES_CHANGED, "reader " + username,
                    names(before), names(roles));
            return Optional.of(id);
        });
    }

    /** "librarian, moderator"; "(none)" for no role. */
    static String names(Set<Role> roles) {
        return roles.isEmpty() ? "(none)"
                : roles.stream().sorted().map(Role::value).collect(Collectors.joining(", "));
    }
}
