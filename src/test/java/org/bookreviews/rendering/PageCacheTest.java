package org.bookreviews.rendering;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.time.Duration;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.Test;

/** The kept items of pages (a review on its book's page): rendered once per everything they show. */
class PageCacheTest {

    private record Shown(long id, String text) implements PageCache.ItemKey {
        @Override
        public int weight() {
            return 64 + text.length();
        }
    }

    private final AtomicInteger renderings = new AtomicInteger();

    private String render(PageCache pages, Shown shown) throws Exception {
        return pages.item(shown, () -> "<p>" + shown.text() + " #" + renderings.incrementAndGet() + "</p>");
    }

    @Test
    void anItemIsRenderedOnceForWhatItShowsAndAgainWhenThatChanges() throws Exception {
        PageCache pages = new PageCache(Duration.ofSeconds(2));
        assertEquals("<p>first #1</p>", render(pages, new Shown(1, "first")));
        assertEquals("<p>first #1</p>", render(pages, new Shown(1, "first")));
        assertEquals("<p>edited #2</p>", render(pages, new Shown(1, "edited")));
        assertEquals("<p>first #3</p>", render(pages, new Shown(2, "first")));
        assertEquals("<p>edited #2</p>", render(pages, new Shown(1, "edited")));
        assertEquals(3, renderings.get());
    }

    @Test
    void withThePageCacheOffEveryItemIsRenderedEachTime() throws Exception {
        PageCache pages = new PageCache(Duration.ZERO);
        render(pages, new Shown(1, "first"));
        assertEquals("<p>first #2</p>", render(pages, new Shown(1, "first")));
    }
}
