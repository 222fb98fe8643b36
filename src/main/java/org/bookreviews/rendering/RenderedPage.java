package org.bookreviews.rendering;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.ArrayList;
import java.util.Base64;
import java.util.List;

/**
 * A page rendered once and served many times: its HTML as UTF-8 bytes, with holes for what differs
 * per reader (a signed-in reader's part of the navbar, their own review and form). The page was
 * rendered with unguessable marker texts in those places ({@link #newMarker}); serving writes the
 * bytes around them and the reader's parts in their place.
 */
public final class RenderedPage {

    private static final int MAX_BUFFER = 256 * 1024;
    private static final String MARKER_PREFIX = "hole-";
    private static final java.security.SecureRandom RANDOM = new java.security.SecureRandom();

    private final byte[][] parts;
    /** holes[i]: which value goes between parts[i] and parts[i + 1]. */
    private final int[] holes;
    private final int length;
    private final String version;

    private RenderedPage(byte[][] parts, int[] holes, String version) {
        this.parts = parts;
        this.holes = holes;
        int total = 0;
        for (byte[] part : parts) {
            total += part.length;
        }
        this.length = total;
        this.version = version;
    }

    /**
     * Splits rendered HTML at every occurrence of the markers; marker i becomes hole i. One pass
     * over the page: every marker starts with {@value #MARKER_PREFIX}.
     */
    public static RenderedPage of(String html, String... markers) {
        List<byte[]> parts = new ArrayList<>();
        List<Integer> holes = new ArrayList<>();
        int from = 0;
        int at = markers.length == 0 ? -1 : html.indexOf(MARKER_PREFIX);
        while (at >= 0) {
            int hole = markerAt(html, at, markers);
            if (hole < 0) { // the prefix in the page's own text ("whole-hearted")
                at = html.indexOf(MARKER_PREFIX, at + 1);
                continue;
            }
            parts.add(html.substring(from, at).getBytes(StandardCharsets.UTF_8));
            holes.add(hole);
            from = at + markers[hole].length();
            at = html.indexOf(MARKER_PREFIX, from);
        }
        parts.add(html.substring(from).getBytes(StandardCharsets.UTF_8));
        return new RenderedPage(parts.toArray(byte[][]::new), holes.stream().mapToInt(Integer::intValue).toArray(),
                hash(html));
    }

    /** The size a page cache charges for this page. */
    int weight() {
        return length + 64 * parts.length;
    }

    /**
     * Sends the page: 304 when the request's If-None-Match names the version it would get (the
     * same rendering with the same parts filled in), else 200 with the page and the holes filled.
     * Either way revalidated every time; a page with a reader's parts is theirs alone, and no
     * shared cache may hand it to another. Pages differ by the session cookie: {@code Vary: Cookie}.
     */
    public void send(HttpServletRequest request, HttpServletResponse response, Fragment... values) throws IOException {
        response.setHeader("Cache-Control", values.length > 0 ? "private, no-cache" : "no-cache");
        varyOnCookie(response);
        String etag = "W/\"" + version + (values.length > 0 ? "-" + hashOf(values) : "") + "\"";
        response.setHeader("ETag", etag);
        if (PageCache.matches(request.getHeader("If-None-Match"), etag)) {
            response.setStatus(HttpServletResponse.SC_NOT_MODIFIED);
            return;
        }
        response.setContentType("text/html;charset=UTF-8");
        long total = length;
        for (int hole : holes) {
            total += values[hole].utf8().length;
        }
        response.setContentLengthLong(total);
        if ("HEAD".equals(request.getMethod())) {
            return;
        }
        // The whole page in one buffer: written to the socket at once, not in 8 KiB pieces.
        response.setBufferSize((int) Math.min(total, MAX_BUFFER));
        writeTo(response.getOutputStream(), values);
    }

    /** The page with the values in its holes. */
    void writeTo(OutputStream out, Fragment... values) throws IOException {
        for (int i = 0; i < parts.length; i++) {
            out.write(parts[i]);
            if (i < holes.length) {
                out.write(values[holes[i]].utf8());
            }
        }
    }

    /** 8 characters that change when any of the fragments does. */
    private static String hashOf(Fragment... values) {
        if (values.length == 1) {
            return values[0].hash().substring(0, 8);
        }
        StringBuilder hashes = new StringBuilder();
        for (Fragment value : values) {
            hashes.append(value.hash());
        }
        return hash(hashes.toString()).substring(0, 8);
    }

    /**
     * Adds Cookie to the response's Vary, in the one header that holds the others: Tomcat's
     * compression rewrites the first Vary header to add Accept-Encoding and drops any other.
     */
    private static void varyOnCookie(HttpServletResponse response) {
        java.util.Collection<String> vary = response.getHeaders("Vary");
        if (vary.stream().noneMatch(value -> value.toLowerCase(java.util.Locale.ROOT).contains("cookie"))) {
            response.setHeader("Vary", vary.isEmpty() ? "Cookie" : String.join(", ", vary) + ", Cookie");
        }
    }

    private static int markerAt(String html, int at, String[] markers) {
        for (int i = 0; i < markers.length; i++) {
            if (html.startsWith(markers[i], at)) {
                return i;
            }
        }
        return -1;
    }

    /** A text to render in place of a hole: random, so no content of the page can contain it. */
    public static String newMarker() {
        byte[] random = new byte[24];
        RANDOM.nextBytes(random);
        return MARKER_PREFIX + Base64.getUrlEncoder().withoutPadding().encodeToString(random);
    }

    /** 22 characters of SHA-256, for versions. */
    static String hash(String text) {
        return hash(text.getBytes(StandardCharsets.UTF_8));
    }

    /** 22 characters of SHA-256 of UTF-8 bytes: the same as of the text they encode. */
    static String hash(byte[] utf8) {
        try {
            byte[] digest = MessageDigest.getInstance("SHA-256").digest(utf8);
            return Base64.getUrlEncoder().withoutPadding().encodeToString(digest).substring(0, 22);
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("SHA-256 is part of every Java runtime", e);
        }
    }
}
