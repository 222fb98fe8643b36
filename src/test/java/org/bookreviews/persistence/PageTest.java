package org.bookreviews.persistence;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import org.junit.jupiter.api.Test;

class PageTest {

    @Test
    void countsPagesRoundingUpWithAtLeastOne() {
        assertEquals(1, Page.totalPages(0, 20));
        assertEquals(1, Page.totalPages(20, 20));
        assertEquals(2, Page.totalPages(21, 20));
        assertEquals(50_000, Page.totalPages(1_000_000, 20));
        assertEquals(Integer.MAX_VALUE, Page.totalPages(Long.MAX_VALUE, 1));
    }

    @Test
    void clampsToTheNearestPage() {
        assertEquals(1, Page.clamp(0, 45, 20));
        assertEquals(1, Page.clamp(-7, 45, 20));
        assertEquals(1, Page.clamp(Long.MIN_VALUE, 45, 20));
        assertEquals(2, Page.clamp(2, 45, 20));
        assertEquals(3, Page.clamp(4, 45, 20));
        assertEquals(3, Page.clamp(Long.MAX_VALUE, 45, 20));
        assertEquals(1, Page.clamp(5, 0, 20));
    }

    @Test
    void offsetOfEachPage() {
        assertEquals(0, Page.offset(1, 20));
        assertEquals(40, Page.offset(3, 20));
        assertEquals(Integer.MAX_VALUE, Page.offset(Integer.MAX_VALUE, 20));
    }

    @Test
    void knowsWhetherThereArePagesBeforeAndAfter() {
        Page<String> middle = new Page<>(List.of("x"), 2, 20, 45);
        assertFalse(middle.isFirst());
        assertFalse(middle.isLast());
        assertEquals(3, middle.getTotalPages());
        Page<String> only = new Page<>(List.of(), 1, 20, 0);
        assertTrue(only.isFirst());
        assertTrue(only.isLast());
    }

    @Test
    void refusesAPageThatCannotExist() {
        assertThrows(IllegalArgumentException.class, () -> new Page<>(List.of(), 0, 20, 10));
        assertThrows(IllegalArgumentException.class, () -> new Page<>(List.of(), 2, 20, 10));
    }
}
