package org.bookreviews.reader;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.SecureRandom;
import java.util.Base64;
import java.util.concurrent.Semaphore;
import java.util.concurrent.TimeUnit;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.bookreviews.http.TemporarilyUnavailable;
import org.bouncycastle.crypto.generators.Argon2BytesGenerator;
import org.bouncycastle.crypto.params.Argon2Parameters;

/**
 * Password hashes: Argon2id at OWASP's parameters (19 MiB of memory, 2 passes, 1 lane), through
 * Bouncy Castle, stored as a PHC string that carries its parameters
 * ({@code $argon2id$v=19$m=19456,t=2,p=1$salt$hash}), so they can be raised later: a hash made
 * with weaker ones {@link #needsRehash needs a rehash} at the reader's next sign-in.
 *
 * <p>Each hash takes ~19 MiB and ~25 ms of a core, so only a few run at once; a flood of sign-ins
 * waits (briefly) for a turn instead of exhausting the heap or starving page requests.
 */
public final class PasswordHasher {

    static final int MEMORY_KIB = 19 * 1024;
    static final int ITERATIONS = 2;
    static final int PARALLELISM = 1;
    private static final int SALT_BYTES = 16;
    private static final int HASH_BYTES = 32;
    private static final Pattern PHC = Pattern.compile(
            "\\$argon2id\\$v=19\\$m=(\\d{1,8}),t=(\\d{1,3}),p=(\\d{1,2})\\$([A-Za-z0-9+/]+)\\$([A-Za-z0-9+/]+)");
    private static final Base64.Encoder B64 = Base64.getEncoder().withoutPadding();
    private static final Base64.Decoder B64_DECODER = Base64.getDecoder();
    private static final SecureRandom RANDOM = new SecureRandom();

    /**
     * Compared with to spend the time of a real comparison: the current parameters, so it costs
     * the same; salt and hash of zeros (no password makes them), so the start-up hashes nothing.
     */
    static final String DUMMY_HASH = "$argon2id$v=19$m=" + MEMORY_KIB + ",t=" + ITERATIONS + ",p=" + PARALLELISM
            + "$" + B64.encodeToString(new byte[SALT_BYTES]) + "$" + B64.encodeToString(new byte[HASH_BYTES]);

    private final Semaphore turns;

    /** @param concurrentHashes how many hashes may run at once (each takes ~19 MiB) */
    public PasswordHasher(int concurrentHashes) {
        this.turns = new Semaphore(concurrentHashes, true);
    }

    /** A new hash of the password, with a new random salt. */
    public String hash(String password) {
        byte[] salt = new byte[SALT_BYTES];
        RANDOM.nextBytes(salt);
        byte[] hash = argon2(password, salt, MEMORY_KIB, ITERATIONS, PARALLELISM);
        return "$argon2id$v=19$m=" + MEMORY_KIB + ",t=" + ITERATIONS + ",p=" + PARALLELISM
                + "$" + B64.encodeToString(salt) + "$" + B64.encodeToString(hash);
    }

    /** True when the password is the one the stored hash was made from (compared in constant time). */
    public boolean matches(String password, String stored) {
        Matcher phc = PHC.matcher(stored);
        if (!phc.matches()) {
            return false;
        }
        byte[] expected = B64_DECODER.decode(phc.group(5));
        byte[] actual = argon2(password, B64_DECODER.decode(phc.group(4)), Integer.parseInt(phc.group(1)),
                Integer.parseInt(phc.group(2)), Integer.parseInt(phc.group(3)), expected.length);
        return MessageDigest.isEqual(expected, actual);
    }

    /**
     * Spends the time of one comparison without a stored hash: a sign-in with an unknown username
     * takes as long as one with a wrong password, so the time does not tell which names exist.
     */
    public void spendTimeOfOneComparison(String password) {
        matches(password, DUMMY_HASH);
    }

    /** True when the stored hash was made with other parameters than today's. */
    public boolean needsRehash(String stored) {
        Matcher phc = PHC.matcher(stored);
        return !phc.matches() || Integer.parseInt(phc.group(1)) != MEMORY_KIB
                || Integer.parseInt(phc.group(2)) != ITERATIONS || Integer.parseInt(phc.group(3)) != PARALLELISM;
    }

    private byte[] argon2(String password, byte[] salt, int memoryKib, int iterations, int parallelism) {
        return argon2(password, salt, memoryKib, iterations, parallelism, HASH_BYTES);
    }

    private byte[] argon2(String password, byte[] salt, int memoryKib, int iterations, int parallelism, int length) {
        Argon2Parameters parameters = new Argon2Parameters.Builder(Argon2Parameters.ARGON2_id)
                .withVersion(Argon2Parameters.ARGON2_VERSION_13)
                .withMemoryAsKB(memoryKib)
                .withIterations(iterations)
                .withParallelism(parallelism)
                .withSalt(salt)
                .build();
        Argon2BytesGenerator generator = new Argon2BytesGenerator();
        generator.init(parameters);
        byte[] out = new byte[length];
        awaitTurn();
        try {
            generator.generateBytes(password.getBytes(StandardCharsets.UTF_8), out);
        } finally {
            turns.release();
        }
        return out;
    }

    private void awaitTurn() {
        try {
            if (!turns.tryAcquire(10, TimeUnit.SECONDS)) {
                throw new Busy();
            }
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new Busy();
        }
    }

    /** Too many passwords are being hashed right now: try again in a moment (503 with Retry-After). */
    public static final class Busy extends TemporarilyUnavailable {
        private static final long serialVersionUID = 1L;

        Busy() {
            super("too many password hashes at once");
        }
    }
}
