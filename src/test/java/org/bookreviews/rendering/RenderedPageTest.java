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
