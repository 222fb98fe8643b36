package org.bookreviews.catalogue;

import java.text.Normalizer;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/**
 * Words as the search compares them, the same for a book's text ({@link SearchIndex}) and for
 * what people type ({@link SearchQuery}): accents and case are ignored ("Zoë" is {@code zoe},
 * "Straße" {@code strasse}); words are runs of letters and digits; "O'Brien" is {@code obrien}
 * (and, in a book, {@code o} and {@code brien} too).
 */
final class SearchWords {

    /** Longer words are cut to this (a search word too, so it still matches). */
    static final int WORD_MAX = 64;

    private SearchWords() {
    }

    /**
     * The words of a text, folded. For the index ({@code parts}) a word with an apostrophe
     * gives its parts as well; a search word keeps it whole ({@code o'brien} → {@code obrien}).
     */
    static List<String> split(String text, boolean parts) {
        String folded = fold(text);
        List<String> words = new ArrayList<>();
        StringBuilder word = new StringBuilder();
        StringBuilder part = new StringBuilder();
        int length = folded.length();
        for (int i = 0; i < length; ) {
            int c = folded.codePointAt(i);
            i += Character.charCount(c);
            if (Character.isLetterOrDigit(c)) {
                word.appendCodePoint(c);
                part.appendCodePoint(c);
            } else if (isApostrophe(c) && word.length() > 0 && i < length && Character.isLetterOrDigit(folded.codePointAt(i))) {
                if (parts) {
                    addWord(words, part);
                }
                part.setLength(0);
            } else {
                if (parts && part.length() < word.length()) {
                    addWord(words, part);
                }
                addWord(words, word);
                part.setLength(0);
            }
        }
        if (parts && part.length() < word.length()) {
            addWord(words, part);
        }
        addWord(words, word);
        return words;
    }

    private static void addWord(List<String> words, StringBuilder word) {
        if (word.length() > 0) {
            int end = Math.min(word.length(), WORD_MAX);
            if (end < word.length() && Character.isHighSurrogate(word.charAt(end - 1))) {
                end--; // never half a character
            }
            words.add(word.substring(0, end));
            word.setLength(0);
        }
    }

    private static boolean isApostrophe(int c) {
        return c == '\'' || c == '\u2019' || c == '\u02bc';
    }

    /** Lower case without accents: "Zoë" is "zoe", "Æsop" "aesop", "Straße" "strasse". */
    static String fold(String text) {
        String decomposed = Normalizer.normalize(text, Normalizer.Form.NFKD);
        StringBuilder folded = new StringBuilder(decomposed.length());
        decomposed.codePoints().forEach(c -> {
            int type = Character.getType(c);
            if (type == Character.NON_SPACING_MARK || type == Character.COMBINING_SPACING_MARK
                    || type == Character.ENCLOSING_MARK) {
                return;
            }
            switch (Character.toLowerCase(c)) {
                case 'ß' -> folded.append("ss");
                case 'æ' -> folded.append("ae");
                case 'œ' -> folded.append("oe");
                case 'ø' -> folded.append('o');
                case 'đ', 'ð' -> folded.append('d');
                case 'ł' -> folded.append('l');
                case 'þ' -> folded.append("th");
                case 'ı' -> folded.append('i');
                default -> folded.appendCodePoint(Character.toLowerCase(c));
            }
        });
        return folded.toString();
    }
}
