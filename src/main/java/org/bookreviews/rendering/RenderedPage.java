package org.bookreviews.rendering;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Base64;
import java.util.List;
import java.util.function.Function;
import java.util.zip.GZIPOutputStream;

/**
 * A page rendered once and served many times: its HTML as UTF-8 bytes, with holes for what differs
 * per reader (a signed-in reader's part of the navbar, their own review and form). The page was
 * rendered with unguessable marker texts in those places ({@link #newMarker}); serving writes the
 * bytes around them and the reader's parts in their place.
 */
public final class RenderedPage {

    private static final int MAX_BUFFER = 256 * 1024;
    private static final String MARKER_PREFIX = "hole-";
    private static final byte[] PREFIX = MARKER_PREFIX.getBytes(StandardCharsets.US_ASCII);
    private static final java.security.SecureRandom RANDOM = new java.security.SecureRandom();

    private final byte[][] parts;
    /** holes[i]: which value goes between parts[i] and parts[i + 1]. */
    private final int[] holes;
    private final int length;
    private final String version;
    /**
     * The page gzip-compressed, for a page without holes (a visitor's, not signed in): compressed
     * once instead of by the connector for every browser that asks (which took a kept page from
     * ~34,000 to ~10,000 responses a second). Made on first use ({@link #gzipped}); a page cache
     * asks before it keeps the page, so its weight counts it. Never made for a page with holes.
     */
    private volatile byte[] gzipped;
    /**
     * For a page with holes: its parts compressed apart ({@link GzipPieces}), to be sent
     * compressed between its reader's parts (each compressed once too, {@link Fragment#piece}).
     * Made when a browser first asks for the page: unlike {@link #gzipped}, not before the page
     * is kept (the readers who write may never ask), so its weight leaves them out (a fifth of the
     * page's).
     */
    private volatile byte[][] pieces;

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
     * over the page's UTF-8 bytes: every marker starts with {@value #MARKER_PREFIX}, and markers
     * are ASCII, whose bytes never occur inside another character's UTF-8 encoding. (Searching the
     * String instead cost 10 % of the write flow's CPU: a page with stars is UTF-16, and its
     * search for a Latin-1 text ran in the JDK's unintrinsified fallback.)
     */
    public static RenderedPage of(String html, String... markers) {
        return of(html.getBytes(StandardCharsets.UTF_8), markers);
    }

    /** The same, of the page's UTF-8 bytes (which it keeps: the caller must not change them). */
    public static RenderedPage of(byte[] page, String... markers) {
        byte[][] markerBytes = new byte[markers.length][];
        for (int i = 0; i < markers.length; i++) {
            markerBytes[i] = markers[i].getBytes(StandardCharsets.US_ASCII);
        }
        List<byte[]> parts = new ArrayList<>();
        List<Integer> holes = new ArrayList<>();
        int from = 0;
        int at = markers.length == 0 ? -1 : indexOfPrefix(page, 0);
        while (at >= 0) {
            int hole = markerAt(page, at, markerBytes);
            if (hole < 0) { // the prefix in the page's own text ("whole-hearted")
                at = indexOfPrefix(page, at + 1);
                continue;
            }
            parts.add(Arrays.copyOfRange(page, from, at));
            holes.add(hole);
            from = at + markerBytes[hole].length;
            at = indexOfPrefix(page, from);
        }
        parts.add(from == 0 ? page : Arrays.copyOfRange(page, from, page.length));
        return new RenderedPage(parts.toArray(byte[][]::new), holes.stream().mapToInt(Integer::intValue).toArray(),
                hash(page));
    }

    private static int indexOfPrefix(byte[] page, int from) {
        byte first = PREFIX[0];
        for (int i = from, last = page.length - PREFIX.length; i <= last; i++) {
            if (page[i] == first && Arrays.equals(page, i, i + PREFIX.length, PREFIX, 0, PREFIX.length)) {
                return i;
            }
        }
        return -1;
    }

    /** The size a page cache charges for this page. */
    int weight() {
        byte[] zipped = gzipped;
        byte[][] compressed = pieces;
        int weight = length + (zipped == null ? 0 : zipped.length) + 64 * parts.length;
        for (int i = 0; compressed != null && i < compressed.length; i++) {
            weight += compressed[i].length;
        }
        return weight;
    }

    /**
     * Sends the page: 304 when the request's If-None-Match names the version it would get (the
     * same rendering with the same parts filled in, in the same encoding), else 200 with the page
     * and the holes filled. Either way revalidated every time; a page with a reader's parts is
     * theirs alone, and no shared cache may hand it to another. Pages differ by the session cookie:
     * {@code Vary: Cookie}.
     *
     * <p>The application compresses its pages itself (a browser gets gzip; the fixed parts were
     * compressed once, see {@link #compressed}) and never lets the connector re-encode them: each
     * encoding of each filling has its own strong validator, and a strong ETag is also what tells
     * Tomcat's compression to leave a response alone before it parses and rewrites its Vary header
     * (4-7 % of the CPU of sending a kept page).
     */
    public void send(HttpServletRequest request, HttpServletResponse response, Fragment... values) throws IOException {
        response.setHeader("Cache-Control", values.length > 0 ? "private, no-cache" : "no-cache");
        vary(response, List.of("Cookie", "Accept-Encoding"));
        boolean zip = acceptsGzip(request.getHeader("Accept-Encoding"));
        String etag = "\"" + version + (values.length > 0 ? "-" + hashOf(values) : "") + (zip ? "-gzip" : "") + "\"";
        response.setHeader("ETag", etag);
        if (PageCache.matches(request.getHeader("If-None-Match"), etag)) {
            response.setStatus(HttpServletResponse.SC_NOT_MODIFIED);
            return;
        }
        response.setContentType("text/html;charset=UTF-8");
        // Not compressed before a 304: with the page cache off nothing compressed it yet.
        byte[] zipped = zip && holes.length == 0 ? gzipped() : null;
        byte[][] pieces = zip && holes.length > 0 ? piecesWith(values) : null; // for the length
        if (zip) {
            response.setHeader("Content-Encoding", "gzip"); // the connector then leaves it as it is
        }
        long total = zipped != null ? zipped.length : pieces != null ? GzipPieces.length(pieces) : lengthWith(values);
        response.setContentLengthLong(total);
        if ("HEAD".equals(request.getMethod())) {
            return;
        }
        // The whole page in one buffer: written to the socket at once, not in 8 KiB pieces.
        response.setBufferSize((int) Math.min(total, MAX_BUFFER));
        if (zipped != null) {
            response.getOutputStream().write(zipped);
        } else if (pieces != null) {
            writeGzipTo(response.getOutputStream(), pieces, values);
        } else {
            writeTo(response.getOutputStream(), values);
        }
    }

