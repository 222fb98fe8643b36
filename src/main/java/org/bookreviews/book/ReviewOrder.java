package org.bookreviews.book;

import java.util.ArrayList;
import java.util.List;

/**
 * The orders of a book's reviews; newest first is the default. Which {@code ?sort=} value names
 * which: {@link BookServlet}.
 *
 * <p>Each order is a walk over the reviews' places ({@link Review#getBookPosition()},
 * {@link Review#getRatingPosition()}), so the reviews on page N are found from the book's own
 * figures alone, as at most five ranges of places: no OFFSET, no counting, at any depth.
 */
public enum ReviewOrder {
    NEWEST,
    OLDEST,
    /** 5 stars first, newest first within a rating. */
    HIGHEST_RATED,
    /** 1 star first, newest first within a rating. */
    LOWEST_RATED;

    /**
     * The places of the {@code size} reviews that follow the first {@code skipped} ones in this
     * order, as ranges to read one after the other (fewer reviews at the end of the list).
     */
    List<PlaceRange> placesOf(Book book, long skipped, int size) {
        long total = book.getReviewCount();
        return switch (this) {
            case NEWEST -> skipped >= total ? List.of()
                    : List.of(PlaceRange.newestFirst(null, Math.max(1, total - skipped - size + 1), total - skipped));
            case OLDEST -> skipped >= total ? List.of()
                    : List.of(new PlaceRange(null, skipped + 1, Math.min(total, skipped + size), false));
            case HIGHEST_RATED -> byRating(book, skipped, size, new int[] {5, 4, 3, 2, 1});
            case LOWEST_RATED -> byRating(book, skipped, size, new int[] {1, 2, 3, 4, 5});
        };
    }

    /** The places of one rating's reviews only, newest first (the book page's {@code ?rating=} filter). */
    static List<PlaceRange> placesOfRating(Book book, int rating, long skipped, int size) {
        return byRating(book, skipped, size, new int[] {rating});
    }

    private static List<PlaceRange> byRating(Book book, long skipped, int size, int[] ratings) {
        List<PlaceRange> ranges = new ArrayList<>(2);
        long toSkip = skipped;
        long wanted = size;
        for (int rating : ratings) {
            long count = book.getCountOfRating(rating);
            if (toSkip >= count) {
                toSkip -= count;
                continue;
            }
            long newest = count - toSkip; // newest first within a rating
            long taken = Math.min(wanted, newest);
            ranges.add(PlaceRange.newestFirst(rating, newest - taken + 1, newest));
            wanted -= taken;
            toSkip = 0;
            if (wanted == 0) {
                break;
            }
        }
        return ranges;
    }

    /**
     * Places {@code from..to} (inclusive) among all of a book's reviews ({@code rating} null:
     * book_position) or among those with one rating (rating_position), read in the given direction.
     */
    record PlaceRange(Integer rating, long from, long to, boolean descending) {
        static PlaceRange newestFirst(Integer rating, long from, long to) {
            return new PlaceRange(rating, from, to, true);
        }
    }
}
