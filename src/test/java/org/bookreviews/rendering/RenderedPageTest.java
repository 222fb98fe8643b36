package org.bookreviews.rendering;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.nio.charset.StandardCharsets;
import java.util.zip.GZIPInputStream;
import org.junit.jupiter.api.Test;

/** A kept page's holes: each marker's places filled with that reader's part, the rest as rendered. */
class RenderedPageTest {

    private static String filled(RenderedPage page, String... values) throws Exception {
        Fragment[] fragments = new Fragment[values.length];
        for (int i = 0; i < values.length; i++) {
            fragments[i] = Fragment.of(values[i]);
        }
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        page.writeTo(out, fragments);
        return out.toString(StandardCharsets.UTF_8);
    }

    @Test
    void everyPlaceOfEveryMarkerIsFilledAndTheRestKeptByteForByte() throws Exception {
        String nav = RenderedPage.newMarker();
        String mine = RenderedPage.newMarker();
        String html = "<nav>" + nav + "</nav><p>A whole-hearted ★ review, Zoë 李 🚀 O'Brien</p><aside>" + mine
                + "</aside><footer>" + nav + "</footer>hole-";
        RenderedPage page = RenderedPage.of(html, nav, mine);
        assertEquals("<nav>Ada</nav><p>A whole-hearted ★ review, Zoë 李 🚀 O'Brien</p><aside><form></form></aside>"
                + "<footer>Ada</footer>hole-", filled(page, "Ada", "<form></form>"));
        assertEquals("<nav>Bo</nav><p>A whole-hearted ★ review, Zoë 李 🚀 O'Brien</p><aside>mine</aside>"
                + "<footer>Bo</footer>hole-", filled(page, "Bo", "mine"));
    }

    @Test
    void aPageWithoutMarkersIsSentAsRendered() throws Exception {
        String html = "<p>whole-grain hole-" + RenderedPage.newMarker() + "</p>";
        assertEquals(html, filled(RenderedPage.of(html)));
    }

    @Test
    void aVisitorsPageIsGzipCompressedOnceAndAReadersPageNever() throws Exception {
        String html = "<p>Zoë 李 🚀 O'Brien</p>".repeat(50);
        RenderedPage page = RenderedPage.of(html);
        int uncompressed = page.weight();
        byte[] gzipped = page.gzipped();
        assertSame(gzipped, page.gzipped(), "compressed once");
        assertEquals(uncompressed + gzipped.length, page.weight(), "a kept page is charged for both");
        try (GZIPInputStream in = new GZIPInputStream(new ByteArrayInputStream(gzipped))) {
            assertEquals(html, new String(in.readAllBytes(), StandardCharsets.UTF_8));
        }
        assertTrue(gzipped.length * 5 < html.getBytes(StandardCharsets.UTF_8).length);
        String nav = RenderedPage.newMarker();
        assertNull(RenderedPage.of("<nav>" + nav + "</nav>", nav).gzipped(), "the holes are filled per reader");
    }

    @Test
    void aReadersPageIsSentGzipCompressedFromPiecesCompressedOnce() throws Exception {
        String nav = RenderedPage.newMarker();
        String mine = RenderedPage.newMarker();
        String text = "<p>A whole-hearted ★ review, Zoë 李 🚀 O'Brien</p>".repeat(40);
        RenderedPage page = RenderedPage.of(nav + text + "<aside>" + mine + "</aside>" + text + "<footer>" + nav, nav, mine);
        int before = page.weight();
        for (String[] values : new String[][] {{"<b>Ada</b>", "<form>Zoë</form>"}, {"", "mine"}}) {
            Fragment[] fragments = {Fragment.of(values[0]), Fragment.of(values[1])};
            ByteArrayOutputStream zipped = new ByteArrayOutputStream();
            page.writeGzipTo(zipped, page.piecesWith(fragments), fragments);
            String unzipped;
            try (GZIPInputStream in = new GZIPInputStream(new ByteArrayInputStream(zipped.toByteArray()))) {
                unzipped = new String(in.readAllBytes(), StandardCharsets.UTF_8);
            }
            assertEquals(filled(page, values), unzipped, "the same page as sent plain");
            assertTrue(zipped.size() * 5 < unzipped.getBytes(StandardCharsets.UTF_8).length, zipped.size() + " bytes");
            assertSame(fragments[1].piece(), fragments[1].piece(), "a reader's part compressed once");
        }
        assertTrue(page.weight() > before, "the kept page is charged for its compressed parts once made");
    }

    @Test
    void gzipIsSentToThoseWhoAcceptIt() {
        assertTrue(RenderedPage.acceptsGzip("gzip, deflate, br, zstd"));
        assertTrue(RenderedPage.acceptsGzip("br;q=1.0, GZIP;q=0.8"));
        assertTrue(RenderedPage.acceptsGzip("*"));
        assertFalse(RenderedPage.acceptsGzip(null));
        assertFalse(RenderedPage.acceptsGzip(""));
        assertFalse(RenderedPage.acceptsGzip("identity"));
        assertFalse(RenderedPage.acceptsGzip("br, deflate"));
        assertFalse(RenderedPage.acceptsGzip("gzip;q=0"));
        assertFalse(RenderedPage.acceptsGzip("*, gzip; q=0.000"));
        assertFalse(RenderedPage.acceptsGzip("*;q=0"));
    }
}
