package org.bookreviews.book;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.Optional;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class IsbnTest {

    @ParameterizedTest(name = "{0} -> {1}")
    @CsvSource(delimiter = '|', value = {
        "9780306406157      | 9780306406157",
        "978-0-306-40615-7  | 9780306406157",
        "978 0 306 40615 7  | 9780306406157",
        "0-306-40615-2      | 9780306406157",   // ISBN-10 of the same book
        "0306406152         | 9780306406157",
        "080442957X         | 9780804429573",   // check digit X
        "080442957x         | 9780804429573",
        "979-8-0000000-1-4 | 9798000000014",
        "9780306406158      | ''",              // wrong check digit
        "0306406153         | ''",
        "1234567890123      | ''",              // not 978/979
        "978030640615       | ''",              // 12 digits
        "abc                | ''",
    })
    void readsIsbn10And13WithOrWithoutHyphensAndSpaces(String text, String isbn13) {
        assertEquals(isbn13.isEmpty() ? Optional.empty() : Optional.of(isbn13), Isbn.toIsbn13(text));
    }

    @ParameterizedTest(name = "{0} -> {1}")
    @CsvSource(delimiter = '|', value = {
        "9780306406157 | 0306406152",
        "9780804429573 | 080442957X",
        "9798000000014 | ''",
    })
    void anIsbn13With978HasAnIsbn10(String isbn13, String isbn10) {
        assertEquals(isbn10.isEmpty() ? Optional.empty() : Optional.of(isbn10), Isbn.isbn10Of(isbn13));
    }
}
