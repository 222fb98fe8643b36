package org.bookreviews.book;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.Set;
import org.bookreviews.security.SignedInReader;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class ReviewFormTest {

    private static final SignedInReader ZOE = new SignedInReader(7, "zoe", "Zoë 李 🚀 O'Brien", "session-key");

    private static NewReview valid(String rating, String body, boolean spoiler) {
        ReviewForm form = ReviewForm.of(rating, body, spoiler);
        return form.validate(ZOE).orElseThrow(() -> new AssertionError("rejected: " + form.getErrors()));
    }

    private static NewReview valid(String rating, String body) {
        return valid(rating, body, false);
    }

    private static Set<String> errorFields(String rating, String body) {
        ReviewForm form = ReviewForm.of(rating, body, false);
        assertTrue(form.validate(ZOE).isEmpty(), "accepted");
        return form.getErrors().keySet();
    }

    @Test
    @DisplayName("a complete review is accepted as the signed-in reader's, text trimmed, line breaks and Unicode kept")
    void acceptsAndTrims() {
        NewReview review = valid(" 4 ", "\n  Line one \"quoted\" & more\r\nLine two  \n", true);
        assertEquals(7L, review.readerId());
        assertEquals("Zoë 李 🚀 O'Brien", review.reviewerName());
        assertEquals(4, review.rating());
        assertEquals("Line one \"quoted\" & more\r\nLine two", review.body());
        assertTrue(review.spoiler());
        assertFalse(valid("4", "No spoilers here.").spoiler());
    }

    @Test
    void everyBadFieldGetsItsOwnMessage() {
        assertEquals(Set.of("rating", "body"), errorFields("", "   "));
    }

    @Test
    void missingFieldsAreErrorsNotExceptions() {
        assertEquals(Set.of("rating", "body"), errorFields(null, null));
    }

    @ParameterizedTest
    @ValueSource(strings = {"0", "6", "-1", "3.0", "3.5", "abc", "", "１", "33", "+3", "05"})
    void ratingIsAWholeNumberFromOneToFive(String rating) {
        assertEquals(Set.of("rating"), errorFields(rating, "ok"));
    }

    @ParameterizedTest
    @ValueSource(strings = {"1", "2", "3", "4", "5"})
    void everyStarRatingIsAccepted(String rating) {
        assertEquals(Integer.parseInt(rating), valid(rating, "ok").rating());
    }

    @Test
    void reviewIsAtMostFiveThousandCharacters() {
        assertEquals(5000, valid("5", "x".repeat(5000)).body().length());
        valid("5", "🚀".repeat(5000));
        assertEquals(Set.of("body"), errorFields("5", "x".repeat(5001)));
    }

    @Test
    void reviewMayHaveLineBreaksAndTabsButNoOtherControlCharacters() {
        valid("5", "a\tb\r\nc\nd");
        assertEquals(Set.of("body"), errorFields("5", "a\u0000b"));
        assertEquals(Set.of("body"), errorFields("5", "a\u001bb"));
    }

    @Test
    void whatTheReaderTypedIsKeptForRedisplay() {
        ReviewForm form = ReviewForm.of("9", " text ", true);
        form.validate(ZOE);
        assertEquals("9", form.getRating());
        assertEquals(" text ", form.getBody());
        assertTrue(form.isSpoiler());
        assertEquals(Set.of("rating"), form.getErrors().keySet());
    }
}
