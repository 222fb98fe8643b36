package org.bookreviews.book;

import jakarta.servlet.http.HttpServletRequest;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * The "Write a review" form: its field names and limits (the page takes them from here too),
 * what the reader typed (kept as typed, to show it again) and the message for each field that
 * is not acceptable.
 */
public final class ReviewForm {

    public static final String NAME = "reviewer_name";
    public static final String RATING = "rating";
    public static final String BODY = "body";
    /** Hidden field: the random id of this copy of the form, so that sending it twice stores one review. */
    public static final String SUBMISSION_ID = "submission_id";
    private static final java.util.regex.Pattern SUBMISSION_ID_FORMAT = java.util.regex.Pattern.compile("[A-Za-z0-9_-]{22}");
    private static final java.security.SecureRandom RANDOM = new java.security.SecureRandom();

    public static final int NAME_MAX = 100;
    public static final int BODY_MAX = 5_000;

    private final String reviewerName;
    private final String rating;
    private final String body;
    private final String submissionId;
    private final Map<String, Problem> errors = new LinkedHashMap<>();

    private ReviewForm(String reviewerName, String rating, String body, String submissionId) {
        this.reviewerName = reviewerName == null ? "" : reviewerName;
        this.rating = rating == null ? "" : rating;
        this.body = body == null ? "" : body;
        // An id that is not one this site makes is ignored (the review is then not de-duplicated).
        this.submissionId = submissionId != null && SUBMISSION_ID_FORMAT.matcher(submissionId).matches() ? submissionId : null;
    }

    /** A blank form, with a new submission id. */
    public static ReviewForm empty() {
        return new ReviewForm("", "", "", newSubmissionId());
    }

    /** A blank form with the given id (a marker of a kept page, see {@link BookServlet}). */
    static ReviewForm emptyWithId(String submissionId) {
        return new ReviewForm("", "", "", submissionId);
    }

    public static ReviewForm of(String reviewerName, String rating, String body) {
        return new ReviewForm(reviewerName, rating, body, null);
    }

    public static ReviewForm from(HttpServletRequest request) {
        return new ReviewForm(request.getParameter(NAME), request.getParameter(RATING), request.getParameter(BODY),
                request.getParameter(SUBMISSION_ID));
    }

    /** 16 random bytes, base64url: 22 characters. */
    static String newSubmissionId() {
        byte[] id = new byte[16];
        RANDOM.nextBytes(id);
        return java.util.Base64.getUrlEncoder().withoutPadding().encodeToString(id);
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
        return errors.isEmpty() ? Optional.of(new NewReview(name, stars, text, submissionId)) : Optional.empty();
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

    /** The id the page puts into the form: the one sent (a corrected form is still the same form), or a new one. */
    public String getSubmissionId() {
        return submissionId != null ? submissionId : newSubmissionId();
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
