package org.bookreviews.book;

import com.twelvemonkeys.imageio.plugins.webp.WebPImageReaderSpi;
import java.awt.Color;
import java.awt.Graphics2D;
import java.awt.RenderingHints;
import java.awt.image.BufferedImage;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.util.Iterator;
import java.util.Optional;
import javax.imageio.IIOImage;
import javax.imageio.ImageIO;
import javax.imageio.ImageReader;
import javax.imageio.ImageWriteParam;
import javax.imageio.ImageWriter;
import javax.imageio.stream.MemoryCacheImageInputStream;
import javax.imageio.stream.MemoryCacheImageOutputStream;
import org.bookreviews.http.Problem;

/**
 * An uploaded cover picture, made safe to serve: its kind is told by its bytes (JPEG, PNG or
 * WebP; never by its name or the type the browser claimed), its size in pixels is read from its
 * header before anything is decoded (a small file that would decode to gigabytes is refused),
 * and it is decoded and written anew as a JPEG of at most {@value #MAX_WIDTH} x
 * {@value #MAX_HEIGHT}: no metadata, no script, nothing of the upload but its pixels.
 */
public final class CoverImage {

    public static final int MAX_BYTES = 2 * 1024 * 1024;
    static final int MAX_WIDTH = 400;
    static final int MAX_HEIGHT = 600;
    /** The most pixels a picture may have to be decoded at all (25 megapixels, ~100 MB decoded). */
    static final long MAX_PIXELS = 25_000_000L;

    static {
        // The JDK's image registry scans the thread's class loader once, when first used: with the
        // system class loader it never holds a class of this application, which an undeploy must
        // be able to unload (the WebP reader is created directly, below).
        Thread thread = Thread.currentThread();
        ClassLoader own = thread.getContextClassLoader();
        thread.setContextClassLoader(ClassLoader.getSystemClassLoader());
        try {
            ImageIO.setUseCache(false);
            ImageIO.getImageReadersByFormatName("png");
            new BufferedImage(1, 1, BufferedImage.TYPE_INT_RGB).createGraphics().dispose();
        } finally {
            thread.setContextClassLoader(own);
        }
    }

    /** Why an upload is no cover. */
    public static final class Refused extends Exception {
        private static final long serialVersionUID = 1L;
        private final transient Problem problem;

        Refused(String key) {
            super(key);
            this.problem = new Problem(key);
        }

        public Problem problem() {
            return problem;
        }
    }

    private CoverImage() {
    }

    /** The upload as a JPEG to store and serve. */
    public static byte[] reencode(byte[] upload) throws Refused {
        ImageReader reader = readerFor(upload).orElseThrow(() -> new Refused("cover.notPicture"));
        try (MemoryCacheImageInputStream input = new MemoryCacheImageInputStream(new ByteArrayInputStream(upload))) {
            reader.setInput(input, true, true);
            long width = reader.getWidth(0);
            long height = reader.getHeight(0);
            if (width < 1 || height < 1 || width * height > MAX_PIXELS) {
                throw new Refused("cover.tooManyPixels");
            }
            BufferedImage picture = reader.read(0);
            return jpeg(scaled(picture));
        } catch (IOException | RuntimeException broken) {
            throw new Refused("cover.notPicture");
        } finally {
            reader.dispose();
        }
    }

    /** JPEG (FF D8 FF), PNG (its 8-byte signature) or WebP (RIFF....WEBP), by the bytes alone. */
    private static Optional<ImageReader> readerFor(byte[] bytes) {
        if (startsWith(bytes, 0, 0xFF, 0xD8, 0xFF)) {
            return first(ImageIO.getImageReadersByFormatName("jpeg"));
        }
        if (startsWith(bytes, 0, 0x89, 'P', 'N', 'G', 0x0D, 0x0A, 0x1A, 0x0A)) {
            return first(ImageIO.getImageReadersByFormatName("png"));
        }
        if (startsWith(bytes, 0, 'R', 'I', 'F', 'F') && startsWith(bytes, 8, 'W', 'E', 'B', 'P')) {
            try {
                return Optional.of(new WebPImageReaderSpi().createReaderInstance());
            } catch (IOException e) {
                return Optional.empty();
            }
        }
        return Optional.empty();
    }

    private static boolean startsWith(byte[] bytes, int offset, int... expected) {
        if (bytes.length < offset + expected.length) {
            return false;
        }
        for (int i = 0; i < expected.length; i++) {
            if ((bytes[offset + i] & 0xff) != expected[i]) {
                return false;
            }
        }
        return true;
    }

    private static Optional<ImageReader> first(Iterator<ImageReader> readers) {
        return readers.hasNext() ? Optional.of(readers.next()) : Optional.empty();
    }

    /** Fitted into the largest cover, on white (a transparent PNG has no black background as JPEG). */
    private static BufferedImage scaled(BufferedImage picture) {
        double scale = Math.min(1.0, Math.min((double) MAX_WIDTH / picture.getWidth(), (double) MAX_HEIGHT / picture.getHeight()));
        int width = Math.max(1, (int) Math.round(picture.getWidth() * scale));
        int height = Math.max(1, (int) Math.round(picture.getHeight() * scale));
        BufferedImage cover = new BufferedImage(width, height, BufferedImage.TYPE_INT_RGB);
        Graphics2D graphics = cover.createGraphics();
        try {
            graphics.setRenderingHint(RenderingHints.KEY_INTERPOLATION, RenderingHints.VALUE_INTERPOLATION_BILINEAR);
            graphics.setColor(Color.WHITE);
            graphics.fillRect(0, 0, width, height);
            graphics.drawImage(picture, 0, 0, width, height, null);
        } finally {
            graphics.dispose();
        }
        return cover;
    }

    private static byte[] jpeg(BufferedImage cover) throws IOException {
        ImageWriter writer = ImageIO.getImageWritersByFormatName("jpeg").next();
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        try (MemoryCacheImageOutputStream output = new MemoryCacheImageOutputStream(bytes)) {
            writer.setOutput(output);
            ImageWriteParam quality = writer.getDefaultWriteParam();
            quality.setCompressionMode(ImageWriteParam.MODE_EXPLICIT);
            quality.setCompressionQuality(0.85f);
            writer.write(null, new IIOImage(cover, null, null), quality);
        } finally {
            writer.dispose();
        }
        return bytes.toByteArray();
    }
}
