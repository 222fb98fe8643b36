package org.bookreviews.app;

import jakarta.servlet.ServletContext;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Arrays;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.function.Function;
import java.util.stream.Collectors;

/**
 * The application's settings. Each is looked up, first match wins, as a JVM system property
 * ({@code -Dbookreviews.db.dir=...}), an environment variable ({@code BOOKREVIEWS_DB_DIR}),
 * then a context parameter (web.xml or the server's context configuration).
 */
public final class Settings {

    /** Directory of the embedded Derby database (used when no container DataSource is bound). */
    public static final String DB_DIR = "bookreviews.db.dir";
    /** {@code false} leaves an empty database empty instead of creating the demo catalogue. */
    public static final String DEMO_DATA = "bookreviews.demo-data";
    /** Signs the forms' CSRF tokens; the same on every server behind one address. Unset: made once and kept in the database. */
    public static final String CSRF_SECRET = "bookreviews.csrf-secret";
    public static final String PAGE_CACHE_SECONDS = "bookreviews.page-cache.seconds";
    /** {@value #PAGE_CACHE_SECONDS} when not set. */
    public static final Duration PAGE_CACHE_DEFAULT = Duration.ofSeconds(2);
    /** {@code off}: no limit on sign-ups per address and reviews per reader (load tests); never the sign-in throttle. */
    public static final String RATE_LIMITS = "bookreviews.rate-limits";
    public static final String SIGN_UPS_PER_HOUR = "bookreviews.sign-ups-per-hour";
    public static final String REVIEWS_PER_MINUTE = "bookreviews.reviews-per-minute";
    /** Usernames (comma-separated, any case) that are admins: the first admin, who grants every other role. */
    public static final String ADMINS = "bookreviews.admins";
    /** How many form bodies may be read at once (each holds a server thread while it arrives). */
    public static final String CONCURRENT_BODY_READS = "bookreviews.concurrent-body-reads";

    private final Function<String, String> systemProperties;
    private final Function<String, String> environment;
    private final Function<String, String> contextParameters;

    Settings(Function<String, String> systemProperties,
                Function<String, String> environment,
                Function<String, String> contextParameters) {
        this.systemProperties = systemProperties;
        this.environment = environment;
        this.contextParameters = contextParameters;
    }

    public static Settings of(ServletContext context) {
        return new Settings(System::getProperty, System::getenv, context::getInitParameter);
    }

    /** Settings given directly (by setting name, system properties such as catalina.base included), nothing else. */
    public static Settings of(Map<String, String> values) {
        return new Settings(values::get, name -> null, name -> null);
    }

    public Optional<String> get(String name) {
        return firstNonBlank(systemProperties.apply(name),
                environment.apply(environmentName(name)),
                contextParameters.apply(name));
    }

    /**
     * Where the embedded database lives: the setting, or else {@code data/bookreviews} under
     * Tomcat's {@code catalina.base}, or else {@code .bookreviews/db} in the user's home. Never
     * inside the deployed webapp, which a redeploy deletes.
     */
    public Path databaseDirectory() {
        return get(DB_DIR).map(Path::of)
                .or(() -> Optional.ofNullable(systemProperties.apply("catalina.base"))
                        .map(base -> Path.of(base, "data", "bookreviews")))
                .orElseGet(() -> Path.of(systemProperties.apply("user.home"), ".bookreviews", "db"))
                .toAbsolutePath()
                .normalize();
    }

    public boolean demoDataEnabled() {
        return get(DEMO_DATA).map(value -> !value.trim().equalsIgnoreCase("false")).orElse(true);
    }

    /** How long a rendered page is served to every reader ({@code bookreviews.page-cache.seconds}; 0: not kept). */
    public Duration pageCacheTimeToLive() {
        return get(PAGE_CACHE_SECONDS).map(value -> Duration.ofSeconds(Long.parseLong(value.strip())))
                .orElse(PAGE_CACHE_DEFAULT);
    }

    /** False when {@value #RATE_LIMITS} is {@code off}. */
    public boolean rateLimitsEnabled() {
        return get(RATE_LIMITS).map(value -> !value.equalsIgnoreCase("off")).orElse(true);
    }

    /** Sign-ups one client address may make an hour (default 10). */
    public int signUpsPerHour() {
        return positive(SIGN_UPS_PER_HOUR, 10);
    }

    /** Reviews (new or changed) one reader may write a minute (default 10). */
    public int reviewsPerMinute() {
        return positive(REVIEWS_PER_MINUTE, 10);
    }

    /** Default 50: a quarter of Tomcat's 200 request threads; the rest keep serving pages. */
    public int concurrentBodyReads() {
        return positive(CONCURRENT_BODY_READS, 50);
    }

    private int positive(String name, int otherwise) {
        return get(name).map(value -> {
            int number = Integer.parseInt(value.strip());
            if (number < 1) {
                throw new IllegalArgumentException(name + " must be at least 1");
            }
            return number;
        }).orElse(otherwise);
    }

    /** The usernames {@value #ADMINS} names (none when unset). */
    public Set<String> admins() {
        return get(ADMINS).map(value -> Arrays.stream(value.split(","))
                        .map(String::strip).filter(name -> !name.isEmpty()).collect(Collectors.toUnmodifiableSet()))
                .orElse(Set.of());
    }

    /** The CSRF signing secret, when one is set: a text of at least 32 characters. */
    public Optional<byte[]> csrfSecret() {
        return get(CSRF_SECRET).map(value -> {
            if (value.length() < 32) {
                throw new IllegalArgumentException(CSRF_SECRET + " must be at least 32 characters long");
            }
            return value.getBytes(StandardCharsets.UTF_8);
        });
    }

    /** {@code bookreviews.db.dir} is {@code BOOKREVIEWS_DB_DIR} in the environment. */
    static String environmentName(String name) {
        return name.toUpperCase(java.util.Locale.ROOT).replace('.', '_').replace('-', '_');
    }

    private static Optional<String> firstNonBlank(String... values) {
        for (String value : values) {
            if (value != null && !value.isBlank()) {
                return Optional.of(value.trim());
            }
        }
        return Optional.empty();
    }
}
