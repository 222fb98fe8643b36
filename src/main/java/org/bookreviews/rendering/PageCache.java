package org.bookreviews.rendering;

import com.github.benmanes.caffeine.cache.AsyncCache;
import com.github.benmanes.caffeine.cache.Cache;
import com.github.benmanes.caffeine.cache.Caffeine;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import jakarta.servlet.http.HttpServletResponseWrapper;
import java.io.ByteArrayOutputStream;
import java.io.CharArrayWriter;
import java.io.IOException;
import java.io.OutputStreamWriter;
import java.io.PrintWriter;
import java.lang.ref.WeakReference;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionException;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.AtomicLong;
import org.bookreviews.security.SignedInReader;

/**
 * The book and catalogue pages as rendered, kept for a few seconds and shared by all readers (the
 * per-reader values are holes, see {@link RenderedPage}). Rendering a page costs far more than
 * sending it, and a popular page is asked for many times a second.
 *
 * <p>A review written through this server makes its book's pages and every catalogue page stale
 * at once (a generation number in the key moves on after the commit), so a reader always sees
 * the review they just wrote. What changes the database by other ways (another server on the
 * same database, SQL by hand) shows after at most the time to live. Also bounded by bytes.
 *
 * <p>A page is kept once a second reader asks for it: the first rendering of a key is only held
 * weakly ({@link #get}), so a page a write makes stale before anyone else reads it (a book its
 * readers write about many times a second) dies young, in the collection after it, instead of
 * living long enough to be copied into the old generation and there making full collections.
 *
 * <p>A signed-in reader's parts of those pages (the holes: their navbar part, their own review of
 * a book) are kept too, one of each per reader, with what they were rendered for ({@link
 * #readerPart}): a reader who reads page after page costs no rendering and no database read for
 * them either.
 */
public final class PageCache {

    private static final long MAX_BYTES = 8L << 20;
    /** The scope of catalogue pages' keys (a book page's is its book's id). */
    private static final long CATALOGUE = 0;
    private static final long MAX_READER_PART_BYTES = 4L << 20;
    private static final long MAX_ITEM_BYTES = 4L << 20;
    /** Items are never stale (their key holds what they show), only unused. */
    private static final Duration ITEM_IDLE = Duration.ofMinutes(10);
    /**
     * First buffer sizes of a rendering (buffers grow as needed): a book page is ~28,000 bytes, a
     * review item or a reader's part 500-3,000 characters. A page-sized buffer for each review item
     * was a third of the garbage a re-rendered book page made.
     */
    private static final int PAGE_BYTES = 32 * 1024;
    private static final int PART_CHARS = 2 * 1024;
    /** Keys rendered once and not yet asked for again, at most (each entry ~200 bytes). */
    private static final long MAX_FIRST_RENDERINGS = 10_000;

    private final AsyncCache<Key, RenderedPage> pages;
    /** Pages rendered once since their key was new, held weakly: see {@link #get}. */
    private final Cache<Key, WeakReference<RenderedPage>> firstRenderings;
    private final Cache<PartKey, KeptPart> readerParts;
    private final Cache<ItemKey, String> items;
    private final ConcurrentHashMap<Long, Long> bookGenerations = new ConcurrentHashMap<>();
    /** Moves on when a reader's own review of any book changes (their part of its page). */
    private final ConcurrentHashMap<Long, Long> readerGenerations = new ConcurrentHashMap<>();
    private final AtomicLong catalogueGeneration = new AtomicLong();
    private final AtomicLong everything = new AtomicLong();

    public PageCache(Duration timeToLive) {
        this.pages = timeToLive.isZero() ? null : Caffeine.newBuilder()
                .expireAfterWrite(timeToLive)
                .maximumWeight(MAX_BYTES)
                .<Key, RenderedPage>weigher((key, page) -> page.weight())
                .executor(Runnable::run) // no background threads of its own: nothing outlives an undeploy
                .buildAsync();
        this.firstRenderings = timeToLive.isZero() ? null : Caffeine.newBuilder()
                .expireAfterWrite(timeToLive)
                .maximumSize(MAX_FIRST_RENDERINGS)
                .executor(Runnable::run)
                .build();
        this.readerParts = timeToLive.isZero() ? null : Caffeine.newBuilder()
                .expireAfterWrite(timeToLive)
                .maximumWeight(MAX_READER_PART_BYTES)
                .<PartKey, KeptPart>weigher((key, part) -> part.fragment().weight())
                .executor(Runnable::run)
                .build();
        this.items = timeToLive.isZero() ? null : Caffeine.newBuilder()
                .expireAfterAccess(ITEM_IDLE)
                .maximumWeight(MAX_ITEM_BYTES)
                .<ItemKey, String>weigher((key, html) -> key.weight() + html.length())
                .executor(Runnable::run)
                .build();
    }

