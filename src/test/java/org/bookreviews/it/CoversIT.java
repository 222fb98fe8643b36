package org.bookreviews.it;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.awt.image.BufferedImage;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.net.http.HttpRequest;
import java.nio.ByteBuffer;
import java.nio.charset.StandardCharsets;
import java.util.Base64;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.zip.CRC32;
import javax.imageio.ImageIO;
import org.junit.jupiter.api.Test;

/**
 * Covers without the internet: every book has a generated SVG cover (escaped, cacheable, inert
 * when opened alone); a librarian uploads a picture, which is checked by its bytes and re-encoded;
 * lying names and types, SVG with script and a PNG that would decode to gigabytes are refused.
 */
class CoversIT extends DeployedSite {

    /** A 1 x 1 WebP (lossless), as a browser would upload one. */
    private static final byte[] WEBP = Base64.getDecoder().decode("UklGRhoAAABXRUJQVlA4TA0AAAAvAAAAEAcQERGIiP4HAA==");

    @Test
    void everyBookHasAGeneratedCoverWithItsTitleAsTextAndAnEntityTag() {
        String title = "<script>alert('c')</script> & \"Zoë 李\" " + Rows.uniqueIsbn();
        long bookId = Rows.insertBook(title, "O'Brien <b>", Rows.uniqueValidIsbn13(), 2020, "");
        Site.Page cover = site.get("/covers/" + bookId);
        assertEquals(200, cover.status());
        assertEquals("image/svg+xml", cover.header("Content-Type").split(";")[0]);
        assertTrue(cover.header("Content-Security-Policy").contains("sandbox"), cover.header("Content-Security-Policy"));
        assertFalse(cover.body().contains("<script"), "the title is text: " + cover.body());
        assertTrue(cover.body().contains("&lt;script&gt;alert('c')&lt;/script&gt;"), cover.body());
        assertTrue(cover.body().contains("O'Brien &lt;b&gt;"));
        String etag = cover.header("ETag");
        assertEquals(304, site.send(HttpRequest.newBuilder(site.uri("/covers/" + bookId)).header("If-None-Match", etag).GET())
                .status());
        String pageCover = site.get("/books/" + bookId).html().selectFirst("img.cover").attr("src");
        assertTrue(pageCover.startsWith(site.contextPath() + "/covers/" + bookId + "?v=0."), pageCover);
        assertEquals("public, max-age=31536000, immutable", site.get(pageCover).header("Cache-Control"));
        assertEquals(404, site.get("/covers/987654321").status());
        assertEquals(404, site.get("/covers/abc").status());
    }

