package org.bookreviews.web;

import jakarta.servlet.http.HttpServletRequest;
import java.util.Collections;
import java.util.LinkedHashMap;
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
    private final Map<String, String> errors = new LinkedHashMap<>();

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
     * {@link #getErrors()} holding a message per bad field.
     */
    public Optional<NewReview> validate() {
        errors.clear();
        String name = reviewerName.strip();
        if (name.isEmpty()) {
            errors.put(NAME, "Please enter your name.");
        } else if (length(name) > NAME_MAX) {
            errors.put(NAME, "Your name can be at most " + NAME_MAX + " characters long.");
        } else if (name.codePoints().anyMatch(ReviewForm::isControl)) {
            errors.put(NAME, "Your name contains characters that are not allowed.");
        }

        int stars = parseRating(rating.strip());
        if (stars == 0) {
            errors.put(RATING, "Please choose a rating from 1 to 5 stars.");
        }

        String text = body.strip();
        if (text.isEmpty()) {
            errors.put(BODY, "Please write your review.");
        } else if (length(text) > BODY_MAX) {
            errors.put(BODY, String.format("Your review can be at most 5,000 characters long (it has %,d).",
                    length(text)));
        } else if (text.codePoints().anyMatch(c -> isControl(c) && c != '\n' && c != '\r' && c != '\t')) {
            errors.put(BODY, "Your review contains characters that are not allowed.");
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

    public Map<String, String> getErrors() {
        return Collections.unmodifiableMap(errors);
    }
}
