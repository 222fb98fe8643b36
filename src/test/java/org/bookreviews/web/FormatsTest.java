package org.bookreviews.web;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.time.LocalDateTime;
import org.junit.jupiter.api.Test;

class FormatsTest {

    @Test
    void averageRatingHasOneDecimalOrADashWithoutReviews() {
        assertEquals("–", Formats.averageRating(null));
        assertEquals("4.0", Formats.averageRating(4.0));
        assertEquals("4.3", Formats.averageRating(13.0 / 3));
        assertEquals("3.7", Formats.averageRating(11.0 / 3));
        assertEquals("5.0", Formats.averageRating(5.0));
    }

    @Test
    void starsRoundToTheNearestWholeStar() {
        assertEquals(0, Formats.fullStars(null));
        assertEquals(4, Formats.fullStars(4.3));
        assertEquals(5, Formats.fullStars(4.5));
        assertEquals(1, Formats.fullStars(1.0));
    }

    @Test
    void starsShowTheRatingOutOfFive() {
        assertEquals("☆☆☆☆☆", Formats.stars(0));
        assertEquals("★★★☆☆", Formats.stars(3));
        assertEquals("★★★★★", Formats.stars(5));
        assertEquals("★★★★★", Formats.stars(7));
        assertEquals("☆☆☆☆☆", Formats.stars(-1));
    }

    @Test
    void reviewCountReadsLikeASentence() {
        assertEquals("No reviews yet", Formats.reviewCount(0));
        assertEquals("1 review", Formats.reviewCount(1));
        assertEquals("2 reviews", Formats.reviewCount(2));
        assertEquals("1,234 reviews", Formats.reviewCount(1234));
        assertEquals("1,000,000 reviews", Formats.reviewCount(1_000_000));
    }

    @Test
    void timesForReadersAndForMachines() {
        LocalDateTime time = LocalDateTime.of(2026, 11, 5, 14, 7, 9, 123_456_789);
        assertEquals("5 Nov 2026, 14:07 UTC", Formats.readableTime(time));
        assertEquals("2026-11-05T14:07:09Z", Formats.isoTime(time));
    }
}
