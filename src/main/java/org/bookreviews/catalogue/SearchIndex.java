package org.bookreviews.catalogue;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.BitSet;
import java.util.Comparator;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.TimeUnit;
import java.util.logging.Level;
import java.util.logging.Logger;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.apache.lucene.document.Document;
import org.apache.lucene.document.Field;
import org.apache.lucene.document.NumericDocValuesField;
import org.apache.lucene.document.SortedDocValuesField;
import org.apache.lucene.document.StringField;
import org.apache.lucene.index.DocValues;
import org.apache.lucene.index.IndexWriter;
import org.apache.lucene.index.IndexWriterConfig;
import org.apache.lucene.index.LeafReaderContext;
import org.apache.lucene.index.NumericDocValues;
import org.apache.lucene.index.SerialMergeScheduler;
import org.apache.lucene.index.Term;
import org.apache.lucene.search.IndexSearcher;
import org.apache.lucene.search.Query;
import org.apache.lucene.search.ScoreDoc;
import org.apache.lucene.search.ScoreMode;
import org.apache.lucene.search.SearcherManager;
import org.apache.lucene.search.SimpleCollector;
import org.apache.lucene.search.Sort;
import org.apache.lucene.search.SortField;
import org.apache.lucene.search.TopFieldCollectorManager;
import org.apache.lucene.search.TopFieldDocs;
import org.apache.lucene.store.MMapDirectory;
import org.apache.lucene.util.BytesRef;
import org.bookreviews.book.Isbn;
import org.bookreviews.persistence.Database;
import org.bookreviews.persistence.Page;

/**
 * The catalogue's search index: an Apache Lucene index on this server of every book's
 * words ({@link SearchWords}): what makes a search of 100,000 books a matter of microseconds,
 * where scanning the database's rows for words in any order takes tens of milliseconds.
 *
 * <p>The database stays the one truth that every server shares: the index is built from the
 * books as the application starts (or by the first search), and before every search brought up to date from the log of books
 * whose text changed ({@code book_change}, kept by triggers, schema version 7), so a book added
 * or edited on any server, or by SQL by hand, is found at once on all of them. One small query
 * per search when nothing changed. A log entry may become visible after a later one (a longer
 * transaction, or a database that does not lock); ids skipped over are looked for again for
 * {@value #GAP_SECONDS} s.
 */
public final class SearchIndex implements AutoCloseable {

    static final String ID = "id";
    static final String ISBN = "isbn";
    static final String TITLE = "title";
    static final String AUTHOR = "author";
    static final String DESCRIPTION = "description";
    /** The title as stored, for the same title order as the catalogue's index (schema version 1). */
    private static final String TITLE_ORDER = "title_order";
    private static final int GAP_SECONDS = 30;
    private static final int CHUNK = 500;

    private static final Logger LOG = Logger.getLogger(SearchIndex.class.getName());

    private final Database database;
    /** Where the index's files go (a directory of its own, emptied on close). */
    private final Path files;
    private final Object updating = new Object();
    /** The one thread of {@link #buildInBackground}; none left running after {@link #close}. */
    private final ExecutorService builder = Executors.newSingleThreadExecutor(task -> new Thread(task, "bookreviews-search-index"));
    private volatile boolean closed;
    private MMapDirectory directory;
    private IndexWriter writer;
    private SearcherManager searchers;
    /** The highest change applied; entries above it are news. */
    private volatile long lastChange = -1;
    /** Change ids skipped over, and when: looked for again until they are GAP_SECONDS old. */
    private final Map<Long, Long> gaps = new LinkedHashMap<>();

    /**
     * An index of the database's books, kept in files under {@code files} (the server's temporary
     * directory for the application): memory-mapped, so its pages (3.6 MB for 100,000 books) sit
     * in the operating system's cache rather than in the heap.
     */
    public SearchIndex(Database database, Path files) {
        this.database = database;
        this.files = files;
    }

    /** One page of matches: how many there are, the page's number (the one asked for, or the last), its book ids. */
    record Matches(long total, int page, List<Long> ids) {
    }

    /**
     * Page {@code requestedPage} of the books matching {@code query} ({@code perPage} a page; past
     * the end: the last page) in {@link BookOrder#RELEVANCE} or {@link BookOrder#TITLE} order, the
     * orders the index keeps.
     */
    Matches page(SearchQuery query, BookOrder order, long requestedPage, int perPage) {
        Sort sort = switch (order) {
            case RELEVANCE -> new Sort(SortField.FIELD_SCORE, new SortField(TITLE_ORDER, SortField.Type.STRING),
                    new SortField(ID, SortField.Type.LONG));
            case TITLE -> new Sort(new SortField(TITLE_ORDER, SortField.Type.STRING), new SortField(ID, SortField.Type.LONG));
            default -> throw new IllegalArgumentException(order + " is kept by the database: use matches()");
        };
        IndexSearcher searcher = current();
        try {
            Query lucene = query.toLucene();
            int total = searcher.count(lucene);
            int page = Page.clamp(requestedPage, total, perPage);
            if (total == 0) {
                return new Matches(0, page, List.of());
            }
            int offset = Page.offset(page, perPage);
            TopFieldDocs top = searcher.search(lucene, new TopFieldCollectorManager(sort, offset + perPage, null, 0));
            List<Long> ids = new ArrayList<>();
            for (int i = offset; i < top.scoreDocs.length; i++) {
                ids.add(idOf(searcher, top.scoreDocs[i]));
            }
            return new Matches(total, page, ids);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } finally {
            release(searcher);
        }
    }