    /** Call after something every page may show changed (a reader's name): every kept page is stale. */
    public void everythingChanged() {
        everything.incrementAndGet();
        catalogueGeneration.incrementAndGet();
        if (pages != null) {
            pages.synchronous().invalidateAll(); // stale, as in bookChanged
            firstRenderings.invalidateAll();
        }
    }

    /** Call after a review of the book was committed. */
    public void bookChanged(long bookId) {
        bookGenerations.merge(bookId, 1L, Long::sum);
        catalogueGeneration.incrementAndGet();
        // The pages this made stale can never be asked for again (their keys hold the old
        // generations). Dropped now, they die young; left to expire, a book written to many times
        // a second filled the cache with them (pushing out other books' pages) and the heap's old
        // generation too, which then needed more full collections.
        if (pages != null) {
            pages.asMap().keySet().removeIf(key -> key.scope() == bookId || key.scope() == CATALOGUE);
            firstRenderings.asMap().keySet().removeIf(key -> key.scope() == bookId || key.scope() == CATALOGUE);
        }
    }

    /**
     * Call after the reader's review of the book was written, changed or deleted: the book's pages
     * are stale ({@link #bookChanged}), and the reader's own parts of pages (other readers' parts
     * are not, see {@link #readerGeneration}).
     */
    public void reviewChanged(long bookId, long readerId) {
        bookChanged(bookId);
        readerGenerations.merge(readerId, 1L, Long::sum);
    }

    /**
     * What a reader's own part of a book page (their review or the form) is kept for: it moves on
     * with their own reviews (and with everything), not with the book's other reviews, so a
     * popular book's new reviews do not make every reader's part of its page rendered again.
     */
    public long readerGeneration(long readerId) {
        return readerGenerations.getOrDefault(readerId, 0L) + (everything.get() << 32);
    }

    /**
     * The cache key of a book page: the book's generation (read before the page is), and the
     * page's variant: what the servlet names (order, page number...), the reader's language, and
     * whether a reader is signed in (their pages have holes, see {@link ReaderNav}).
     */
    public Key bookKey(long bookId, HttpServletRequest request, String variant) {
        return new Key(bookId, bookGenerations.getOrDefault(bookId, 0L) + (everything.get() << 32),
                variantOf(request, variant));
    }

    /** The cache key of a catalogue page, as {@link #bookKey}. */
    public Key catalogueKey(HttpServletRequest request, String variant) {
        return new Key(CATALOGUE, catalogueGeneration.get(), variantOf(request, variant));
    }

    private static String variantOf(HttpServletRequest request, String variant) {
        return Views.languageOf(request) + "|" + ReaderNav.variant(request) + "|" + variant;
    }

    /**
     * The page for the key: kept, or rendered now by this request (once, however many ask at the
     * same moment: they wait for this rendering); empty when render gives none (no such book).
     * The cache only ever holds a future while a page renders, so a slow page never blocks others.
     *
     * <p>The first rendering of a key is not kept but held weakly, until the key is asked for again:
     * then it is kept (or, when it was collected meanwhile, rendered again and kept). Under writes
     * most of a book's renderings are read once before the next review makes them stale; kept,
     * each lived a few tenths of a second, long enough to be promoted to the old generation (Parallel
     * GC collects the young one every ~50 ms then), and filled it: a full collection every 2-3 s.
     */
    public Optional<RenderedPage> get(Key key, PageRenderer render) throws ServletException, IOException {
        if (pages == null) {
            return Optional.ofNullable(render.render());
        }
        CompletableFuture<RenderedPage> kept = pages.getIfPresent(key);
        if (kept != null) {
            return Optional.ofNullable(join(kept));
        }
        WeakReference<RenderedPage> once = firstRenderings.asMap().remove(key);
        RenderedPage renderedOnce = once == null ? null : once.get();
        if (renderedOnce != null) {
            renderedOnce.gzipped(); // as below: compressed before it is weighed and kept
            kept = pages.asMap().putIfAbsent(key, CompletableFuture.completedFuture(renderedOnce));
            return Optional.of(kept == null ? renderedOnce : join(kept));
        }
        return render(key, render, once != null);
    }

    private Optional<RenderedPage> render(Key key, PageRenderer render, boolean keep)
            throws ServletException, IOException {
        CompletableFuture<RenderedPage> mine = new CompletableFuture<>();
        CompletableFuture<RenderedPage> kept = pages.asMap().putIfAbsent(key, mine);
        if (kept != null) {
            return Optional.ofNullable(join(kept));
        }
        try {
            RenderedPage page = render.render();
            if (page != null && keep) {
                page.gzipped(); // compressed once, before it is weighed and kept
            }
            if (page != null && !keep) {
                // Held weakly from now on; first here, so that no one finds neither and renders again.
                firstRenderings.put(key, new WeakReference<>(page));
            }
            mine.complete(page); // a null page leaves the cache (Caffeine drops futures of null)
            if (!keep) {
                pages.asMap().remove(key, mine); // those who waited for it have it
            }
            return Optional.ofNullable(page);
        } catch (ServletException | IOException | RuntimeException | Error e) {
            mine.completeExceptionally(e); // and the failed future leaves it too
            throw e;
        }
    }

