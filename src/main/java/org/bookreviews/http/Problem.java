package org.bookreviews.http;

import java.util.List;

/**
 * What is wrong with a form field (or a whole form): a message key of the resource bundle
 * {@code messages} and the values for its placeholders; the page words it in the reader's
 * language (formField.tag).
 */
public record Problem(String key, Object... arguments) {

    public String getKey() {
        return key;
    }

    public List<Object> getArguments() {
        return List.of(arguments);
    }
}
