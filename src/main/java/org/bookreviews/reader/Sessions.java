package org.bookreviews.reader;

import com.github.benmanes.caffeine.cache.Cache;
import com.github.benmanes.caffeine.cache.Caffeine;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.security.SecureRandom;
import java.sql.Timestamp;
import java.time.Clock;
import java.time.Duration;
import java.time.LocalDateTime;
import java.util.Base64;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;
import org.bookreviews.persistence.Database;
import org.bookreviews.security.Cookies;
import org.bookreviews.security.Role;
import org.bookreviews.security.SignedInReader;

/**
 * Signed-in browsers, kept in the database (table {@code reader_session}) so that a reader stays
 * signed in across a restart and on every server of one database; no HttpSession. The browser's
 * cookie holds a random token (256 bits); the table holds only its SHA-256, so a copy of the
 * table signs nobody in. A session ends after 12 hours without a visit, or 30 days with "keep me
 * signed in" (both sliding), at sign-out, or when the reader signs out everywhere.
 *
 * <p>A found session is remembered for {@value #CACHED_SECONDS} s, so a signed-in reader's page
 * views do not each read the database; this server forgets it at once when it ends here, another
 * server of the same database within those seconds. The reader's roles come with it, so a
 * role granted or withdrawn counts on another server within those seconds too.
 */
public final class Sessions {

    public static final String COOKIE = "bookreviews_session";
    static final Duration REMEMBERED = Duration.ofDays(30);
    static final Duration BROWSER_SESSION = Duration.ofHours(12);
    static final int CACHED_SECONDS = 5;
    /** A token's length: 32 random bytes in URL-safe Base64 without padding. */
    private static final SecureRandom RANDOM = new SecureRandom();

    private record Found(SignedInReader reader, boolean remember, LocalDateTime expiresAt) {
    }

    private final Database database;
    private final Clock clock;
    /** The usernames (lower case) the settings make admins ({@code bookreviews.admins}). */
    private final Set<String> configuredAdmins;
    private final Cache<String, Optional<Found>> recent = Caffeine.newBuilder()
            .expireAfterWrite(Duration.ofSeconds(CACHED_SECONDS))
            .maximumSize(10_000)
            .executor(Runnable::run) // no background threads of its own: nothing outlives an undeploy
            .build();

    public Sessions(Database database, Clock clock, Set<String> configuredAdmins) {
        this.database = database;
        this.clock = clock;
        this.configuredAdmins = configuredAdmins.stream().map(Reader::keyOf).collect(Collectors.toUnmodifiableSet());
    }

    /** Whether the settings make this username an admin (an admin cannot withdraw that). */
    public boolean isConfiguredAdmin(String username) {
        return configuredAdmins.contains(Reader.keyOf(username));
    }

    /** A new session for the reader; returns the token for the browser's cookie. */
    public String start(long readerId, boolean remember) {
        byte[] random = new byte[32];
        RANDOM.nextBytes(random);
        String token = Base64.getUrlEncoder().withoutPadding().encodeToString(random);
        LocalDateTime now = LocalDateTime.now(clock);
        database.write(em -> {
            em.createNativeQuery("DELETE FROM reader_session WHERE expires_at < ?")
                    .setParameter(1, Timestamp.valueOf(now)).executeUpdate();
            return em.createNativeQuery("INSERT INTO reader_session (token_hash, reader_id, remember, created_at, expires_at)"
                            + " VALUES (?, ?, ?, ?, ?)")
                    .setParameter(1, hash(token)).setParameter(2, readerId).setParameter(3, remember ? 1 : 0)
                    .setParameter(4, Timestamp.valueOf(now)).setParameter(5, Timestamp.valueOf(now.plus(lifetime(remember))))
                    .executeUpdate();
        });
        return token;
    }

    /** How long the browser keeps the cookie: null for "until the browser closes". */
    public static Duration cookieLifetime(boolean remember) {
        return remember ? REMEMBERED : null;
    }

    /** The reader this token signs in, if it is a live session; moves its expiry on. */
    public Optional<SignedInReader> find(String token) {
        if (!Cookies.isRandomKey(token)) {
            return Optional.empty();
        }
        String key = hash(token);
        Optional<Found> found = recent.get(key, this::load);
        if (found.isEmpty()) {
            return Optional.empty();
        }
        LocalDateTime now = LocalDateTime.now(clock);
        Found session = found.get();
        if (!session.expiresAt().isAfter(now)) {
            recent.invalidate(key);
            return Optional.empty();
        }
        Duration lifetime = lifetime(session.remember());
        // Slide the expiry, but write it only now and then: not a database write per page view.
        if (session.expiresAt().isBefore(now.plus(lifetime).minus(lifetime.dividedBy(48)))) {
            LocalDateTime expires = now.plus(lifetime);
            database.write(em -> em.createNativeQuery("UPDATE reader_session SET expires_at = ? WHERE token_hash = ?")
                    .setParameter(1, Timestamp.valueOf(expires)).setParameter(2, key).executeUpdate());
            recent.put(key, Optional.of(new Found(session.reader(), session.remember(), expires)));
        }
        return Optional.of(session.reader());
    }

    /** Ends the session of this token (sign-out). */
    public void end(String token) {
        if (Cookies.isRandomKey(token)) {
            String key = hash(token);
            database.write(em -> em.createNativeQuery("DELETE FROM reader_session WHERE token_hash = ?")
                    .setParameter(1, key).executeUpdate());
            recent.invalidate(key);
        }
    }

    /** Ends every session of the reader but the one with {@code keepKey} (null: all of them). */
    public void endAllOf(long readerId, String keepKey) {
        database.write(em -> em.createNativeQuery("DELETE FROM reader_session WHERE reader_id = ? AND token_hash <> ?")
                .setParameter(1, readerId).setParameter(2, keepKey == null ? "" : keepKey).executeUpdate());
        forget(readerId);
    }

    /** Forgets what this server remembers of the reader's sessions (their name or roles changed, they were deleted). */
    public void forget(long readerId) {
        recent.asMap().entrySet().removeIf(e -> e.getValue().isPresent() && e.getValue().get().reader().id() == readerId);
    }

    private Optional<Found> load(String key) {
        return database.read(em -> em.createNativeQuery("SELECT s.reader_id, s.remember, s.expires_at, r.username,"
                        + " r.display_name FROM reader_session s JOIN reader r ON r.id = s.reader_id WHERE s.token_hash = ?")
                .setParameter(1, key).getResultStream().findFirst().map(row -> {
                    Object[] columns = (Object[]) row;
                    long readerId = ((Number) columns[0]).longValue();
                    String username = (String) columns[3];
                    Set<Role> roles = Role.storedFor(em, readerId);
                    if (isConfiguredAdmin(username)) {
                        roles.add(Role.ADMIN);
                    }
                    SignedInReader reader = new SignedInReader(readerId, username, (String) columns[4], key, roles);
                    return new Found(reader, ((Number) columns[1]).intValue() == 1,
                            ((Timestamp) columns[2]).toLocalDateTime());
                }));
    }

    private static Duration lifetime(boolean remember) {
        return remember ? REMEMBERED : BROWSER_SESSION;
    }

    /** The stored form of a token: SHA-256, base64url (43 characters). */
    static String hash(String token) {
        try {
            byte[] digest = MessageDigest.getInstance("SHA-256").digest(token.getBytes(StandardCharsets.US_ASCII));
            return Base64.getUrlEncoder().withoutPadding().encodeToString(digest);
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("SHA-256 is part of every Java runtime", e);
        }
    }
}
