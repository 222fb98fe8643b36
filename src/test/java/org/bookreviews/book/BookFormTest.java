package org.bookreviews.book;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Year;
import java.util.Map;
import java.util.Optional;
import org.bookreviews.book.BookForm.Details;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.api.Test;

/** Every rule of the librarians' book form. */
class BookFormTest {

    private static final Year THIS_YEAR = Year.of(2026);

    @Test
    void aValidFormGivesTheDetailsWithTheIsbnAsThirteenDigits() {
        Details details = form("Zoë 李 🚀 O'Brien", " Ann Author ", "0-306-40615-2", "1999", "Line 1\r\nLine 2")
                .validate(THIS_YEAR).orElseThrow();
        assertEquals(new Details("Zoë 李 🚀 O'Brien", "Ann Author", "9780306406157", 1999, "Line 1\nLine 2"), details);
        assertEquals("9780306406157", form("T", "A", "978 0 306 40615 7", "", "").validate(THIS_YEAR).orElseThrow().isbn());
        assertEquals(null, form("T", "A", "9780306406157", "", "").validate(THIS_YEAR).orElseThrow().publishedYear(),
                "the year may stay empty");
        assertEquals("9780804429573", form("T", "A", "0-8044-2957-x", "", "").validate(THIS_YEAR).orElseThrow().isbn(),
                "an ISBN-10 ending in X (any case)");
    }

    @ParameterizedTest(name = "[{index}] {5}")
    @CsvSource(delimiter = '|', textBlock = """
            ''    | A   | 9780306406157 | ''    | title          | book.title.required
            T     | ''  | 9780306406157 | ''    | author         | book.author.required
            T     | A   | ''            | ''    | isbn           | book.isbn.required
            T     | A   | 9780306406158 | ''    | isbn           | book.isbn.invalid
            T     | A   | 0306406153    | ''    | isbn           | book.isbn.invalid
            T     | A   | 97803064061   | ''    | isbn           | book.isbn.invalid
            T     | A   | 9770306406157 | ''    | isbn           | book.isbn.invalid
            T     | A   | 9780306406157 | 1449  | published_year | book.year.invalid
            T     | A   | 9780306406157 | 2028  | published_year | book.year.invalid
            T     | A   | 9780306406157 | 19x9  | published_year | book.year.invalid
            T     | A   | 9780306406157 | -2000 | published_year | book.year.invalid
            T<BEL>| A   | 9780306406157 | ''    | title          | book.characters
            """)
    void eachRuleMarksItsField(String title, String author, String isbn, String year, String field, String key) {
        BookForm form = form(title.replace("<BEL>", "\u0007"), author, isbn, year, "");
        assertEquals(Optional.empty(), form.validate(THIS_YEAR));
        assertEquals(key, form.getErrors().get(field).key(), field);
        assertEquals(1, form.getErrors().size(), "only that field: " + form.getErrors());
        assertEquals(isbn, form.getIsbn(), "the fields kept as typed");
    }

    @Test
    void theLimitsAreTheSchemas() {
        assertTrue(form("t".repeat(300), "a".repeat(200), "9780306406157", "2027", "d".repeat(4000))
                .validate(THIS_YEAR).isPresent(), "at the limits, and next year");
        BookForm over = form("t".repeat(301), "a".repeat(201), "9780306406157", "", "d".repeat(4001));
        assertEquals(Optional.empty(), over.validate(THIS_YEAR));
        assertEquals(Map.of("title", "book.tooLong", "author", "book.tooLong", "description", "book.description.tooLong"),
                Map.of("title", over.getErrors().get("title").key(), "author", over.getErrors().get("author").key(),
                        "description", over.getErrors().get("description").key()));
        assertEquals(Optional.empty(), form("🚀".repeat(151), "A", "9780306406157", "", "").validate(THIS_YEAR),
                "an emoji takes two of the schema's units");
    }

    private static BookForm form(String title, String author, String isbn, String year, String description) {
        return BookForm.of(title, author, isbn, year, description);
    }
}
