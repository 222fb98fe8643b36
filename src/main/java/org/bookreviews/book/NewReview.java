package org.bookreviews.book;

/**
 * A review as the reader sent it, after {@link ReviewForm} accepted it: trimmed name and text,
 * rating 1-5, and the id of the form it came from (null when the client sent none: it is then
 * not protected against repeats). The one carrier from the form to the stored {@link Review}.
 */
public record NewReview(String reviewerName, int rating, String body, String submissionId) {

    public NewReview(String reviewerName, int rating, String body) {
        this(reviewerName, rating, body, null);
    }
}
