package org.bookreviews.web;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class PageNumberTest {

    @Test
    void absentMeansTheFirstPage() {
        assertEquals(1, PageNumber.parse(null).getAsLong());
        assertEquals(1, PageNumber.parse("").getAsLong());
    }

    @Test
    void wholeNumbersAreTakenAsTheyAreForTheCatalogueToClamp() {
        assertEquals(3, PageNumber.parse("3").getAsLong());
        assertEquals(0, PageNumber.parse("0").getAsLong());
        assertEquals(-4, PageNumber.parse("-4").getAsLong());
        assertEquals(Long.MAX_VALUE, PageNumber.parse("99999999999999999999999").getAsLong());
        assertEquals(Long.MIN_VALUE, PageNumber.parse("-99999999999999999999999").getAsLong());
    }

    @ParameterizedTest
    @ValueSource(strings = {"abc", "1.5", "1e3", " 2", "2 ", "0x10", "--1", "２"})
    void anythingElseIsRejected(String value) {
        assertTrue(PageNumber.parse(value).isEmpty(), value);
    }
}
