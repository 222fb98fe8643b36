package org.bookreviews.http;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.charset.StandardCharsets;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class UrlEncodedFormTest {

    @Test
    void decodesWhatBrowsersSend() {
        Map<String, String[]> form = UrlEncodedForm.parseBody(bytes(
                "csrf_token=a-b_c&display_name=Zo%C3%AB+%E6%9D%8E+%F0%9F%9A%80+O%27Brien&body=line+1%0D%0Aline+2%09end&spoiler"))
                .orElseThrow();
        assertEquals("Zoë 李 🚀 O'Brien", form.get("display_name")[0]);
        assertEquals("line 1\r\nline 2\tend", form.get("body")[0]);
        assertArrayEquals(new String[] {""}, form.get("spoiler"));
        assertEquals(4, form.size());
    }

    @Test
    void noQueryAndEmptyBodyHaveNoParameters() {
        assertTrue(UrlEncodedForm.parseQuery(null).orElseThrow().isEmpty());
        assertTrue(UrlEncodedForm.parseBody(new byte[0]).orElseThrow().isEmpty());
        assertEquals(1, UrlEncodedForm.parseQuery("page=2&").orElseThrow().size());
    }

    @ParameterizedTest
    @ValueSource(strings = {"a=%ZZ", "a=%4", "a=%", "a=1&a=2", "a=%C3%28", "a=%00", "a=b%07", "%FF=1", "a=é"})
    void refusesWhatNoBrowserSends(String query) {
        assertTrue(UrlEncodedForm.parseQuery(query).isEmpty(), query);
        assertTrue(UrlEncodedForm.parseBody(bytes(query)).isEmpty(), query);
    }

    @Test
    void lineBreaksOnlyInBodies() {
        assertTrue(UrlEncodedForm.parseQuery("q=a%0Ab").isEmpty());
        assertEquals("a\nb", UrlEncodedForm.parseBody(bytes("q=a%0Ab")).orElseThrow().get("q")[0]);
        assertTrue(UrlEncodedForm.parseBody(bytes("q=a\nb")).isEmpty(), "a raw line break is not url-encoded");
    }

    @Test
    void atMostFiftyParameters() {
        StringBuilder fifty = new StringBuilder("p0=x");
        for (int i = 1; i < UrlEncodedForm.MAX_PARAMETERS; i++) {
            fifty.append("&p").append(i).append("=x");
        }
        assertEquals(50, UrlEncodedForm.parseQuery(fifty.toString()).orElseThrow().size());
        assertTrue(UrlEncodedForm.parseQuery(fifty + "&one=more").isEmpty());
    }

    private static byte[] bytes(String text) {
        return text.getBytes(StandardCharsets.UTF_8);
    }
}
