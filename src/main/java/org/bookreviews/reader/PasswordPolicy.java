package org.bookreviews.reader;

import java.util.Locale;
import java.util.Optional;
import org.bookreviews.http.Problem;

/**
 * What a password must be, as NIST SP 800-63B and OWASP ASVS 5 say: 12 to 128 characters, any
 * characters (spaces and emoji too), no composition rules, but not one that is easily guessed:
 * common passwords, words, names, keyboard walks, dates and the like, as nbvcxz estimates them
 * from its own dictionaries ({@link GuessabilityEstimate}), nor one that contains the username.
 */
public final class PasswordPolicy {

    public static final int MIN_LENGTH = 12;
    public static final int MAX_LENGTH = 128;

    private PasswordPolicy() {
    }

    /** What is wrong with the password, if anything. */
    public static Optional<Problem> check(String password, String username) {
        int length = password.codePointCount(0, password.length());
        if (length < MIN_LENGTH) {
            return Optional.of(new Problem("invalid.password.tooShort", MIN_LENGTH, length));
        }
        if (length > MAX_LENGTH) {
            return Optional.of(new Problem("invalid.password.tooLong", MAX_LENGTH, length));
        }
        if (username != null && !username.isBlank()
                && password.toLowerCase(Locale.ROOT).contains(username.strip().toLowerCase(Locale.ROOT))) {
            return Optional.of(new Problem("invalid.password.containsUsername"));
        }
        if (GuessabilityEstimate.isGuessable(password)) {
            return Optional.of(new Problem("invalid.password.guessable"));
        }
        return Optional.empty();
    }
}