    @Test
    void aLibrariansPictureIsReencodedAndRefusalsChangeNothing() throws Exception {
        long bookId = Rows.insertBook("Covered " + Rows.uniqueIsbn(), "C", Rows.uniqueValidIsbn13(), 2020, "");
        Site librarian = newBrowser();
        String username = librarian.signUp("Cover Librarian");
        assertEquals(303, RunningTheSiteIT.grant(RunningTheSiteIT.signedInAsAdmin(newBrowser()), username, "librarian").status());

        Map<String, Integer> refused = new LinkedHashMap<>();
        refused.put("HTML named cover.png", upload(librarian, bookId, "cover.png", "image/png",
                "<html><script>alert(1)</script></html>".getBytes(StandardCharsets.UTF_8)).status());
        refused.put("SVG with a script", upload(librarian, bookId, "cover.svg", "image/svg+xml",
                "<svg xmlns=\"http://www.w3.org/2000/svg\"><script>alert(1)</script></svg>".getBytes(StandardCharsets.UTF_8))
                .status());
        refused.put("GIF", upload(librarian, bookId, "cover.gif", "image/gif", png(2, 2, "gif")).status());
        refused.put("PNG of 30000 x 30000", upload(librarian, bookId, "bomb.png", "image/png", pngHeaderOnly(30_000, 30_000))
                .status());
        refused.put("truncated JPEG", upload(librarian, bookId, "cut.jpg", "image/jpeg",
                java.util.Arrays.copyOf(png(50, 50, "jpeg"), 40)).status());
        refused.put("over 2 MB", upload(librarian, bookId, "big.jpg", "image/jpeg", new byte[2 * 1024 * 1024 + 1]).status());
        refused.put("a reader", upload(withRole(), bookId, "cover.png", "image/png", png(10, 10, "png")).status());
        assertEquals(Map.of("HTML named cover.png", 400, "SVG with a script", 400, "GIF", 400, "PNG of 30000 x 30000", 400,
                "truncated JPEG", 400, "over 2 MB", 413, "a reader", 403), refused);
        assertEquals(0L, Rows.count("SELECT COUNT(*) FROM book_cover WHERE book_id = ?", bookId), "nothing stored");
        assertEquals("image/svg+xml", site.get("/covers/" + bookId).header("Content-Type").split(";")[0]);

        Site.Page uploaded = upload(librarian, bookId, "photo.png", "image/png", png(800, 1200, "png"));
        assertEquals(303, uploaded.status(), uploaded.body());
        assertEquals(site.contextPath() + "/books/" + bookId, uploaded.header("Location"));
        Site.Page cover = site.get("/covers/" + bookId);
        // Payara adds the response encoding (charset=UTF-8) to every type; the media type is what counts.
        assertEquals("image/jpeg", cover.header("Content-Type").split(";")[0]);
        byte[] jpeg = bytes(site, "/covers/" + bookId);
        assertEquals(List.of(0xFF, 0xD8, 0xFF), List.of(jpeg[0] & 0xff, jpeg[1] & 0xff, jpeg[2] & 0xff), "a JPEG, whatever was sent");
        BufferedImage served = ImageIO.read(new ByteArrayInputStream(jpeg));
        assertEquals(400, served.getWidth(), "scaled to fit 400 x 600");
        assertEquals(600, served.getHeight());
        assertTrue(site.get("/books/" + bookId).html().selectFirst("img.cover").attr("src").contains("?v=1."),
                "the book page links to the new picture");

        assertEquals(303, upload(librarian, bookId, "tiny.webp", "image/webp", WEBP).status(), "WebP is read too");
        assertEquals(1, ImageIO.read(new ByteArrayInputStream(bytes(site, "/covers/" + bookId))).getWidth());
        assertEquals(2L, Rows.count("SELECT COUNT(*) FROM audit_event WHERE action = 'cover.changed' AND subject LIKE ?",
                "book " + bookId + " %"));
    }

    private Site withRole() {
        Site reader = newBrowser();
        reader.signUp("Cover Reader");
        return reader;
    }

    private static Site.Page upload(Site browser, long bookId, String name, String type, byte[] content) {
        String token = browser.get("/").csrfToken();
        return browser.postFile("/covers/" + bookId, Map.of("csrf_token", token), "cover", name, type, content);
    }

    private static byte[] bytes(Site site, String path) throws Exception {
        return java.net.http.HttpClient.newHttpClient().send(HttpRequest.newBuilder(site.uri(path)).GET().build(),
                java.net.http.HttpResponse.BodyHandlers.ofByteArray()).body();
    }

    /** A picture of the given size, written by the JDK in the given format. */
    private static byte[] png(int width, int height, String format) throws java.io.IOException {
        BufferedImage image = new BufferedImage(width, height, BufferedImage.TYPE_INT_RGB);
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        ImageIO.write(image, format, out);
        return out.toByteArray();
    }

    /** A PNG that says it is width x height (1 bit grey) and is cut after its header: decoded it would take gigabytes. */
    private static byte[] pngHeaderOnly(int width, int height) {
        ByteBuffer header = ByteBuffer.allocate(13).putInt(width).putInt(height).put((byte) 1).put((byte) 0)
                .put((byte) 0).put((byte) 0).put((byte) 0);
        ByteArrayOutputStream png = new ByteArrayOutputStream();
        png.writeBytes(new byte[] {(byte) 0x89, 'P', 'N', 'G', 13, 10, 26, 10});
        chunk(png, "IHDR", header.array());
        chunk(png, "IDAT", new byte[] {0x78, (byte) 0x9c, 0x63, 0, 0, 0, 1, 0, 1});
        chunk(png, "IEND", new byte[0]);
        return png.toByteArray();
    }

    private static void chunk(ByteArrayOutputStream png, String type, byte[] data) {
        png.writeBytes(ByteBuffer.allocate(4).putInt(data.length).array());
        byte[] typeBytes = type.getBytes(StandardCharsets.US_ASCII);
        png.writeBytes(typeBytes);
        png.writeBytes(data);
        CRC32 crc = new CRC32();
        crc.update(typeBytes);
        crc.update(data);
        png.writeBytes(ByteBuffer.allocate(4).putInt((int) crc.getValue()).array());
    }
}
