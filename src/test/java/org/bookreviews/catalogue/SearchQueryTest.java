package org.bookreviews.catalogue;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;
import org.bookreviews.catalogue.SearchQuery.Word;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class SearchQueryTest {

    @ParameterizedTest(name = "\"{0}\" -> {1}")
    @CsvSource(delimiter = '|', value = {
        "Zoë                 | zoe",
        "ZOE                 | zoe",
        "Straße              | strasse",
        "Renée O'Brien       | renee obrien",
        "Renée O’Brien       | renee obrien",
        "  python   beginners | python beginners",
        "python, beginners!  | python beginners",
        "李小龙 传           | 李小龙 传",
        "Zoë 李 🚀 O'Brien    | zoe 李 obrien",
        "the the THE         | the",
        "C++ in 21 days      | c in 21 days",
    })
    void foldsCaseAndAccentsAndSplitsWords(String text, String words) {
        assertEquals(List.of(words.split(" ")), SearchQuery.parse(text).words().stream().map(Word::text).toList());
    }

    @Test
    void wordsMatchTheBeginningsOfWordsButASingleLetterOnlyItself() {
        assertEquals(List.of(new Word("begin", true), new Word("c", false), new Word("1", false), new Word("李", true)),
                SearchQuery.parse("begin c 1 李").words());
    }

    @Test
    void anIsbnInAnyFormIsOneExactIsbn13() {
        List<Word> isbn = List.of(new Word("9780306406157", false));
        assertEquals(isbn, SearchQuery.parse("978-0-306-40615-7").words());
        assertEquals(isbn, SearchQuery.parse(" 0 306 40615 2 ").words());
        assertEquals(isbn, SearchQuery.parse("0306406152").words());
    }

    @Test
    void groupedDigitsAreTheBeginningOfAnIsbnAndPlainNumbersAreWords() {
        assertEquals(List.of(new Word("9798000", true)), SearchQuery.parse("979-8000").words());
        assertEquals(List.of(new Word("1984", true)), SearchQuery.parse("1984").words());
    }

    @Test
    void onlyPunctuationIsNoWordAndTooManyWordsKeepTheLongest() {
        assertEquals(true, SearchQuery.parse("?! -- …").isEmpty());
        SearchQuery many = SearchQuery.parse("a bb ccc dddd eeeee ffffff ggggggg hhhhhhhh iiiiiiiii jjjjjjjjjj kkkkkkkkkkk");
        assertEquals(SearchQuery.MAX_WORDS, many.words().size());
        assertEquals(false, many.words().stream().anyMatch(word -> word.text().equals("a")));
    }

    @Test
    void aVeryLongWordIsCutToTheStoredLength() {
        assertEquals(SearchWords.WORD_MAX, SearchQuery.parse("x".repeat(100)).words().get(0).text().length());
    }

    @Test
    void aBookGivesTheWordsWithApostrophesWholeAndInParts() {
        assertEquals(List.of("renee", "o", "brien", "obrien", "zoe", "s", "zoes"), SearchWords.split("Renée O'Brien, Zoë's", true));
    }
}
