package org.bookreviews.reader;

import java.util.Optional;
import java.util.regex.Pattern;
import org.bookreviews.http.Problem;

/** What a username and a display name must be (the password's rules: {@link PasswordPolicy}). */
public final class AccountRules {

    public static final int USERNAME_MIN = 3;
    public static final int USERNAME_MAX = 30;
    /** The name shown with a reader's reviews: 1-100 characters, no control characters. */
    public static final int DISPLAY_NAME_MAX = 100;

    private static final Pattern USERNAME = Pattern.compile("[A-Za-z0-9._-]{" + USERNAME_MIN + "," + USERNAME_MAX + "}");

    private AccountRules() {
    }

    /** What is wrong with a username (as typed, before trimming), if anything. */
    public static Optional<Problem> checkUsername(String username) {
        String name = username == null ? "" : username.strip();
        if (name.isEmpty()) {
            return Optional.of(new Problem("invalid.username.required"));
        }
        if (name.codePointCount(0, name.length()) > USERNAME_MAX) {
            return Optional.of(new Problem("invalid.username.tooLong", USERNAME_MAX, name.codePointCount(0, name.length())));
        }
        if (!USERNAME.matcher(name).matches()) {
            return Optional.of(new Problem("invalid.username.format", USERNAME_MIN, USERNAME_MAX));
        }
        return Optional.empty();
    }

    /** What is wrong with a display name, if anything. */
    public static Optional<Problem> checkDisplayName(String displayName) {
        String name = displayName == null ? "" : displayName.strip();
        if (name.isEmpty()) {
            return Optional.of(new Problem("invalid.name.required"));
        } else if (name.codePointCount(0, name.length()) > DISPLAY_NAME_MAX) {
            return Optional.of(new Problem("invalid.name.tooLong", DISPLAY_NAME_MAX, name.codePointCount(0, name.length())));
        } else if (name.codePoints().anyMatch(c -> Character.getType(c) == Character.CONTROL)) {
            return Optional.of(new Problem("invalid.name.characters"));
        }
        return Optional.empty();
    }
}
