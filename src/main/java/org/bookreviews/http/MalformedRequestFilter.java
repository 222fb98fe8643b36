package org.bookreviews.http;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpFilter;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.util.Map;

/**
 * Refuses with 400 what no browser sends and servers would otherwise quietly repair: a query
 * string that is not valid percent-encoded UTF-8 (servers drop such parameters and go on), a
 * parameter sent twice (which copy counts is then the server's guess), more parameters than any
 * page here takes. Runs after the size limit, so parsing a form body is bounded.
 */
public class MalformedRequestFilter extends HttpFilter {

    private static final long serialVersionUID = 1L;

    /** The review form has 5 fields, a list page 3 parameters. */
    static final int MAX_PARAMETERS = 50;

    @Override
    protected void doFilter(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
            throws IOException, ServletException {
        if (!isWellFormed(request.getQueryString())) {
            response.sendError(HttpServletResponse.SC_BAD_REQUEST);
            return;
        }
        Map<String, String[]> parameters;
        try {
            parameters = request.getParameterMap();
        } catch (IllegalStateException unparsable) {
            // Tomcat 11 throws for a body with broken %-escapes or over maxParameterCount parameters.
            response.sendError(HttpServletResponse.SC_BAD_REQUEST);
            return;
        }
        if (parameters.size() > MAX_PARAMETERS
                || parameters.values().stream().anyMatch(values -> values.length > 1)) {
            response.sendError(HttpServletResponse.SC_BAD_REQUEST);
            return;
        }
        chain.doFilter(request, response);
    }

    /** True for no query, or one whose %-escapes are complete and decode to valid UTF-8 without control characters. */
    static boolean isWellFormed(String query) {
        if (query == null) {
            return true;
        }
        ByteBuffer bytes = ByteBuffer.allocate(query.length());
        for (int i = 0; i < query.length(); i++) {
            char c = query.charAt(i);
            if (c == '%') {
                if (i + 2 >= query.length()) {
                    return false;
                }
                int high = Character.digit(query.charAt(i + 1), 16);
                int low = Character.digit(query.charAt(i + 2), 16);
                if (high < 0 || low < 0) {
                    return false;
                }
                bytes.put((byte) (high * 16 + low));
                i += 2;
            } else if (c < 0x20 || c > 0x7e) {
                return false; // raw control or non-ASCII characters: not a valid query string
            } else {
                bytes.put((byte) c);
            }
        }
        bytes.flip();
        try {
            String decoded = StandardCharsets.UTF_8.newDecoder()
                    .onMalformedInput(CodingErrorAction.REPORT)
                    .onUnmappableCharacter(CodingErrorAction.REPORT)
                    .decode(bytes).toString();
            return decoded.codePoints().noneMatch(cp -> Character.getType(cp) == Character.CONTROL);
        } catch (CharacterCodingException e) {
            return false;
        }
    }
}