    private static RenderedPage join(CompletableFuture<RenderedPage> page) throws ServletException, IOException {
        try {
            return page.join();
        } catch (CompletionException e) {
            rethrow(e.getCause());
            throw new AssertionError(e); // rethrow always throws
        }
    }

    /**
     * The signed-in reader's part of a page: kept when it was rendered for the same variant
     * (everything it shows depends on: the reader as their session has them, the language, and
     * what the caller adds, e.g. the book's generation for their own review), else rendered now
     * and kept in place of the other. {@code scope}: the book's id, 0 for parts of every page.
     */
    public Fragment readerPart(String name, long scope, Object more, HttpServletRequest request, PartRenderer render)
            throws ServletException, IOException {
        SignedInReader reader = SignedInReader.of(request).orElseThrow();
        List<Object> variant = List.of(reader, Views.languageOf(request), more);
        if (readerParts == null) {
            return Fragment.of(render.render());
        }
        PartKey key = new PartKey(name, reader.id(), scope);
        KeptPart kept = readerParts.getIfPresent(key);
        if (kept != null && kept.variant().equals(variant)) {
            return kept.fragment();
        }
        Fragment fragment = Fragment.of(render.render());
        readerParts.put(key, new KeptPart(variant, fragment));
        return fragment;
    }

    /**
     * Markup repeated on pages (a review on its book's page), kept by its key, which holds every
     * value the rendering reads: so equal keys render equal markup, and nothing has to make a kept
     * item stale. Kept while the pages are (not when the page cache is off).
     */
    public String item(ItemKey key, PartRenderer render) throws ServletException, IOException {
        if (items == null) {
            return render.render();
        }
        String kept = items.getIfPresent(key);
        if (kept != null) {
            return kept;
        }
        String html = render.render();
        items.put(key, html);
        return html;
    }

    /** The key of an {@link #item}: all the item shows; its weight about its size in bytes. */
    public interface ItemKey {
        int weight();
    }

    private record PartKey(String name, long readerId, long scope) {
    }

    private record KeptPart(Object variant, Fragment fragment) {
    }

    @FunctionalInterface
    public interface PartRenderer {
        String render() throws ServletException, IOException;
    }

    private static void rethrow(Throwable failure) throws ServletException, IOException {
        if (failure instanceof ServletException e) {
            throw e;
        }
        if (failure instanceof IOException e) {
            throw e;
        }
        if (failure instanceof RuntimeException e) {
            throw e;
        }
        if (failure instanceof Error e) {
            throw e;
        }
        throw new ServletException(failure);
    }

    /**
     * Renders a JSP view into a page to keep, split at the given markers ({@link RenderedPage#of});
     * the response's headers stay untouched. Straight into UTF-8 bytes: through a string first,
     * a re-rendered book page allocated three times as much (chars, the string, then its bytes).
     */
    public static RenderedPage renderPage(String view, HttpServletRequest request, HttpServletResponse response,
            String... markers) throws ServletException, IOException {
        ByteArrayOutputStream html = new ByteArrayOutputStream(PAGE_BYTES);
        renderInto(new PrintWriter(new OutputStreamWriter(html, StandardCharsets.UTF_8)), view, request, response);
        return RenderedPage.of(html.toByteArray(), markers);
    }

    /** Renders a part of a page (a review item, a reader's part) into a string. */
    public static String renderPartToString(String view, HttpServletRequest request, HttpServletResponse response)
            throws ServletException, IOException {
        CharArrayWriter html = new CharArrayWriter(PART_CHARS);
        renderInto(new PrintWriter(html), view, request, response);
        return html.toString();
    }

    private static void renderInto(PrintWriter writer, String view, HttpServletRequest request,
            HttpServletResponse response) throws ServletException, IOException {
        HttpServletResponseWrapper capture = new HttpServletResponseWrapper(response) {
            @Override
            public PrintWriter getWriter() {
                return writer;
            }

            @Override
            public void flushBuffer() {
                writer.flush();
            }
        };
        Views.include(view, request, capture);
        writer.flush();
    }

    /** If-None-Match against an ETag, by the weak comparison HTTP prescribes for GET. */
    static boolean matches(String ifNoneMatch, String etag) {
        if (ifNoneMatch == null) {
            return false;
        }
        String opaque = etag.startsWith("W/") ? etag.substring(2) : etag;
        for (String candidate : ifNoneMatch.split(",")) {
            String tag = candidate.strip();
            if (tag.equals("*") || (tag.startsWith("W/") ? tag.substring(2) : tag).equals(opaque)) {
                return true;
            }
        }
        return false;
    }

    /** {@code scope}: the book's id, 0 for catalogue pages. */
    public record Key(long scope, long generation, String variant) {
    }

    @FunctionalInterface
    public interface PageRenderer {
        /** The rendered page, or null when there is none to keep (no such book). */
        RenderedPage render() throws ServletException, IOException;
    }
}
