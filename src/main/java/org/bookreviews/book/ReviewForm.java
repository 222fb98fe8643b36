package org.bookreviews.book;

import jakarta.servlet.http.HttpServletRequest;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;
import org.bookreviews.http.FormText;
import org.bookreviews.http.Problem;
import org.bookreviews.security.SignedInReader;

/**
 * The "Write a review" form: its field names and limits (the pages take them from here too),
 * what the reader typed (kept as typed, to show it again) and the message for each field that
 * is not acceptable.
 */
public final class ReviewForm {

    public static final String RATING = "rating";
    public static final String BODY = "body";
    /** A checkbox: present ("on") when the review gives away the story. */
    public static final String SPOILER = "spoiler";

    public static final int BODY_MAX = 5_000;

    private final String rating;
    private final String body;
    private final boolean spoiler;
    private final Map<String, Problem> errors = new LinkedHashMap<>();

    private ReviewForm(String rating, String body, boolean spoiler) {
        this.rating = rating == null ? "" : rating;
        this.body = body == null ? "" : body;
        this.spoiler = spoiler;
    }

    /** A blank form. */
    public static ReviewForm empty() {
        return new ReviewForm("", "", false);
    }

    /** The form filled in with a review the reader wrote before: for editing it. */
    public static ReviewForm of(ReviewContent review) {
        return new ReviewForm(String.valueOf(review.getRating()), review.getBody(), review.isSpoiler());
    }

    public static ReviewForm of(String rating, String body, boolean spoiler) {
        return new ReviewForm(rating, body, spoiler);
    }

    public static ReviewForm from(HttpServletRequest request) {
        return new ReviewForm(request.getParameter(RATING), request.getParameter(BODY), request.getParameter(SPOILER) != null);
    }

    /**
     * Checks every field: the review, by this reader, when all are acceptable; otherwise empty
     * with {@link #getErrors()} holding the problem of each bad field.
     */
    public Optional<NewReview> validate(SignedInReader reader) {
        errors.clear();
        int stars = parseRating(rating.strip());
        if (stars == 0) {
            errors.put(RATING, new Problem("invalid.rating.required"));
        }
        String text = body.strip();
        if (text.isEmpty()) {
            errors.put(BODY, new Problem("invalid.body.required"));
        } else if (length(text) > BODY_MAX) {
            errors.put(BODY, new Problem("invalid.body.tooLong", BODY_MAX, length(text)));
        } else if (FormText.hasControlCharactersBesideLineBreaks(text)) {
            errors.put(BODY, new Problem("invalid.body.characters"));
        }
        return errors.isEmpty()
                ? Optional.of(new NewReview(reader.id(), reader.displayName(), stars, text, spoiler))
                : Optional.empty();
    }

    /** 1-5, or 0 when the value is not one of those whole numbers. */
    private static int parseRating(String value) {
        return value.length() == 1 && value.charAt(0) >= '1' && value.charAt(0) <= '5' ? value.charAt(0) - '0' : 0;
    }

    /** Length in characters as a reader counts them (an emoji is one), not UTF-16 units. */
    private static int length(String s) {
        return s.codePointCount(0, s.length());
    }

    public String getRating() {
        return rating;
    }

    public String getBody() {
        return body;
    }

    public boolean isSpoiler() {
        return spoiler;
    }

    public Map<String, Problem> getErrors() {
        return Collections.unmodifiableMap(errors);
    }
}