    /** The ids of every book matching {@code query}, for the orders the database keeps. */
    BitSet matches(SearchQuery query) {
        IndexSearcher searcher = current();
        try {
            BitSet all = new BitSet();
            searcher.search(query.toLucene(), new SimpleCollector() {
                private NumericDocValues ids;

                @Override
                protected void doSetNextReader(LeafReaderContext context) throws IOException {
                    ids = DocValues.getNumeric(context.reader(), ID);
                }

                @Override
                public void collect(int doc) throws IOException {
                    if (ids.advanceExact(doc)) {
                        all.set(Math.toIntExact(ids.longValue()));
                    }
                }

                @Override
                public ScoreMode scoreMode() {
                    return ScoreMode.COMPLETE_NO_SCORES;
                }
            });
            return all;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } finally {
            release(searcher);
        }
    }

    private static long idOf(IndexSearcher searcher, ScoreDoc hit) throws IOException {
        List<LeafReaderContext> leaves = searcher.getIndexReader().leaves();
        LeafReaderContext leaf = leaves.get(org.apache.lucene.index.ReaderUtil.subIndex(hit.doc, leaves));
        NumericDocValues ids = DocValues.getNumeric(leaf.reader(), ID);
        ids.advanceExact(hit.doc - leaf.docBase);
        return ids.longValue();
    }

    /**
     * Brings the index up to date with the database's change log; returns the last change
     * applied, which moves on whenever a book's text changed anywhere (a cache key).
     */
    long upToDate() {
        synchronized (updating) {
            if (closed) {
                throw new IllegalStateException("The search index is closed (the application is stopping)");
            }
            if (writer == null) {
                build();
            }
        }
        List<long[]> news = database.readSql(this::newChanges);
        if (!news.isEmpty()) {
            synchronized (updating) {
                apply(news);
            }
        }
        return lastChange;
    }

