package org.bookreviews.book;

/**
 * What a review shows: who wrote it, its stars and words, whether it gives the story away, and
 * whether a moderator hid it. The review tags take it: a {@link Review} of a page, or a reader's
 * {@link OwnReview}.
 */
public interface ReviewContent {

    String getReviewerName();

    int getRating();

    String getBody();

    boolean isSpoiler();

    /** Hidden by a moderator: then shown to its author only, with the reason. */
    boolean isHidden();

    String getHiddenReason();
}
