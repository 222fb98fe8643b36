package org.bookreviews.book;

/**
 * A review as a signed-in reader sent it, after {@link ReviewForm} accepted it: the reader, the
 * name shown with it (their display name), rating 1-5, the trimmed text, whether it holds
 * spoilers. The one carrier from the form to the stored {@link Review}.
 */
public record NewReview(Long readerId, String reviewerName, int rating, String body, boolean spoiler) {
}
