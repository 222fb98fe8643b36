package org.bookreviews.rendering;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.text.MessageFormat;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Properties;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;

/**
 * The two languages stay complete: every bundle has every key, every pattern parses, and no page
 * or tag file shows text that does not come from a bundle.
 */
class MessagesTest {

    private static final Path WEBAPP = Path.of("src/main/webapp/WEB-INF");

    @Test
    void everyBundleHasTheKeysOfEveryOther() throws IOException {
        Properties english = bundle("en");
        Properties german = bundle("de");
        Set<String> onlyEnglish = new TreeSet<>(english.stringPropertyNames());
        onlyEnglish.removeAll(german.stringPropertyNames());
        Set<String> onlyGerman = new TreeSet<>(german.stringPropertyNames());
        onlyGerman.removeAll(english.stringPropertyNames());
        assertEquals(Set.of(), onlyEnglish, "keys missing in messages_de");
        assertEquals(Set.of(), onlyGerman, "keys missing in messages_en");
    }

    @Test
    void everyMessageWithPlaceholdersIsAValidPattern() throws IOException {
        for (String language : List.of("en", "de")) {
            Properties messages = bundle(language);
            for (String key : messages.stringPropertyNames()) {
                String text = messages.getProperty(key);
                if (text.contains("{0")) {
                    new MessageFormat(text, Locale.forLanguageTag(language)).format(new Object[] {1, 2, 3});
                }
            }
        }
    }

    @Test
    void everyKeyThePagesUseExists() throws IOException {
        Properties english = bundle("en");
        Pattern literalKey = Pattern.compile("<fmt:message key=\"([a-zA-Z0-9.]+)\"");
        List<String> missing = new ArrayList<>();
        for (Path file : pagesAndTags()) {
            Matcher m = literalKey.matcher(Files.readString(file, StandardCharsets.UTF_8));
            while (m.find()) {
                if (!english.containsKey(m.group(1))) {
                    missing.add(file.getFileName() + ": " + m.group(1));
                }
            }
        }
        assertEquals(List.of(), missing);
    }

    @Test
    void pagesShowNoTextThatIsNotFromABundle() throws IOException {
        List<String> found = new ArrayList<>();
        for (Path file : pagesAndTags()) {
            for (String text : visibleLiteralText(Files.readString(file, StandardCharsets.UTF_8))) {
                found.add(file.getFileName() + ": \"" + text + "\"");
            }
        }
        assertEquals(List.of(), found, "write these with <fmt:message>");
    }

    @Test
    void theCheckFindsLiteralTextInContentAndInAttributesReadersSee() {
        String page = "<%-- a comment --%><%@ page x=\"y\" %><p class=\"lead\">Hello ${name}</p>"
                + "<input placeholder=\"Search here\" aria-label=\"${label}\" title=\"${fn:escapeXml(t)}\">"
                + "<span>&laquo; <fmt:message key=\"a\"/> · – ★ 5</span><c:out value=\"Fixed\"/>";
        assertEquals(List.of("Search here", "Hello"), visibleLiteralText(page));
        assertEquals(List.of(), visibleLiteralText("<input value=\"x\"<c:if test=\"${a}\"> maxlength=\"5\"</c:if>>"));
    }

    /** Text a reader would see that is written into the file rather than taken from a bundle. */
    static List<String> visibleLiteralText(String source) {
        String s = source.replaceAll("(?s)<%--.*?--%>", " ")
                .replaceAll("(?s)<%@.*?%>", " ")
                .replaceAll("(?s)<!--.*?-->", " ")
                // JSP actions (which may sit inside an HTML tag) first, then what is left is HTML.
                .replaceAll("(?s)</?(?:c|fmt|fn|t|jsp|br):[^>]*?/?>", " ");
        List<String> found = new ArrayList<>();
        Matcher attribute = Pattern.compile("\\b(?:title|alt|placeholder|aria-label)=\"([^\"]*)\"").matcher(s);
        while (attribute.find()) {
            String value = attribute.group(1).replaceAll("\\$\\{[^}]*}", " ").strip();
            if (hasWords(value)) {
                found.add(value);
            }
        }
        String content = s.replaceAll("\\$\\{[^}]*}", " ")
                .replaceAll("(?s)<[^>]*>", "\n")
                .replaceAll("&[a-zA-Z]+;|&#\\d+;", " ");
        for (String line : content.split("\n")) {
            if (hasWords(line.strip())) {
                found.add(line.strip());
            }
        }
        return found;
    }

    private static boolean hasWords(String text) {
        return text.codePoints().anyMatch(Character::isLetter);
    }

    private static List<Path> pagesAndTags() throws IOException {
        try (Stream<Path> files = Files.walk(WEBAPP)) {
            List<Path> result = files.filter(f -> f.toString().endsWith(".jsp") || f.toString().endsWith(".tag")).toList();
            assertTrue(result.size() >= 8, "found the pages: " + result);
            return result;
        }
    }

    private static Properties bundle(String language) throws IOException {
        Properties properties = new Properties();
        try (InputStream in = MessagesTest.class.getResourceAsStream("/messages_" + language + ".properties")) {
            properties.load(in);
        }
        assertTrue(properties.size() > 50, "messages_" + language);
        return properties;
    }
}
