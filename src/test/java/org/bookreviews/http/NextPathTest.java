package org.bookreviews.http;

import static org.junit.jupiter.api.Assertions.assertEquals;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class NextPathTest {

    @ParameterizedTest
    @ValueSource(strings = {"/", "/books/7", "/books/7?page=2&sort=lowest", "/readers/zoe.o-brien", "/account"})
    void pathsOfThisSiteAreFollowed(String next) {
        assertEquals(next, NextPath.of(next));
    }

    @ParameterizedTest
    @ValueSource(strings = {"//evil.example", "https://evil.example", "/\\evil.example", "\\\\evil.example",
            "javascript:alert(1)", "evil.example", "", " /books/1", "/books/1\r\nSet-Cookie: x=1", "/books/<script>",
            "http:/evil.example", "///evil.example"})
    void anythingElseMeansHome(String next) {
        assertEquals("/", NextPath.of(next));
    }
}
