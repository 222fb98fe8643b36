package org.bookreviews.rendering;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertSame;

import java.lang.ref.WeakReference;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.Test;

/**
 * The kept pages, dropped when a review makes them stale; and the kept items of pages (a review on
 * its book's page), rendered once per everything they show.
 */
class PageCacheTest {

    private record Shown(long id, String text) implements PageCache.ItemKey {
        @Override
        public int weight() {
            return 64 + text.length();
        }
    }

    private final AtomicInteger renderings = new AtomicInteger();
    /** The pages the test asked for, held so that a page rendered once stays until asked again. */
    private final List<RenderedPage> asked = new ArrayList<>();

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
    void aReviewDropsItsBooksPagesAndTheCataloguesAtOnceAndKeepsOtherBooksPages() throws Exception {
        PageCache pages = new PageCache(Duration.ofMinutes(1));
        PageCache.Key bookOne = new PageCache.Key(1, 0, "en|visitor|newest|1");
        PageCache.Key bookTwo = new PageCache.Key(2, 0, "en|visitor|newest|1");
        PageCache.Key catalogue = new PageCache.Key(0, 0, "en|visitor|title|1");
        for (PageCache.Key key : new PageCache.Key[] {bookOne, bookTwo, catalogue}) {
            page(pages, key);
        }
        assertEquals(3, renderings.get());

        pages.bookChanged(1);
        page(pages, bookTwo);
        assertEquals(3, renderings.get(), "another book's page is still kept");
        // Nobody asks for a stale key (the generation moved on); if it were still kept, this would not render.
        page(pages, bookOne);
        page(pages, catalogue);
        assertEquals(5, renderings.get(), "the book's and the catalogue's stale pages were dropped");
    }

    @Test
    void aReadersOwnPartMovesOnWithTheirReviewsNotWithOtherReadersReviewsOfTheBook() {
        PageCache pages = new PageCache(Duration.ofMinutes(1));
        long mine = pages.readerGeneration(7);
        pages.reviewChanged(1, 8);
        assertEquals(mine, pages.readerGeneration(7), "another reader wrote a review of the book");
        pages.reviewChanged(1, 7);
        long afterMyReview = pages.readerGeneration(7);
        assertNotEquals(mine, afterMyReview, "they wrote, changed or deleted one of theirs");
        pages.everythingChanged();
        assertNotEquals(afterMyReview, pages.readerGeneration(7), "a review hidden or restored, a name changed");
    }

    private RenderedPage page(PageCache pages, PageCache.Key key) throws Exception {
        RenderedPage page = pages.get(key, () -> RenderedPage.of("<p>page " + renderings.incrementAndGet() + "</p>"))
                .orElseThrow();
        asked.add(page);
        return page;
    }

    @Test
    void aPageIsKeptOnceAskedForTwiceAndUntilThenOnlyHeldWeakly() throws Exception {
        PageCache pages = new PageCache(Duration.ofMinutes(1));
        PageCache.Key key = new PageCache.Key(1, 0, "en|visitor|newest|1");
        RenderedPage first = page(pages, key);
        assertSame(first, page(pages, key), "asked again while still held: kept, not rendered again");
        assertEquals(1, renderings.get());

        PageCache.Key other = new PageCache.Key(2, 0, "en|visitor|newest|1");
        WeakReference<RenderedPage> renderedOnce = new WeakReference<>(page(pages, other));
        asked.clear();
        collect(renderedOnce);
        assertNull(renderedOnce.get(), "a page rendered once is not held by the cache");
        page(pages, other);
        assertEquals(3, renderings.get(), "collected, so rendered again on the second request");
        WeakReference<RenderedPage> keptNow = new WeakReference<>(page(pages, other));
        asked.clear();
        collect(new WeakReference<>(new Object()));
        assertEquals(3, renderings.get());
        assertSame(keptNow.get(), page(pages, other), "asked for twice: kept");
        assertEquals(3, renderings.get());
    }

    /** Runs the collector until the reference is cleared (or gives up: the assertion after it then fails). */
    private static void collect(WeakReference<?> reference) throws InterruptedException {
        for (int i = 0; i < 50 && reference.get() != null; i++) {
            System.gc();
            Thread.sleep(10);
        }
    }

    @Test
    void withThePageCacheOffEveryItemIsRenderedEachTime() throws Exception {
        PageCache pages = new PageCache(Duration.ZERO);
        render(pages, new Shown(1, "first"));
        assertEquals("<p>first #2</p>", render(pages, new Shown(1, "first")));
    }
}
