package org.bookreviews.book;

/**
 * A signed-in reader's review of a book, as their part of its page and their edit form show it:
 * the review's own columns without its book. Read so, it does not wait for the book's row,
 * which every writer of the book holds locked until its commit (see {@link ReviewService#findMine}).
 */
public final class OwnReview implements ReviewContent {

    private final long id;
    private final String reviewerName;
    private final int rating;
    private final String body;
    private final boolean spoiler;
    private final String hiddenReason;
    private final boolean hidden;

    OwnReview(long id, String reviewerName, int rating, String body, boolean spoiler, String hiddenReason, boolean hidden) {
        this.id = id;
        this.reviewerName = reviewerName;
        this.rating = rating;
        this.body = body;
        this.spoiler = spoiler;
        this.hiddenReason = hiddenReason;
        this.hidden = hidden;
    }

    public long getId() {
        return id;
    }

    @Override
    public String getReviewerName() {
        return reviewerName;
    }

    @Override
    public int getRating() {
        return rating;
    }

    @Override
    public String getBody() {
        return body;
    }

    @Override
    public boolean isSpoiler() {
        return spoiler;
    }

    @Override
    public boolean isHidden() {
        return hidden;
    }

    @Override
    public String getHiddenReason() {
        return hiddenReason;
    }
}
