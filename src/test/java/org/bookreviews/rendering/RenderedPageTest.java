package org.bookreviews.rendering;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.io.ByteArrayOutputStream;
import java.nio.charset.StandardCharsets;
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
}
