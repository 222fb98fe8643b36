package org.bookreviews.reader;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.time.Duration;
import java.util.Locale;
import java.util.Optional;
import org.bookreviews.security.Cookies;
import org.bookreviews.security.RateLimits;
import org.bookreviews.security.RateLimits.Limit;

/**
 * Signing in and out. Failed sign-ins are throttled, counted in the database: after
 * {@value #FAILURES_PER_USERNAME} failures for one username within 15 minutes, and after
 * {@value #FAILURES_PER_ADDRESS} from one client address, further attempts are refused until the
 * oldest failure is 15 minutes old, even with the right password. This throttle is never off.
 */
public final class SignIns {

    static final int FAILURES_PER_USERNAME = 5;
    static final int FAILURES_PER_ADDRESS = 100;
    static final Limit FAILED_FOR_USERNAME = new Limit("sign-in-failed:username", FAILURES_PER_USERNAME, Duration.ofMinutes(15));
    static final Limit FAILED_FROM_ADDRESS = new Limit("sign-in-failed:address", FAILURES_PER_ADDRESS, Duration.ofMinutes(15));

    private final Accounts accounts;
    private final Sessions sessions;
    private final RateLimits limits;

    public SignIns(Accounts accounts, Sessions sessions, RateLimits limits) {
        this.accounts = accounts;
        this.sessions = sessions;
        this.limits = limits;
    }

    /** A sign-in's outcome: the reader, or how long the throttle holds, or neither (wrong name or password). */
    public record Attempt(Optional<Reader> reader, Optional<Duration> throttled) {
    }

    public Attempt attempt(String username, String password, String address) {
        if (AccountRules.checkUsername(username).isPresent()) {
            // No account can have this name, as anyone can tell from the rules: nothing to verify or count.
            return new Attempt(Optional.empty(), Optional.empty());
        }
        String subject = username.strip().toLowerCase(Locale.ROOT);
        Optional<Duration> wait = limits.exceeded(FAILED_FOR_USERNAME, subject)
                .or(() -> limits.exceeded(FAILED_FROM_ADDRESS, address));
        if (wait.isPresent()) {
            return new Attempt(Optional.empty(), wait);
        }
        Optional<Reader> reader = accounts.verify(username, password);
        if (reader.isEmpty()) {
            limits.record(FAILED_FOR_USERNAME, subject);
            limits.record(FAILED_FROM_ADDRESS, address);
        } else {
            limits.clear(FAILED_FOR_USERNAME, subject);
        }
        return new Attempt(reader, Optional.empty());
    }

    /**
     * Signs the browser in as the reader: always a new session token (a token someone planted
     * before sign-in is worth nothing after it), the old session of this browser ended.
     */
    public void startSession(long readerId, boolean remember, HttpServletRequest request, HttpServletResponse response) {
        sessions.end(Cookies.value(request, Sessions.COOKIE));
        String token = sessions.start(readerId, remember);
        Cookies.set(request, response, Sessions.COOKIE, token, Sessions.cookieLifetime(remember));
    }

    /** Ends this browser's session: its token signs nobody in any more. */
    public void signOut(HttpServletRequest request, HttpServletResponse response) {
        sessions.end(Cookies.value(request, Sessions.COOKIE));
        Cookies.clear(request, response, Sessions.COOKIE);
    }
}
