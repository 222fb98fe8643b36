package org.bookreviews.http;

/**
 * What the text fields of every form may hold. Control characters (U+0000–U+001F, U+007F–U+009F)
 * are refused: they are not text a reader typed, and some break what shows or stores them. A text
 * area's line breaks and tabs are text.
 */
public final class FormText {

    private FormText() {
    }

    /** True when the text of a text area holds a control character other than a line break or a tab. */
    public static boolean hasControlCharactersBesideLineBreaks(String text) {
        return text.codePoints().anyMatch(c -> Character.isISOControl(c) && c != '\n' && c != '\r' && c != '\t');
    }

    /** True when the text of a one-line field holds any control character. */
    public static boolean hasControlCharacters(String text) {
        return text.codePoints().anyMatch(Character::isISOControl);
    }
}
