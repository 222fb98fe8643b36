package org.bookreviews.book;

import java.util.Optional;

/**
 * International Standard Book Numbers as people type them: ISBN-10 or ISBN-13, with or without
 * hyphens and spaces. The catalogue stores the 13 digits (an ISBN-10 is the ISBN-13 with the
 * 978 prefix and another check digit).
 */
public final class Isbn {

    private Isbn() {
    }

    /** The text without hyphens and spaces (the groups people write an ISBN in), upper case. */
    public static String compact(String text) {
        StringBuilder compact = new StringBuilder(text.length());
        text.codePoints().filter(c -> c != '-' && c != ' ' && c != '\u2010' && c != '\u2011')
                .forEach(c -> compact.appendCodePoint(Character.toUpperCase(c)));
        return compact.toString();
    }

    /** The ISBN-13 a text names, if it is a valid ISBN-10 or ISBN-13 (check digit verified). */
    public static Optional<String> toIsbn13(String text) {
        String digits = compact(text.strip());
        if (digits.length() == 13 && digits.chars().allMatch(Isbn::isDigit)
                && (digits.startsWith("978") || digits.startsWith("979"))
                && checkDigit13(digits.substring(0, 12)) == digits.charAt(12)) {
            return Optional.of(digits);
        }
        if (digits.length() == 10 && digits.substring(0, 9).chars().allMatch(Isbn::isDigit)
                && checkDigit10(digits.substring(0, 9)) == digits.charAt(9)) {
            String twelve = "978" + digits.substring(0, 9);
            return Optional.of(twelve + checkDigit13(twelve));
        }
        return Optional.empty();
    }

    /** The ISBN-10 of an ISBN-13 with the 978 prefix; empty for 979 (which has none). */
    public static Optional<String> isbn10Of(String isbn13) {
        if (isbn13.length() != 13 || !isbn13.startsWith("978")) {
            return Optional.empty();
        }
        String nine = isbn13.substring(3, 12);
        return Optional.of(nine + checkDigit10(nine));
    }

    /** The ISBN-13 of twelve digits: them and their check digit. */
    public static String withCheckDigit(String twelveDigits) {
        return twelveDigits + checkDigit13(twelveDigits);
    }

    static char checkDigit13(String twelveDigits) {
        int sum = 0;
        for (int i = 0; i < 12; i++) {
            sum += (twelveDigits.charAt(i) - '0') * (i % 2 == 0 ? 1 : 3);
        }
        return (char) ('0' + (10 - sum % 10) % 10);
    }

    static char checkDigit10(String nineDigits) {
        int sum = 0;
        for (int i = 0; i < 9; i++) {
            sum += (nineDigits.charAt(i) - '0') * (10 - i);
        }
        int check = (11 - sum % 11) % 11;
        return check == 10 ? 'X' : (char) ('0' + check);
    }

    private static boolean isDigit(int c) {
        return c >= '0' && c <= '9';
    }
}
