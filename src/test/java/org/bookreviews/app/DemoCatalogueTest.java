package org.bookreviews.app;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.HashSet;
import java.util.Set;
import java.util.stream.IntStream;
import org.bookreviews.app.DemoCatalogue.DemoBook;
import org.junit.jupiter.api.Test;

class DemoCatalogueTest {

    @Test
    void hasAtLeastTwelveBooksStartingWithPythonForBeginners() {
        assertTrue(DemoCatalogue.BOOKS.size() >= 12);
        assertEquals("Python for Beginners", DemoCatalogue.BOOKS.get(0).title());
    }

    @Test
    void everyBookHasAFewValidReviews() {
        for (DemoBook book : DemoCatalogue.BOOKS) {
            assertTrue(book.reviews().size() >= 2, book.title());
            book.reviews().forEach(r -> assertTrue(r.rating() >= 1 && r.rating() <= 5, book.title()));
            assertFalse(book.description().isBlank(), book.title());
        }
    }

    @Test
    void isbnsAreUniqueValidIsbn13s() {
        Set<String> seen = new HashSet<>();
        IntStream.rangeClosed(1, DemoCatalogue.BOOKS.size()).mapToObj(DemoCatalogue::isbn13).forEach(isbn -> {
            assertEquals(13, isbn.length(), isbn);
            int sum = IntStream.range(0, 13).map(i -> (isbn.charAt(i) - '0') * (i % 2 == 0 ? 1 : 3)).sum();
            assertEquals(0, sum % 10, isbn);
            assertTrue(seen.add(isbn), isbn);
        });
        assertEquals("9798000000014", DemoCatalogue.isbn13(1));
    }

    @Test
    void demoReadersHaveValidUsernamesAndPasswordsNobodyKnows() {
        Set<String> names = new HashSet<>();
        DemoCatalogue.BOOKS.forEach(book -> book.reviews().forEach(review -> names.add(review.reviewerName())));
        Set<String> usernames = new HashSet<>();
        for (String name : names) {
            String username = DemoCatalogue.username(name);
            assertEquals(java.util.Optional.empty(), org.bookreviews.reader.AccountRules.checkUsername(username), name);
            assertTrue(usernames.add(username), "one reader per name: " + username);
        }
        assertEquals("priya.n", DemoCatalogue.username("Priya N."));
        String hash = DemoCatalogue.unusablePasswordHash();
        assertTrue(hash.matches("\\$argon2id\\$v=19\\$m=19456,t=2,p=1\\$[A-Za-z0-9+/]{22}\\$[A-Za-z0-9+/]{43}"), hash);
        assertFalse(hash.equals(DemoCatalogue.unusablePasswordHash()));
    }
}
