package org.bookreviews.rendering;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.util.zip.CRC32;
import java.util.zip.Deflater;

/**
 * One gzip stream (RFC 1952) put together from pieces compressed apart: each piece is raw DEFLATE
 * ended by a sync flush (non-final blocks that end on a byte boundary), so pieces can be laid end
 * to end in any order and closed by an empty final block, the way parallel gzip tools join their
 * chunks. A kept page's fixed parts are compressed once and a reader's parts once each; sending the
 * page compressed then costs a checksum, not a compression.
 */
final class GzipPieces {

    /** Member header: deflate, no flags, no time, no extra flags, unknown OS. */
    private static final byte[] HEADER = {0x1f, (byte) 0x8b, 8, 0, 0, 0, 0, 0, 0, (byte) 0xff};
    /** An empty final block with fixed Huffman codes (what zlib ends a stream with). */
    private static final byte[] LAST_BLOCK = {3, 0};
    private static final int TRAILER = 8;

    private GzipPieces() {
    }

    /** The bytes as a piece: raw DEFLATE, sync-flushed. */
    static byte[] piece(byte[] bytes) {
        Deflater deflater = new Deflater(Deflater.DEFAULT_COMPRESSION, true);
        try {
            deflater.setInput(bytes);
            ByteArrayOutputStream out = new ByteArrayOutputStream(bytes.length / 4 + 64);
            byte[] buffer = new byte[8192];
            int written;
            do { // a full buffer may hold back more (Deflater.deflate's contract for flushes)
                written = deflater.deflate(buffer, 0, buffer.length, Deflater.SYNC_FLUSH);
                out.write(buffer, 0, written);
            } while (written == buffer.length || !deflater.needsInput());
            return out.toByteArray();
        } finally {
            deflater.end();
        }
    }

    /** The length of the stream of these pieces. */
    static long length(byte[]... pieces) {
        long total = HEADER.length + LAST_BLOCK.length + TRAILER;
        for (byte[] piece : pieces) {
            total += piece.length;
        }
        return total;
    }

    /**
     * Writes the stream: header, the pieces in order, the last block, and the trailer, whose CRC-32
     * and length are of {@code original}: the pieces' uncompressed bytes, in the same order.
     */
    static void write(OutputStream out, byte[][] pieces, byte[][] original) throws IOException {
        CRC32 crc = new CRC32();
        long size = 0;
        for (byte[] bytes : original) {
            crc.update(bytes);
            size += bytes.length;
        }
        out.write(HEADER);
        for (byte[] piece : pieces) {
            out.write(piece);
        }
        out.write(LAST_BLOCK);
        byte[] trailer = new byte[TRAILER];
        littleEndian(trailer, 0, crc.getValue());
        littleEndian(trailer, 4, size); // ISIZE: the length modulo 2^32
        out.write(trailer);
    }

    private static void littleEndian(byte[] into, int at, long value) {
        for (int i = 0; i < 4; i++) {
            into[at + i] = (byte) (value >>> (8 * i));
        }
    }
}
