package org.bookreviews.rendering;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.nio.charset.StandardCharsets;
import java.util.Random;
import java.util.zip.GZIPInputStream;
import org.junit.jupiter.api.Test;

/** Pieces compressed apart make one gzip stream that any gzip reader takes whole. */
class GzipPiecesTest {

    @Test
    void piecesCompressedApartAreOneStreamOfTheirBytesInOrder() throws Exception {
        byte[] noise = new byte[70_000]; // incompressible and longer than the window and the buffer
        new Random(7).nextBytes(noise);
        byte[][] original = {
                "<html>Zoë 李 🚀 O'Brien ".repeat(500).getBytes(StandardCharsets.UTF_8), new byte[0], noise,
                "</html>\n".getBytes(StandardCharsets.UTF_8)};
        byte[][] pieces = new byte[original.length][];
        ByteArrayOutputStream expected = new ByteArrayOutputStream();
        for (int i = 0; i < original.length; i++) {
            pieces[i] = GzipPieces.piece(original[i]);
            expected.write(original[i]);
        }
        ByteArrayOutputStream zipped = new ByteArrayOutputStream();
        GzipPieces.write(zipped, pieces, original);
        assertEquals(GzipPieces.length(pieces), zipped.size());
        try (GZIPInputStream in = new GZIPInputStream(new ByteArrayInputStream(zipped.toByteArray()))) {
            assertArrayEquals(expected.toByteArray(), in.readAllBytes()); // and the trailer's CRC and length checked
        }
    }
}
