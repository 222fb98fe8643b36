package org.bookreviews.app;

import jakarta.servlet.ServletContext;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Map;
import java.util.Optional;
import java.util.function.Function;

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
    /** Signs the forms' CSRF tokens; the same on every server behind one address. Random per start if unset. */
    public static final String CSRF_SECRET = "bookreviews.csrf-secret";
    public static final String PAGE_CACHE_SECONDS = "bookreviews.page-cache.seconds";

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
                .orElse(Duration.ofSeconds(2));
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
