package org.bookreviews.book;

import java.util.ArrayList;
import java.util.List;

/** One bar of a book's rating distribution: a rating, how many reviews gave it, their whole-number percentage. */
public record RatingShare(int stars, int count, int percent) {

    /** The bars of the book page, 5 stars first. */
    public static List<RatingShare> distributionOf(Book book) {
        List<RatingShare> shares = new ArrayList<>(5);
        for (int stars = Review.MAX_RATING; stars >= Review.MIN_RATING; stars--) {
            int count = book.getCountOfRating(stars);
            int percent = book.getReviewCount() == 0 ? 0 : (int) Math.round(100.0 * count / book.getReviewCount());
            shares.add(new RatingShare(stars, count, percent));
        }
        return shares;
    }

    // Getters for EL (Jakarta EL before 6.0 does not read record components).
    public int getStars() {
        return stars;
    }

    public int getCount() {
        return count;
    }

    public int getPercent() {
        return percent;
    }
}