    /**
     * The page with the values in its holes, gzip-compressed from its compressed pieces (a page
     * with holes); {@code pieces} are {@link #piecesWith} these values, made once for the length too.
     */
    void writeGzipTo(OutputStream out, byte[][] pieces, Fragment... values) throws IOException {
        GzipPieces.write(out, pieces, inOrder(parts, Fragment::utf8, values));
    }

    /** The page's parts and the values in its holes, each compressed apart, in the order they are sent. */
    byte[][] piecesWith(Fragment... values) {
        return inOrder(compressed(), Fragment::piece, values);
    }

    /** The parts given (the page's, or its compressed ones) with the values' bytes for its holes between them. */
    private byte[][] inOrder(byte[][] partBytes, Function<Fragment, byte[]> valueBytes, Fragment... values) {
        byte[][] all = new byte[partBytes.length + holes.length][];
        for (int i = 0, at = 0; i < partBytes.length; i++) {
            all[at++] = partBytes[i];
            if (i < holes.length) {
                all[at++] = valueBytes.apply(values[holes[i]]);
            }
        }
        return all;
    }

    private long lengthWith(Fragment... values) {
        long total = length;
        for (int hole : holes) {
            total += values[hole].utf8().length;
        }
        return total;
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

    /** 8 characters of each fragment's hash: they change when any of the fragments does. */
    private static String hashOf(Fragment... values) {
        if (values.length == 1) {
            return values[0].hash().substring(0, 8);
        }
        StringBuilder hashes = new StringBuilder(8 * values.length);
        for (Fragment value : values) {
            hashes.append(value.hash(), 0, 8);
        }
        return hashes.toString();
    }

    /**
     * Adds the fields to the response's Vary, in the one header that holds the others: Tomcat's
     * compression rewrites the first Vary header to add Accept-Encoding and drops any other.
     */
    private static void vary(HttpServletResponse response, List<String> fields) {
        List<String> vary = new ArrayList<>(response.getHeaders("Vary"));
        String all = String.join(", ", vary).toLowerCase(java.util.Locale.ROOT);
        for (String field : fields) {
            if (!all.contains(field.toLowerCase(java.util.Locale.ROOT))) {
                vary.add(field);
            }
        }
        response.setHeader("Vary", String.join(", ", vary));
    }

    /** Whether an Accept-Encoding header takes gzip: named (or "*") without q=0. */
    static boolean acceptsGzip(String acceptEncoding) {
        if (acceptEncoding == null) {
            return false;
        }
        boolean any = false;
        for (String coding : acceptEncoding.split(",")) {
            String[] parameters = coding.split(";");
            String name = parameters[0].strip().toLowerCase(java.util.Locale.ROOT);
            boolean refused = false;
            for (int i = 1; i < parameters.length; i++) {
                String parameter = parameters[i].strip().toLowerCase(java.util.Locale.ROOT);
                refused |= parameter.matches("q\\s*=\\s*0(\\.0{0,3})?");
            }
            if (name.equals("gzip") || name.equals("x-gzip")) {
                return !refused;
            }
            any |= name.equals("*") && !refused;
        }
        return any;
    }

    private static byte[] gzip(byte[] page) {
        ByteArrayOutputStream zipped = new ByteArrayOutputStream(page.length / 4);
        try (GZIPOutputStream out = new GZIPOutputStream(zipped)) {
            out.write(page);
        } catch (IOException e) {
            throw new UncheckedIOException("compressing in memory", e);
        }
        return zipped.toByteArray();
    }

    private byte[][] compressed() {
        byte[][] compressed = pieces;
        if (compressed == null) { // as in gzipped: two may do it at once, for the same bytes
            compressed = new byte[parts.length][];
            for (int i = 0; i < parts.length; i++) {
                compressed[i] = GzipPieces.piece(parts[i]);
            }
            pieces = compressed;
        }
        return compressed;
    }

    /**
     * The page as sent gzip-compressed; null for a page with holes. Two requests may both compress
     * a new page at once: the same bytes, and cheaper than a lock on every later request.
     */
    byte[] gzipped() {
        byte[] zipped = gzipped;
        if (zipped == null && holes.length == 0) {
            zipped = gzip(parts[0]);
            gzipped = zipped;
        }
        return zipped;
    }

    private static int markerAt(byte[] page, int at, byte[][] markers) {
        for (int i = 0; i < markers.length; i++) {
            byte[] marker = markers[i];
            if (at + marker.length <= page.length && Arrays.equals(page, at, at + marker.length, marker, 0, marker.length)) {
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
