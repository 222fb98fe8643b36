package org.bookreviews.catalogue;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.UUID;
import org.bookreviews.book.Book;
import org.bookreviews.persistence.Database;
import org.bookreviews.persistence.Page;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * A reader types what they remember of a book: words in any order, any case, without accents,
 * word beginnings, an ISBN as printed, a word of the description. A real Derby database on disk,
 * the catalogue and its search index as the application builds them.
 */
class CatalogueSearchTest {

    private static Database database;
    private static SearchIndex index;
    private static Catalogue catalogue;

    @BeforeAll
    static void aSmallLibrary() {
        database = Database.open(Path.of("target", "unit-db", UUID.randomUUID().toString()).toAbsolutePath());
        index = new SearchIndex(database, Path.of("target", "unit-search", UUID.randomUUID().toString()));
        catalogue = new Catalogue(database, index);
        add("Python for Beginners", "Ada Lindqvist", "978-0-306-40615-7", "A patient first course in programming.");
        add("Zoë and the Lighthouse", "Mei Ito", "9798000000014", "A girl, a lamp and a storm.");
        add("Beginning Knots", "Sam Sailor", "0-8044-2957-X", "Knots for Zoë's boat, and for beginners at sea.");
        add("The Harbour Cookbook", "Jean Zoeller", "9781861972712", "Recipes from the harbour: fish, bread, Python-free.");
        add("Letters to O'Brien", "Renée Dubois", "9780140449136", "Letters written between 1911 and 1912.");
        add("Nineteen Eighty-Four", "George Orwell", "9780451524935", "Big Brother is watching; written in 1948, set in 1984.");
    }

    private static void add(String title, String author, String isbn, String description) {
        database.write(em -> {
            em.persist(new Book(title, author, isbn, 2000, description));
            return null;
        });
    }

    @AfterAll
    static void close() {
        index.close();
        database.close();
    }

    @ParameterizedTest(name = "\"{0}\" finds {1}")
    @CsvSource(delimiter = '|', quoteCharacter = '"', value = {
        // every word, any order, any case
        "python beginners        | Python for Beginners",
        "BEGINNERS python        | Python for Beginners",
        // the beginnings of words
        "begin                   | Beginning Knots; Python for Beginners",
        "pyth begi               | Python for Beginners",
        // accents ignored both ways, apostrophes
        "zoe                     | Zoë and the Lighthouse; The Harbour Cookbook; Beginning Knots",
        "Zoë lighthouse          | Zoë and the Lighthouse",
        "renee                   | Letters to O'Brien",
        "o'brien                 | Letters to O'Brien",
        "obrien letters          | Letters to O'Brien",
        "brien                   | Letters to O'Brien",
        // descriptions are searched; title before author before description
        "storm                   | Zoë and the Lighthouse",
        "harbour                 | The Harbour Cookbook",
        "python                  | Python for Beginners; The Harbour Cookbook",
        // ISBN as ISBN-13 or ISBN-10, with or without hyphens and spaces
        "9780306406157           | Python for Beginners",
        "978-0-306-40615-7       | Python for Beginners",
        "0 306 40615 2           | Python for Beginners",
        "0306406152              | Python for Beginners",
        "080442957x              | Beginning Knots",
        "978-0-8044-2957-3       | Beginning Knots",
        "979-8-0000000-1-4      | Zoë and the Lighthouse",
        "979-8000                | Zoë and the Lighthouse",
        // numbers are words too
        "1984                    | Nineteen Eighty-Four",
        "1911                    | Letters to O'Brien",
        // a single letter matches only itself
        "a girl                  | Zoë and the Lighthouse",
        // nothing
        "python cookbook beginners | \"\"",
        "submarine               | \"\"",
        "'; DROP TABLE book; --  | \"\"",
        "?!                      | \"\"",
    })
    void findsWhatPeopleType(String query, String titles) {
        List<String> expected = titles.isEmpty() ? List.of() : List.of(titles.split("; "));
        Page<Book> found = catalogue.books(query, BookOrder.RELEVANCE, 1);
        assertEquals(expected, found.getItems().stream().map(Book::getTitle).toList());
        assertEquals(expected.size(), found.getTotalItems());
    }

    @Test
    void anIndexBuiltAtStartAnswersAndLeavesNoFilesOnceClosed() {
        Path files = Path.of("target", "unit-search", UUID.randomUUID().toString());
        SearchIndex started = new SearchIndex(database, files);
        started.buildInBackground();
        Catalogue served = new Catalogue(database, started);
        assertEquals(List.of("Python for Beginners"), served.books("python beginners", BookOrder.RELEVANCE, 1).getItems()
                .stream().map(Book::getTitle).toList());
        assertTrue(Files.isDirectory(files));
        started.close();
        assertFalse(Files.exists(files), "the index's files are deleted");
        assertThrows(IllegalStateException.class, () -> served.books("python", BookOrder.RELEVANCE, 1));
    }

    @Test
    void aPagePastTheEndIsTheLastPage() {
        for (BookOrder order : BookOrder.values()) {
            Page<Book> page = catalogue.books("begin", order, Integer.MAX_VALUE * 10L);
            assertEquals(1, page.getNumber(), order.name());
            assertEquals(2, page.getItems().size(), order.name());
        }
    }

    @Test
    void otherOrdersStillApplyToTheMatches() {
        assertEquals(List.of("Beginning Knots", "Python for Beginners"),
                catalogue.books("begin", BookOrder.TITLE, 1).getItems().stream().map(Book::getTitle).toList());
        assertEquals(3, catalogue.books("zoe", BookOrder.MOST_REVIEWED, 1).getItems().size());
    }

    @Test
    void aBookAddedOrEditedAnywhereIsFoundByEveryServersIndexAtOnce() {
        SearchIndex otherServer = new SearchIndex(database, Path.of("target", "unit-search", UUID.randomUUID().toString()));
        Catalogue other = new Catalogue(database, otherServer);
        try {
            assertEquals(0, other.books("quokka", BookOrder.RELEVANCE, 1).getTotalItems());
            add("The Quokka Diaries", "Pia Perth", "9780000000001", "");
            assertEquals(1, other.books("quokka", BookOrder.RELEVANCE, 1).getTotalItems(), "added on another server");
            database.write(em -> em.createNativeQuery("UPDATE book SET title = 'The Wombat Diaries' WHERE title = 'The Quokka Diaries'")
                    .executeUpdate());
            assertEquals(0, other.books("quokka", BookOrder.RELEVANCE, 1).getTotalItems(), "the old title is gone");
            assertEquals(List.of("The Wombat Diaries"), other.books("wombat", BookOrder.RELEVANCE, 1).getItems().stream()
                    .map(Book::getTitle).toList());
            assertEquals(1, catalogue.books("wombat diaries", BookOrder.RELEVANCE, 1).getTotalItems(), "and on this one");
            database.write(em -> em.createNativeQuery("DELETE FROM book WHERE title = 'The Wombat Diaries'").executeUpdate());
            assertEquals(0, other.books("wombat", BookOrder.RELEVANCE, 1).getTotalItems(), "removed");
        } finally {
            otherServer.close();
        }
    }
}
