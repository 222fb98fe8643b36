package org.bookreviews.rendering;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assertions.assertNull;

import java.time.LocalDateTime;
import java.util.Date;
import org.bookreviews.rendering.Formats.RelativeTime;
import org.junit.jupiter.api.Test;

class FormatsTest {

    @Test
    void starsRoundToTheNearestWholeStar() {
        assertEquals(0, Formats.starHalves(null));
        assertEquals(8, Formats.starHalves(4.2));
        assertEquals(9, Formats.starHalves(4.3), "4.3: four and a half stars, the nearest half");
        assertEquals(9, Formats.starHalves(4.5), "4.5 is not 5.0");
        assertEquals(9, Formats.starHalves(4.7));
        assertEquals(10, Formats.starHalves(4.75), "shown as 4.8");
        assertEquals(2, Formats.starHalves(1.0));
    }

    @Test
    void averagesHaveOneDecimalWithHalvesRoundedUp() {
        assertNull(Formats.oneDecimal(null));
        assertEquals(new java.math.BigDecimal("4.3"), Formats.oneDecimal(4.25));
        assertEquals(new java.math.BigDecimal("4.3"), Formats.oneDecimal(13.0 / 3));
        assertEquals(new java.math.BigDecimal("3.7"), Formats.oneDecimal(11.0 / 3));
        assertEquals(new java.math.BigDecimal("5.0"), Formats.oneDecimal(5.0));
        assertEquals(new java.math.BigDecimal("2.5"), Formats.oneDecimal(2.45));
    }

    @Test
    void starsShowTheRatingOutOfFive() {
        assertEquals("☆☆☆☆☆", Formats.stars(0));
        assertEquals("★★★☆☆", Formats.stars(3));
        assertEquals("★★★★★", Formats.stars(5));
        assertEquals("★★★★★", Formats.stars(7));
        assertEquals("☆☆☆☆☆", Formats.stars(-1));
        Formats.StarRow fourAndAHalf = Formats.starRow(9);
        assertEquals("★★★★", fourAndAHalf.getFull());
        assertEquals("★", fourAndAHalf.getHalf());
        assertEquals("", fourAndAHalf.getHollow());
        Formats.StarRow three = Formats.starRow(6);
        assertEquals("★★★" + "" + "☆☆", three.getFull() + three.getHalf() + three.getHollow());
    }

    @Test
    void timesForMachinesAndForFmt() {
        LocalDateTime time = LocalDateTime.of(2026, 11, 5, 14, 7, 9, 123_000_000);
        assertEquals("2026-11-05T14:07:09Z", Formats.isoTime(time));
        assertEquals(Date.from(java.time.Instant.parse("2026-11-05T14:07:09.123Z")), Formats.date(time));
        assertNull(Formats.date(null));
    }

    @Test
    void relativeTimesPickTheLargestWholeUnit() {
        LocalDateTime now = LocalDateTime.of(2026, 11, 25, 12, 0);
        assertEquals(new RelativeTime("time.justNow", 0), RelativeTime.between(now.minusSeconds(59), now));
        assertEquals(new RelativeTime("time.justNow", 0), RelativeTime.between(now.plusSeconds(5), now), "clock skew");
        assertEquals(new RelativeTime("time.minutes", 1), RelativeTime.between(now.minusSeconds(60), now));
        assertEquals(new RelativeTime("time.minutes", 59), RelativeTime.between(now.minusMinutes(59), now));
        assertEquals(new RelativeTime("time.hours", 1), RelativeTime.between(now.minusMinutes(60), now));
        assertEquals(new RelativeTime("time.hours", 23), RelativeTime.between(now.minusHours(23).minusMinutes(59), now));
        assertEquals(new RelativeTime("time.days", 1), RelativeTime.between(now.minusHours(24), now));
        assertEquals(new RelativeTime("time.days", 3), RelativeTime.between(now.minusDays(3), now));
        assertEquals(new RelativeTime("time.months", 1), RelativeTime.between(now.minusDays(30), now));
        assertEquals(new RelativeTime("time.months", 12), RelativeTime.between(now.minusDays(364), now));
        assertEquals(new RelativeTime("time.years", 2), RelativeTime.between(now.minusDays(800), now));
    }

    @Test
    void longReviewsShowTheirBeginningShortOnesNothingElse() {
        assertEquals(null, Formats.excerpt("Short and sweet."));
        assertEquals(null, Formats.excerpt("w".repeat(700)), "a little over the limit is shown whole");
        String words = "word ".repeat(400);
        String excerpt = Formats.excerpt(words);
        assertTrue(excerpt.endsWith("word\u2026"), "cut at a word boundary: " + excerpt);
        assertTrue(excerpt.length() <= Formats.EXCERPT_MAX + 1);
        assertEquals("1\n2\n3\n4\n5\n6\n7\n8\u2026", Formats.excerpt("1\n2\n3\n4\n5\n6\n7\n8\n9\n10"), "eight lines");
        String rockets = "\uD83D\uDE80".repeat(800);
        assertEquals(Formats.EXCERPT_MAX, Formats.excerpt(rockets).codePointCount(0, Formats.excerpt(rockets).length() - 1),
                "no emoji split");
    }

    @Test
    void aQueryParameterIsEncodedAsCParamEncodesIt() {
        assertEquals("page=2", Formats.param("page", "2"));
        assertEquals("q=Zo%C3%AB+%E6%9D%8E+%F0%9F%9A%80+O%27Brien", Formats.param("q", "Zoë 李 🚀 O'Brien"));
        assertEquals("next=%2Fbooks%2F7%3Fpage%3D2%26sort%3Dhighest", Formats.param("next", "/books/7?page=2&sort=highest"));
        assertEquals("a%26b=", Formats.param("a&b", null));
    }
}
