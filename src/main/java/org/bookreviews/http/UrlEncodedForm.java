package org.bookreviews.http;

import java.io.ByteArrayOutputStream;
import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/**
 * Parses {@code application/x-www-form-urlencoded} text (a query string, a form body) strictly:
 * complete %-escapes, valid UTF-8, no control characters in a query (a form's values may have
 * them: the form's own checks then mark the field, keeping what the reader typed), each name
 * once (but a checkbox group's, in a body), at most {@value #MAX_PARAMETERS} names. Servers parse
 * leniently and differently (they drop broken pairs and pick one copy of a repeated name); what no
 * browser sends is refused instead, the same way on every server.
 */
public final class UrlEncodedForm {

    /** The review form has 5 fields, a list page 3 parameters. */
    static final int MAX_PARAMETERS = 50;

    private UrlEncodedForm() {
    }

    /** The parameters, or (when {@code problem} is not null) what is wrong with them, for the error page. */
    record Result(Map<String, String[]> parameters, Problem problem) {

        boolean isValid() {
            return problem == null;
        }
    }

    /** The query string's parameters. No query: no parameters. */
    static Result parseQuery(String query) {
        return parse(query, false, Set.of(), "invalid.query.");
    }

    /** A form body's parameters; the names in {@code checkboxGroups} may come several times (one per ticked box). */
    static Result parseBody(byte[] body, Set<String> checkboxGroups) {
        for (byte b : body) {
            if (b < 0x20 || b > 0x7e) { // a form body is ASCII: everything else is %-escaped
                return new Result(Map.of(), new Problem("invalid.form.encoding"));
            }
        }
        return parse(new String(body, StandardCharsets.US_ASCII), true, checkboxGroups, "invalid.form.");
    }

    private static Result parse(String encoded, boolean controlsInValues, Set<String> repeatable, String problems) {
        Map<String, String[]> parameters = new LinkedHashMap<>();
        if (encoded == null || encoded.isEmpty()) {
            return new Result(parameters, null);
        }
        for (String pair : encoded.split("&", -1)) {
            if (pair.isEmpty()) {
                continue; // "a=1&&b=2" or a trailing "&": browsers never send it, servers skip it
            }
            int equals = pair.indexOf('=');
            Optional<String> name = decode(equals < 0 ? pair : pair.substring(0, equals), false);
            Optional<String> value = decode(equals < 0 ? "" : pair.substring(equals + 1), controlsInValues);
            if (name.isEmpty() || value.isEmpty()) {
                return new Result(Map.of(), new Problem(problems + "encoding"));
            } else if (parameters.containsKey(name.get()) && repeatable.contains(name.get())) {
                String[] values = parameters.get(name.get());
                String[] more = Arrays.copyOf(values, values.length + 1);
                more[values.length] = value.get();
                parameters.put(name.get(), more);
                continue;
            } else if (parameters.containsKey(name.get())) {
                return new Result(Map.of(), new Problem(problems + "repeated", Problem.quoted(name.get())));
            } else if (parameters.size() == MAX_PARAMETERS) {
                return new Result(Map.of(), new Problem(problems + "tooMany", MAX_PARAMETERS));
            }
            parameters.put(name.get(), new String[] {value.get()});
        }
        return new Result(Collections.unmodifiableMap(parameters), null);
    }

    /** One name or value: '+' is a space, %XX a byte, the bytes UTF-8; empty when any of that fails. */
    private static Optional<String> decode(String text, boolean controlsAllowed) {
        ByteArrayOutputStream bytes = new ByteArrayOutputStream(text.length());
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            if (c == '%') {
                if (i + 2 >= text.length()) {
                    return Optional.empty();
                }
                int high = Character.digit(text.charAt(i + 1), 16);
                int low = Character.digit(text.charAt(i + 2), 16);
                if (high < 0 || low < 0) {
                    return Optional.empty();
                }
                bytes.write(high * 16 + low);
                i += 2;
            } else if (c < 0x20 || c > 0x7e) {
                return Optional.empty(); // raw control or non-ASCII characters are not url-encoded text
            } else {
                bytes.write(c == '+' ? ' ' : c);
            }
        }
        try {
            String decoded = StandardCharsets.UTF_8.newDecoder()
                    .onMalformedInput(CodingErrorAction.REPORT)
                    .onUnmappableCharacter(CodingErrorAction.REPORT)
                    .decode(ByteBuffer.wrap(bytes.toByteArray())).toString();
            boolean clean = controlsAllowed || decoded.codePoints().noneMatch(cp -> Character.getType(cp) == Character.CONTROL);
            return clean ? Optional.of(decoded) : Optional.empty();
        } catch (CharacterCodingException e) {
            return Optional.empty();
        }
    }
}
