package org.bookreviews.web;

import jakarta.servlet.http.HttpServletRequest;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.bookreviews.service.ReviewService.NewReview;

/**
 * The "Write a review" form: what the reader typed (kept as typed, to show it again) and the
 * message for each field that is not acceptable.
 */
public final class ReviewForm {

    public static final String NAME = "reviewer_name";
    public static final String RATING = "rating";
    public static final String BODY = "body";

    public static final int NAME_MAX = 100;
    public static final int BODY_MAX = 5_000;

    private final String reviewerName;
    private final String rating;
    private final String body;
    private final Map<String, Problem> errors = new LinkedHashMap<>();

    private ReviewForm(String reviewerName, String rating, String body) {
        this.reviewerName = reviewerName == null ? "" : reviewerName;
        this.rating = rating == null ? "" : rating;
        this.body = body == null ? "" : body;
    }

    public static ReviewForm empty() {
        return new ReviewForm("", "", "");
    }

    public static ReviewForm of(String reviewerName, String rating, String body) {
        return new ReviewForm(reviewerName, rating, body);
    }

    public static ReviewForm from(HttpServletRequest request) {
        return of(request.getParameter(NAME), request.getParameter(RATING), request.getParameter(BODY));
    }

    /**
     * Checks every field: the review when all are acceptable, otherwise empty with
     * {@link #getErrors()} holding the problem of each bad field.
     */
    public Optional<NewReview> validate() {
        errors.clear();
        String name = reviewerName.strip();
        if (name.isEmpty()) {
            errors.put(NAME, new Problem("invalid.name.required"));
        } else if (length(name) > NAME_MAX) {
            errors.put(NAME, new Problem("invalid.name.tooLong", NAME_MAX));
        } else if (name.codePoints().anyMatch(ReviewForm::isControl)) {
            errors.put(NAME, new Problem("invalid.name.characters"));
        }

        int stars = parseRating(rating.strip());
        if (stars == 0) {
            errors.put(RATING, new Problem("invalid.rating.required"));
        }

        String text = body.strip();
        if (text.isEmpty()) {
            errors.put(BODY, new Problem("invalid.body.required"));
        } else if (length(text) > BODY_MAX) {
            errors.put(BODY, new Problem("invalid.body.tooLong", BODY_MAX, length(text)));
        } else if (text.codePoints().anyMatch(c -> isControl(c) && c != '\n' && c != '\r' && c != '\t')) {
            errors.put(BODY, new Problem("invalid.body.characters"));
        }
        return errors.isEmpty() ? Optional.of(new NewReview(name, stars, text)) : Optional.empty();
    }

    /** 1-5, or 0 when the value is not one of those whole numbers. */
    private static int parseRating(String value) {
        return value.length() == 1 && value.charAt(0) >= '1' && value.charAt(0) <= '5' ? value.charAt(0) - '0' : 0;
    }

    /** Length in characters as a reader counts them (an emoji is one), not UTF-16 units. */
    private static int length(String s) {
        return s.codePointCount(0, s.length());
    }

    private static boolean isControl(int codePoint) {
        return Character.getType(codePoint) == Character.CONTROL;
    }

    public String getReviewerName() {
        return reviewerName;
    }

    public String getRating() {
        return rating;
    }

    public String getBody() {
        return body;
    }

    public Map<String, Problem> getErrors() {
        return Collections.unmodifiableMap(errors);
    }

    /**
     * What is wrong with a field: a message key of the resource bundle {@code messages} and the
     * values for its placeholders; the page words it in the reader's language.
     */
    public record Problem(String key, Object... arguments) {
        public String getKey() {
            return key;
        }

        public List<Object> getArguments() {
            return List.of(arguments);
        }
    }
}