    /** A searcher that has every change the database logged so far; give it back with {@link #release}. */
    private IndexSearcher current() {
        upToDate();
        try {
            return searchers.acquire();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private void release(IndexSearcher searcher) {
        try {
            searchers.release(searcher);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /**
     * Builds the index on a thread of its own now, so the first search need not wait for it (a
     * search that comes earlier waits for this build). A failure (the database not reachable
     * yet) leaves it to the first search.
     */
    public void buildInBackground() {
        builder.execute(() -> {
            try {
                synchronized (updating) {
                    if (writer == null && !closed) {
                        build();
                    }
                }
            } catch (RuntimeException e) {
                LOG.log(Level.INFO, "Search index not built at start ({0}); the first search builds it", e.toString());
            }
        });
    }

    /** Every book into a new index; changes logged from the moment before on are applied later. */
    private void build() {
        long start = System.nanoTime();
        MMapDirectory newDirectory = null;
        IndexWriter newWriter = null;
        try {
            deleteFiles(); // a stopped server's (the index is rebuilt from the database)
            newDirectory = new MMapDirectory(Files.createDirectories(files));
            IndexWriter filling = new IndexWriter(newDirectory, new IndexWriterConfig()
                    .setMergeScheduler(new SerialMergeScheduler()).setRAMBufferSizeMB(8));
            newWriter = filling;
            long[] lastLogged = new long[1];
            int books = database.readSql(connection -> {
                try (PreparedStatement last = connection.prepareStatement("SELECT MAX(id) FROM book_change");
                     ResultSet row = last.executeQuery()) {
                    row.next();
                    lastLogged[0] = row.getLong(1); // 0 when empty
                }
                int count = 0;
                try (PreparedStatement all = connection.prepareStatement("SELECT id, title, author, isbn, description FROM book")) {
                    all.setFetchSize(1000);
                    try (ResultSet rows = all.executeQuery()) {
                        while (rows.next()) {
                            try {
                                filling.addDocument(document(rows));
                            } catch (IOException e) {
                                throw new UncheckedIOException(e);
                            }
                            count++;
                        }
                    }
                }
                return count;
            });
            filling.commit();
            searchers = new SearcherManager(filling, null);
            synchronized (gaps) {
                gaps.clear();
            }
            lastChange = lastLogged[0];
            directory = newDirectory;
            writer = filling; // built: searches may use it
            LOG.info(String.format("Search index: %d books in %d ms", books, (System.nanoTime() - start) / 1_000_000));
        } catch (IOException | RuntimeException e) {
            // Nothing half-built stays: the next search tries again.
            try {
                if (newWriter != null) {
                    newWriter.rollback();
                }
                if (newDirectory != null) {
                    newDirectory.close();
                }
            } catch (IOException closing) {
                e.addSuppressed(closing);
            }
            throw e instanceof IOException io ? new UncheckedIOException(io) : (RuntimeException) e;
        }
    }

    /** Log entries above the last one applied, and any skipped ones that have appeared since. */
    private List<long[]> newChanges(Connection connection) throws SQLException {
        Set<Long> missing;
        synchronized (gaps) {
            long now = System.nanoTime();
            gaps.values().removeIf(seen -> now - seen > GAP_SECONDS * 1_000_000_000L);
            missing = new HashSet<>(gaps.keySet());
        }
        String sql = "SELECT id, book_id FROM book_change WHERE id > ?"
                + (missing.isEmpty() ? "" : " OR id IN (" + missing.stream().map(String::valueOf).collect(Collectors.joining(",")) + ")")
                + " ORDER BY id";
        List<long[]> changes = new ArrayList<>();
        try (PreparedStatement select = connection.prepareStatement(sql)) {
            select.setLong(1, lastChange);
            try (ResultSet rows = select.executeQuery()) {
                while (rows.next()) {
                    changes.add(new long[] {rows.getLong(1), rows.getLong(2)});
                }
            }
        }
        return changes;
    }

    /** Re-reads the changed books (or removes them) and makes the result visible to searches. */
    private void apply(List<long[]> changes) {
        Set<Long> books = new HashSet<>();
        long last = lastChange;
        synchronized (gaps) {
            for (long[] change : changes) {
                long id = change[0];
                if (id <= last && !gaps.containsKey(id)) {
                    continue; // applied by another thread meanwhile
                }
                gaps.remove(id);
                for (long skipped = last + 1; skipped < id && gaps.size() < 1000; skipped++) {
                    gaps.put(skipped, System.nanoTime());
                }
                last = Math.max(last, id);
                books.add(change[1]);
            }
        }
        if (books.isEmpty()) {
            return;
        }
        List<Long> ids = new ArrayList<>(books);
        try {
            for (int from = 0; from < ids.size(); from += CHUNK) {
                List<Long> chunk = ids.subList(from, Math.min(ids.size(), from + CHUNK));
                Map<Long, Document> found = database.readSql(connection -> {
                    Map<Long, Document> documents = new LinkedHashMap<>();
                    String in = chunk.stream().map(String::valueOf).collect(Collectors.joining(","));
                    try (PreparedStatement select = connection.prepareStatement(
                            "SELECT id, title, author, isbn, description FROM book WHERE id IN (" + in + ")");
                         ResultSet rows = select.executeQuery()) {
                        while (rows.next()) {
                            documents.put(rows.getLong(1), document(rows));
                        }
                    }
                    return documents;
                });
                for (Long id : chunk) {
                    Term key = new Term(ID, id.toString());
                    Document document = found.get(id);
                    if (document == null) {
                        writer.deleteDocuments(key);
                    } else {
                        writer.updateDocument(key, document);
                    }
                }
            }
            lastChange = last;
            searchers.maybeRefreshBlocking();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** A book's document: its id, its words per field, its title for ordering. */
    private static Document document(ResultSet row) throws SQLException {
        long id = row.getLong(1);
        String title = row.getString(2);
        Document document = new Document();
        document.add(new StringField(ID, Long.toString(id), Field.Store.NO));
        document.add(new NumericDocValuesField(ID, id));
        document.add(new SortedDocValuesField(TITLE_ORDER, new BytesRef(title)));
        String isbn = row.getString(4);
        Isbn.toIsbn13(isbn).ifPresentOrElse(isbn13 -> {
            document.add(new StringField(ISBN, isbn13, Field.Store.NO));
            Isbn.isbn10Of(isbn13).ifPresent(isbn10 -> document.add(new StringField(ISBN, SearchWords.fold(isbn10), Field.Store.NO)));
        }, () -> document.add(new StringField(ISBN, SearchWords.fold(Isbn.compact(isbn)), Field.Store.NO))); // as stored
        addWords(document, TITLE, title);
        addWords(document, AUTHOR, row.getString(3));
        addWords(document, DESCRIPTION, row.getString(5));
        return document;
    }

    private static void addWords(Document document, String field, String text) {
        if (text != null) {
            for (String word : new LinkedHashSet<>(SearchWords.split(text, true))) {
                document.add(new StringField(field, word, Field.Store.NO));
            }
        }
    }

    private void deleteFiles() {
        if (Files.isDirectory(files)) {
            try (Stream<Path> paths = Files.walk(files)) {
                for (Path path : paths.sorted(Comparator.reverseOrder()).toList()) {
                    Files.delete(path);
                }
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
        }
    }

    @Override
    public void close() {
        closed = true;
        builder.shutdownNow();
        try {
            if (!builder.awaitTermination(30, TimeUnit.SECONDS)) {
                LOG.warning("The search index's build did not stop within 30 s");
            }
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
        synchronized (updating) {
            try {
                if (writer != null) {
                    searchers.close();
                    writer.close();
                    directory.close();
                    writer = null;
                }
                deleteFiles();
            } catch (IOException | UncheckedIOException e) {
                LOG.log(Level.WARNING, "Closing the search index", e);
            }
        }
    }
}
