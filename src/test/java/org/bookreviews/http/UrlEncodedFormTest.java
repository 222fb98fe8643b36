package org.bookreviews.http;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class UrlEncodedFormTest {

    @Test
    void decodesWhatBrowsersSend() {
        Map<String, String[]> form = valid(UrlEncodedForm.parseBody(bytes(
                "csrf_token=a-b_c&display_name=Zo%C3%AB+%E6%9D%8E+%F0%9F%9A%80+O%27Brien&body=line+1%0D%0Aline+2%09end&spoiler"), Set.of()));
        assertEquals("Zoë 李 🚀 O'Brien", form.get("display_name")[0]);
        assertEquals("line 1\r\nline 2\tend", form.get("body")[0]);
        assertArrayEquals(new String[] {""}, form.get("spoiler"));
        assertEquals(4, form.size());
    }

    @Test
    void noQueryAndEmptyBodyHaveNoParameters() {
        assertTrue(valid(UrlEncodedForm.parseQuery(null)).isEmpty());
        assertTrue(valid(UrlEncodedForm.parseBody(new byte[0], Set.of())).isEmpty());
        assertEquals(1, valid(UrlEncodedForm.parseQuery("page=2&")).size());
    }

    @ParameterizedTest
    @ValueSource(strings = {"a=%ZZ", "a=%4", "a=%", "a=%C3%28", "%FF=1", "a=é", "a%00=1"})
    void refusesBrokenEncodingSayingSo(String query) {
        assertEquals("invalid.query.encoding", UrlEncodedForm.parseQuery(query).problem().key(), query);
        assertEquals("invalid.form.encoding", UrlEncodedForm.parseBody(bytes(query), Set.of()).problem().key(), query);
    }

    @Test
    void controlCharactersAreRefusedInAQueryButLeftToTheFormsChecksInAForm() {
        assertEquals("invalid.query.encoding", UrlEncodedForm.parseQuery("q=a%00b").problem().key());
        assertEquals("A\u0007", valid(UrlEncodedForm.parseBody(bytes("display_name=A%07"), Set.of())).get("display_name")[0]);
    }

    @Test
    void aRepeatedNameIsNamedInTheProblem() {
        Problem problem = UrlEncodedForm.parseQuery("q=a&page=1&q=b").problem();
        assertEquals("invalid.query.repeated", problem.key());
        assertEquals(List.of("q"), problem.getArguments());
    }

    @Test
    void lineBreaksInFormsNotInQueries() {
        assertFalse(UrlEncodedForm.parseQuery("q=a%0Ab").isValid());
        assertEquals("a\nb", valid(UrlEncodedForm.parseBody(bytes("q=a%0Ab"), Set.of())).get("q")[0]);
        assertFalse(UrlEncodedForm.parseBody(bytes("q=a\nb"), Set.of()).isValid(), "a raw line break is not url-encoded");
    }

    @Test
    void atMostFiftyParameters() {
        StringBuilder fifty = new StringBuilder("p0=x");
        for (int i = 1; i < UrlEncodedForm.MAX_PARAMETERS; i++) {
            fifty.append("&p").append(i).append("=x");
        }
        assertEquals(50, valid(UrlEncodedForm.parseQuery(fifty.toString())).size());
        Problem problem = UrlEncodedForm.parseQuery(fifty + "&one=more").problem();
        assertEquals("invalid.query.tooMany", problem.key());
        assertEquals(List.of(50), problem.getArguments());
    }

    private static Map<String, String[]> valid(UrlEncodedForm.Result result) {
        assertTrue(result.isValid(), () -> "unexpected problem " + result.problem());
        return result.parameters();
    }

    private static byte[] bytes(String text) {
        return text.getBytes(StandardCharsets.UTF_8);
    }

    @Test
    void aCheckboxGroupMayRepeatInABodyButNoOtherNameMay() {
        Map<String, String[]> form = valid(UrlEncodedForm.parseBody(bytes("role=librarian&role=moderator&username=ann"),
                Set.of("role")));
        assertEquals(List.of("librarian", "moderator"), List.of(form.get("role")));
        assertEquals("invalid.form.repeated", UrlEncodedForm.parseBody(bytes("role=a&username=x&username=y"),
                Set.of("role")).problem().key());
        assertEquals("invalid.query.repeated", UrlEncodedForm.parseQuery("role=a&role=b").problem().key(), "never in a query");
    }
}
