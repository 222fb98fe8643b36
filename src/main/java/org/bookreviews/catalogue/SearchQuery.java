package org.bookreviews.catalogue;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Optional;
import org.apache.lucene.index.Term;
import org.apache.lucene.search.BooleanClause;
import org.apache.lucene.search.BooleanQuery;
import org.apache.lucene.search.BoostQuery;
import org.apache.lucene.search.ConstantScoreQuery;
import org.apache.lucene.search.DisjunctionMaxQuery;
import org.apache.lucene.search.PrefixQuery;
import org.apache.lucene.search.Query;
import org.apache.lucene.search.TermQuery;
import org.bookreviews.book.Isbn;

/**
 * What a search text asks for: books that have every word of it, in any order, in title,
 * author, description or ISBN, ignoring case and accents ({@link SearchWords}). Each word
 * matches the beginning of a word ({@code begin} finds "Beginners"), except a single letter or
 * digit, which matches itself only (a prefix that short would match most of the catalogue). An
 * ISBN-10 or ISBN-13, with or without hyphens and spaces, matches the book with that number;
 * digits grouped by hyphens or spaces match the beginning of an ISBN.
 *
 * <p>Best match first: a word counts {@value #ISBN} in the ISBN, {@value #TITLE} in the title,
 * {@value #AUTHOR} in the author and {@value #DESCRIPTION} in the description; a book scores
 * the sum of its best field per word.
 */
record SearchQuery(List<Word> words) {

    static final int ISBN = 8;
    static final int TITLE = 4;
    static final int AUTHOR = 2;
    static final int DESCRIPTION = 1;
    /** More words than this: the longest (most telling) are searched. */
    static final int MAX_WORDS = 10;

    record Word(String text, boolean prefix) {
    }

    static SearchQuery parse(String text) {
        Optional<String> isbn = Isbn.toIsbn13(text);
        if (isbn.isPresent()) {
            return new SearchQuery(List.of(new Word(isbn.get(), false)));
        }
        String digits = Isbn.compact(text.strip());
        if (digits.length() >= 4 && digits.length() < text.strip().length()
                && digits.chars().allMatch(c -> c >= '0' && c <= '9')) { // grouped digits: part of an ISBN
            return new SearchQuery(List.of(new Word(digits, true)));
        }
        List<String> words = new ArrayList<>(new LinkedHashSet<>(SearchWords.split(text, false)));
        if (words.size() > MAX_WORDS) {
            words.sort(Comparator.comparingInt(String::length).reversed());
            words = words.subList(0, MAX_WORDS);
        }
        return new SearchQuery(words.stream().map(word -> new Word(word, isPrefix(word))).toList());
    }

    private static boolean isPrefix(String word) {
        return word.codePointCount(0, word.length()) > 1 || word.charAt(0) > 'z';
    }

    boolean isEmpty() {
        return words.isEmpty();
    }

    /** The Lucene query over {@link SearchIndex}'s fields: every word must match, scored by its best field. */
    Query toLucene() {
        BooleanQuery.Builder all = new BooleanQuery.Builder();
        for (Word word : words) {
            all.add(new DisjunctionMaxQuery(List.of(
                    weighted(SearchIndex.ISBN, word, ISBN),
                    weighted(SearchIndex.TITLE, word, TITLE),
                    weighted(SearchIndex.AUTHOR, word, AUTHOR),
                    weighted(SearchIndex.DESCRIPTION, word, DESCRIPTION)), 0), BooleanClause.Occur.MUST);
        }
        return all.build();
    }

    private static Query weighted(String field, Word word, int weight) {
        Term term = new Term(field, word.text());
        Query match = word.prefix() ? new PrefixQuery(term) : new TermQuery(term);
        return new BoostQuery(new ConstantScoreQuery(match), weight);
    }
}
