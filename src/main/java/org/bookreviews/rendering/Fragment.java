package org.bookreviews.rendering;

import java.nio.charset.StandardCharsets;

/**
 * A piece of HTML that fills a hole of a kept page ({@link RenderedPage}), encoded and hashed once
 * so that a kept fragment is served as cheaply as the page around it.
 */
public final class Fragment {

    private final byte[] utf8;
    private final String hash;
    private volatile byte[] piece;

    private Fragment(String html) {
        this.utf8 = html.getBytes(StandardCharsets.UTF_8);
        this.hash = RenderedPage.hash(utf8);
    }

    public static Fragment of(String html) {
        return new Fragment(html);
    }

    byte[] utf8() {
        return utf8;
    }

    /** The fragment compressed, to be sent between a page's compressed parts ({@link GzipPieces}); made once. */
    byte[] piece() {
        byte[] compressed = piece;
        if (compressed == null) {
            compressed = GzipPieces.piece(utf8);
            piece = compressed;
        }
        return compressed;
    }

    /** What the page's ETag takes from this fragment: 22 characters of SHA-256. */
    String hash() {
        return hash;
    }

    /** The size a cache charges for this fragment. */
    int weight() {
        return utf8.length + 64; // not its compressed piece, made later if at all (a third of it)
    }
}
