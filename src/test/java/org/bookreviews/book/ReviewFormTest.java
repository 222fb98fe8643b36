package org.bookreviews.book;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.Set;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class ReviewFormTest {

    private static NewReview valid(String name, String rating, String body) {
        ReviewForm form = ReviewForm.of(name, rating, body);
        return form.validate().orElseThrow(() -> new AssertionError("rejected: " + form.getErrors()));
    }

    private static Set<String> errorFields(String name, String rating, String body) {
        ReviewForm form = ReviewForm.of(name, rating, body);
        assertTrue(form.validate().isEmpty(), "accepted");
        return form.getErrors().keySet();
    }

    @Test
    @DisplayName("a complete review is accepted, name and text trimmed, line breaks and Unicode kept")
    void acceptsAndTrims() {
        NewReview review = valid("  Zoë 李 🚀 O'Brien \t", " 4 ", "\n  Line one \"quoted\" & more\r\nLine two  \n");
        assertEquals("Zoë 李 🚀 O'Brien", review.reviewerName());
        assertEquals(4, review.rating());
        assertEquals("Line one \"quoted\" & more\r\nLine two", review.body());
    }

    @Test
    void everyBadFieldGetsItsOwnMessage() {
        assertEquals(Set.of("reviewer_name", "rating", "body"), errorFields(" ", "", "   "));
    }

    @Test
    void missingFieldsAreErrorsNotExceptions() {
        assertEquals(Set.of("reviewer_name", "rating", "body"), errorFields(null, null, null));
    }

    @Test
    void nameIsAtMostOneHundredCharactersCountingAnEmojiAsOne() {
        valid("🚀".repeat(100), "3", "ok");
        assertEquals(Set.of("reviewer_name"), errorFields("a".repeat(101), "3", "ok"));
        assertEquals(Set.of("reviewer_name"), errorFields("🚀".repeat(101), "3", "ok"));
    }

    @ParameterizedTest
    @ValueSource(strings = {"Ann\u0000", "Ann\nBob", "Ann\tBob", "\u0007Ann", "Ann\u009b"})
    void nameMayNotContainControlCharacters(String name) {
        assertEquals(Set.of("reviewer_name"), errorFields(name, "3", "ok"));
    }

    @ParameterizedTest
    @ValueSource(strings = {"0", "6", "-1", "3.0", "3.5", "abc", "", "１", "33", "+3", "05"})
    void ratingIsAWholeNumberFromOneToFive(String rating) {
        assertEquals(Set.of("rating"), errorFields("Ann", rating, "ok"));
    }

    @ParameterizedTest
    @ValueSource(strings = {"1", "2", "3", "4", "5"})
    void everyStarRatingIsAccepted(String rating) {
        assertEquals(Integer.parseInt(rating), valid("Ann", rating, "ok").rating());
    }

    @Test
    void reviewIsAtMostFiveThousandCharacters() {
        assertEquals(5000, valid("Ann", "5", "x".repeat(5000)).body().length());
        valid("Ann", "5", "🚀".repeat(5000));
        assertEquals(Set.of("body"), errorFields("Ann", "5", "x".repeat(5001)));
    }

    @Test
    void reviewMayHaveLineBreaksAndTabsButNoOtherControlCharacters() {
        valid("Ann", "5", "a\tb\r\nc\nd");
        assertEquals(Set.of("body"), errorFields("Ann", "5", "a\u0000b"));
        assertEquals(Set.of("body"), errorFields("Ann", "5", "a\u001bb"));
    }

    @Test
    void whatTheReaderTypedIsKeptForRedisplay() {
        ReviewForm form = ReviewForm.of(" Ann ", "9", " text ");
        form.validate();
        assertEquals(" Ann ", form.getReviewerName());
        assertEquals("9", form.getRating());
        assertEquals(" text ", form.getBody());
        assertEquals(Set.of("rating"), form.getErrors().keySet());
    }
}
