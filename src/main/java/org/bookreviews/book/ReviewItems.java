package org.bookreviews.book;

import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.time.LocalDateTime;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.bookreviews.rendering.Formats;
import org.bookreviews.rendering.Formats.RelativeTime;
import org.bookreviews.rendering.PageCache;
import org.bookreviews.rendering.Views;

/**
 * The reviews of a book page, each as reviewItem.jsp renders it, kept by everything it shows
 * ({@link Key}). A review written to a book makes its page stale, but not the other nine reviews
 * on it: re-rendering the page then renders only what changed (the figures, the new review).
 */
final class ReviewItems {

    private ReviewItems() {
    }

    /** The reviews' markup, in their order. */
    static List<String> of(PageCache pages, List<Review> reviews, Map<Long, String> usernames,
            HttpServletRequest request, HttpServletResponse response) throws ServletException, IOException {
        String language = Views.languageOf(request);
        List<String> items = new ArrayList<>(reviews.size());
        for (Review review : reviews) {
            String username = review.getReaderId() == null ? null : usernames.get(review.getReaderId());
            RelativeTime ago = Formats.ago(review.getCreatedAt());
            items.add(pages.item(Key.of(review, username, language, ago), () -> {
                request.setAttribute("item", review);
                request.setAttribute("itemUsername", username);
                request.setAttribute("itemAgo", ago);
                try {
                    return PageCache.renderPartToString("reviewItem", request, response);
                } finally {
                    request.removeAttribute("item");
                    request.removeAttribute("itemUsername");
                    request.removeAttribute("itemAgo");
                }
            }));
        }
        return items;
    }

    /**
     * Every value reviewItem.jsp reads: equal keys render equal markup, so a kept item is never
     * stale (an edit, a new name, the next minute of "3 minutes ago" make another key).
     */
    record Key(long bookId, long reviewId, String reviewerName, String username, int rating, String body,
            boolean spoiler, LocalDateTime createdAt, boolean edited, String language, RelativeTime ago)
            implements PageCache.ItemKey {

        static Key of(Review review, String username, String language, RelativeTime ago) {
            return new Key(review.getBook().getId(), review.getId(), review.getReviewerName(), username, review.getRating(),
                    review.getBody(), review.isSpoiler(), review.getCreatedAt(), review.getUpdatedAt() != null,
                    language, ago);
        }

        @Override
        public int weight() {
            return 128 + body.length() + reviewerName.length();
        }
    }
}
