package org.bookreviews.book;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.bookreviews.book.BookPath.Target;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class BookPathTest {

    @Test
    void parsesTheThreeRoutes() {
        assertEquals(new BookPath(7, Target.BOOK), BookPath.parse("/7").orElseThrow());
        assertEquals(new BookPath(7, Target.REVIEWS), BookPath.parse("/7/reviews").orElseThrow());
        assertEquals(new BookPath(7, Target.THANKS), BookPath.parse("/7/reviews/thanks").orElseThrow());
        assertEquals(new BookPath(7, Target.REVIEW, 42), BookPath.parse("/7/reviews/42").orElseThrow());
        assertEquals(new BookPath(7, Target.EDIT), BookPath.parse("/7/edit").orElseThrow());
        assertEquals("/books/7/reviews/42", BookPath.parse("/7/reviews/42").orElseThrow().url());
        assertEquals(Long.MAX_VALUE, BookPath.parse("/" + Long.MAX_VALUE).orElseThrow().bookId());
    }

    @ParameterizedTest
    @ValueSource(strings = {"", "/", "/abc", "/0", "/-1", "/007", "/1.5", "/1/", "/1/reviews/", "/1/review",
            "/1/reviews/thanks/", "/1/reviews/thanks/x", "/9223372036854775808", "/99999999999999999999",
            "/1%20", "/ 1", "/１", "/1;x", "/1/reviews/0", "/1/reviews/007", "/1/reviews/abc",
            "/1/reviews/9223372036854775808", "/1/reviews/5/"})
    void anythingElseIsNotABookPath(String path) {
        assertTrue(BookPath.parse(path).isEmpty(), path);
    }

    @Test
    void noPathInfoIsNotABookPath() {
        assertTrue(BookPath.parse(null).isEmpty());
    }

    @Test
    void buildsTheUrlsItParses() {
        assertEquals("/books/3/reviews/thanks", BookPath.thanksUrl(3));
        assertEquals(new BookPath(3, Target.THANKS), BookPath.parse(BookPath.thanksUrl(3).substring("/books".length())).orElseThrow());
    }
}
