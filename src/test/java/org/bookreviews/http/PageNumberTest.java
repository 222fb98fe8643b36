package org.bookreviews.http;

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
    void pagesFromOneToAMillionThousandAreTaken() {
        assertEquals(1, PageNumber.parse("1").getAsLong());
        assertEquals(3, PageNumber.parse("3").getAsLong());
        assertEquals(3, PageNumber.parse("003").getAsLong());
        assertEquals(PageNumber.MAX, PageNumber.parse("1000000000").getAsLong());
    }

    @ParameterizedTest
    @ValueSource(strings = {"abc", "1.5", "1e3", " 2", "2 ", "0x10", "--1", "２", "0", "-4", "+3", "-0",
            "1000000001", "2147483648", "99999999999999999999999", "-99999999999999999999999"})
    void anythingElseIsRejected(String value) {
        assertTrue(PageNumber.parse(value).isEmpty(), value);
    }
}
