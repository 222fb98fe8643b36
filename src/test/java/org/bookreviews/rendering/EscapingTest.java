package org.bookreviews.rendering;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;

/**
 * The build check against markup injection: in the JSPs and tag files, every EL expression that
 * reaches the HTML goes through {@code fn:escapeXml} or {@code <c:out>}. Plain {@code ${...}} in
 * template text is not escaped by JSP, so it may appear only in attributes of JSTL/tag actions
 * (which escape or do not print), or as a choice between two quoted constants.
 * {@code <fmt:message>} does not escape its parameters: with parameters it must store into a
 * variable that the page then prints with {@code <c:out>}. {@code <c:out escapeXml="false">} prints
 * only markup our own views rendered (and escaped), each such place listed in {@link #PRE_RENDERED}.
 */
class EscapingTest {

    private static final Pattern EL = Pattern.compile("[$#]\\{[^}]*}");
    private static final Pattern ESCAPED = Pattern.compile("[$#]\\{fn:escapeXml\\(.*\\)}");
    private static final Pattern CONSTANT_CHOICE = Pattern.compile("\\$\\{[^}]*\\?\\s*'[^']*'\\s*:\\s*'[^']*'\\s*}");
    private static final Pattern ACTION_TAG = Pattern.compile("<(?:c|fmt|t|jsp|fn):[A-Za-z]+\\b[^<>]*$");
    private static final Pattern UNESCAPED_OUT = Pattern.compile("<c:out\\s+value=\"([^\"]*)\"[^>]*escapeXml=\"false\"");
    /** Markup rendered by a view of ours: the review items of the book page (reviewItem.jsp). */
    private static final Set<String> PRE_RENDERED = Set.of("book.jsp: ${reviewItem}");
    private static final Pattern MESSAGE_WITH_PARAMS = Pattern.compile("(?s)<fmt:message((?:(?!/>)[^>])*)>(.*?)</fmt:message>");

    @Test
    void everyValueThatReachesTheHtmlIsEscaped() throws IOException {
        List<String> unescaped = new ArrayList<>();
        for (Path file : pagesAndTags()) {
            unescaped.addAll(unescapedExpressions(file.getFileName().toString(), Files.readString(file, StandardCharsets.UTF_8)));
        }
        assertEquals(List.of(), unescaped);
    }

    @Test
    void theCheckFindsWhatItMust() {
        String page = "<p>${review.body}</p><a href=\"${url}\">x</a><a title=\"#{x}\">y</a>"
                + "<c:out value=\"${fine}\"/><p>${fn:escapeXml(fine)}</p><li class=\"a${b ? ' on' : ''}\">"
                + "<fmt:message key=\"k\"><fmt:param value=\"${name}\"/></fmt:message>"
                + "<fmt:message key=\"k\" var=\"v\"><fmt:param value=\"${name}\"/></fmt:message>"
                + "<c:out value=\"${review.body}\" escapeXml=\"false\"/>";
        assertEquals(List.of("p: ${review.body}", "p: ${url}", "p: #{x}", "p: <c:out escapeXml=\"false\"> of ${review.body}",
                        "p: <fmt:message> with parameters prints them unescaped"),
                unescapedExpressions("p", page));
    }

    static List<String> unescapedExpressions(String name, String source) {
        String s = source.replaceAll("(?s)<%--.*?--%>", "");
        List<String> found = new ArrayList<>();
        Matcher el = EL.matcher(s);
        while (el.find()) {
            String expression = el.group();
            String before = s.substring(Math.max(0, s.lastIndexOf('<', el.start())), el.start());
            boolean inActionAttribute = ACTION_TAG.matcher(before).find();
            if (!inActionAttribute && !ESCAPED.matcher(expression).matches() && !CONSTANT_CHOICE.matcher(expression).matches()) {
                found.add(name + ": " + expression);
            }
        }
        Matcher raw = UNESCAPED_OUT.matcher(s);
        while (raw.find()) {
            if (!PRE_RENDERED.contains(name + ": " + raw.group(1))) {
                found.add(name + ": <c:out escapeXml=\"false\"> of " + raw.group(1));
            }
        }
        Matcher message = MESSAGE_WITH_PARAMS.matcher(s);
        while (message.find()) {
            if (message.group(2).contains("<fmt:param") && !message.group(1).contains("var=")) {
                found.add(name + ": <fmt:message> with parameters prints them unescaped");
            }
        }
        return found;
    }

    private static List<Path> pagesAndTags() throws IOException {
        try (Stream<Path> files = Files.walk(Path.of("src/main/webapp/WEB-INF"))) {
            return files.filter(f -> f.toString().endsWith(".jsp") || f.toString().endsWith(".tag")).toList();
        }
    }
}
