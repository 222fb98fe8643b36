package org.bookreviews.persistence;

import java.security.SecureRandom;
import java.util.Base64;

/**
 * Secrets every server of one database shares, made once by the first server that needs them and
 * kept in the database (table {@code app_secret}): a restart, or another server behind the same
 * address, then accepts what this one signed.
 */
public final class SharedSecrets {

    private static final SecureRandom RANDOM = new SecureRandom();

    private final Database database;

    public SharedSecrets(Database database) {
        this.database = database;
    }

    /** The secret of this name: 32 random bytes, made now if the database has none yet. */
    public byte[] get(String name) {
        String stored = read(name);
        if (stored == null) {
            byte[] fresh = new byte[32];
            RANDOM.nextBytes(fresh);
            try {
                database.write(em -> em.createNativeQuery("INSERT INTO app_secret (name, value) VALUES (?, ?)")
                        .setParameter(1, name)
                        .setParameter(2, Base64.getEncoder().encodeToString(fresh))
                        .executeUpdate());
            } catch (DataAccessException anotherServerWasFirst) {
                // its secret stands; read it below
            }
            stored = read(name);
        }
        return Base64.getDecoder().decode(stored);
    }

    private String read(String name) {
        return database.read(em -> {
            java.util.List<?> rows = em.createNativeQuery("SELECT value FROM app_secret WHERE name = ?")
                    .setParameter(1, name).getResultList();
            return rows.isEmpty() ? null : (String) rows.get(0);
        });
    }
}
