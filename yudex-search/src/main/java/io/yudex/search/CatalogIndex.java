package io.yudex.search;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.locks.Lock;
import java.util.concurrent.locks.ReadWriteLock;
import java.util.concurrent.locks.ReentrantReadWriteLock;
import org.apache.lucene.analysis.Analyzer;
import org.apache.lucene.analysis.cn.smart.SmartChineseAnalyzer;
import org.apache.lucene.facet.FacetsConfig;
import org.apache.lucene.index.IndexWriter;
import org.apache.lucene.index.IndexWriterConfig;
import org.apache.lucene.index.Term;
import org.apache.lucene.search.IndexSearcher;
import org.apache.lucene.search.SearcherManager;
import org.apache.lucene.store.ByteBuffersDirectory;
import org.apache.lucene.store.Directory;
import org.apache.lucene.store.FSDirectory;
import org.apache.lucene.util.IOUtils;

/**
 * The searchable copy of the resource catalog. The server's database stays the source of truth:
 * it writes every change here and, on start-up, compares {@link #stamp()} with its own to decide
 * whether to rebuild with {@link #replaceAll}.
 *
 * <p>Writes are visible to searches as soon as the writing method returns, but are durable only
 * after {@link #commit} or {@link #replaceAll}. Safe for concurrent searches and writes. I/O
 * failures are thrown as {@link UncheckedIOException}; use after {@link #close()} throws
 * {@link org.apache.lucene.store.AlreadyClosedException}.
 */
public final class CatalogIndex implements AutoCloseable {

    /** The facet dimensions, in display order; also the keys accepted in {@link SearchQuery#filters()}. */
    public static final List<String> FACET_DIMENSIONS = CatalogFields.FACET_DIMENSIONS;
    /** How many values each facet dimension reports at most. */
    public static final int FACET_VALUES = CatalogSearch.FACET_VALUES;

    // Names the analysis too: an index written with an older analysis (v1: no place-name short forms) has no stamp
    // under this key, so the server rebuilds it at start-up.
    private static final String STAMP_KEY = "yudex.stamp.v2";
    private static final PlaceNames PLACE_NAMES = PlaceNames.ofChina();

    private final Directory directory;
    private final Analyzer analyzer;
    private final IndexWriter writer;
    private final SearcherManager searchers;
    private final DocumentCodec codec;
    private final CatalogSearch search;
    // Single writes share the lock; replaceAll and commit take it alone so that no refresh can
    // publish a half-rebuilt index and no commit can record a stamp for half of one.
    private final ReadWriteLock lock = new ReentrantReadWriteLock();
    private final AtomicBoolean closed = new AtomicBoolean();
    private volatile String stamp;

    private CatalogIndex(Directory directory) throws IOException {
        this.directory = directory;
        this.analyzer = PLACE_NAMES.indexing(new SmartChineseAnalyzer());
        FacetsConfig facetsConfig = CatalogFields.facetsConfig();
        this.codec = new DocumentCodec(facetsConfig);
        this.search = new CatalogSearch(analyzer, PLACE_NAMES.querying(new SmartChineseAnalyzer()), facetsConfig, codec);
        IndexWriterConfig config = new IndexWriterConfig(analyzer)
                .setOpenMode(IndexWriterConfig.OpenMode.CREATE_OR_APPEND)
                .setRAMBufferSizeMB(64);
        this.writer = new IndexWriter(directory, config);
        this.searchers = new SearcherManager(writer, FacetedSearcher.factory(facetsConfig));
        this.stamp = lastCommittedStamp(writer);
    }

    /**
     * Opens the index in {@code directory}, creating the directory and an empty index if missing.
     *
     * @throws UncheckedIOException if the directory cannot be created or is locked by another writer
     */
    public static CatalogIndex open(Path directory) {
        Directory fs = null;
        try {
            Files.createDirectories(directory);
            fs = FSDirectory.open(directory);
            return new CatalogIndex(fs);
        } catch (IOException e) {
            IOUtils.closeWhileHandlingException(fs);
            throw new UncheckedIOException("Cannot open catalog index at " + directory, e);
        }
    }

    /** An index that lives on the heap and is lost on {@link #close()}; for tests and tools. */
    public static CatalogIndex inMemory() {
        try {
            return new CatalogIndex(new ByteBuffersDirectory());
        } catch (IOException e) {
            throw new UncheckedIOException("Cannot create in-memory catalog index", e);
        }
    }

    /**
     * Adds the document or replaces the one with the same code.
     *
     * @throws IllegalArgumentException if the code is null or blank
     */
    public void upsert(CatalogDocument document) {
        Objects.requireNonNull(document, "document");
        requireCode(document.code());
        write(lock.readLock(), "upsert " + document.code(), () ->
                writer.updateDocument(new Term(CatalogFields.CODE, document.code()), codec.toLucene(document)));
    }

    /** Removes the document with this code; does nothing if there is none. */
    public void delete(String code) {
        requireCode(code);
        write(lock.readLock(), "delete " + code, () -> writer.deleteDocuments(new Term(CatalogFields.CODE, code)));
    }

    /**
     * Replaces the whole content and commits it under {@code stamp}. Searches see the old content
     * until the new one is complete. If {@code documents} throws midway, the stamp is unchanged but
     * searches may see the partial content: rebuild again.
     */
    public void replaceAll(Iterable<CatalogDocument> documents, String stamp) {
        Objects.requireNonNull(documents, "documents");
        Objects.requireNonNull(stamp, "stamp");
        write(lock.writeLock(), "replace all", () -> {
            writer.deleteAll();
            for (CatalogDocument document : documents) {
                requireCode(document.code());
                // updateDocument, not addDocument: a duplicate code in the input must not become two hits.
                writer.updateDocument(new Term(CatalogFields.CODE, document.code()), codec.toLucene(document));
            }
            commitLocked(stamp);
        });
    }

    /** Makes all changes durable and records {@code stamp} as the state they correspond to. */
    public void commit(String stamp) {
        Objects.requireNonNull(stamp, "stamp");
        write(lock.writeLock(), "commit", () -> commitLocked(stamp));
    }

    /** The stamp of the last commit, surviving reopen; empty for an index never committed with one. */
    public Optional<String> stamp() {
        return Optional.ofNullable(stamp);
    }

    /** Number of documents, as searches currently see them. */
    public long count() {
        return withSearcher(searcher -> (long) searcher.getIndexReader().numDocs());
    }

    /**
     * Runs a search. Hits are HTML-safe (see {@link SearchResult.Hit}); facets hold every dimension
     * of {@link #FACET_DIMENSIONS}, each with at most {@link #FACET_VALUES} values by count.
     *
     * @throws IllegalArgumentException if a filter names a dimension not in {@link #FACET_DIMENSIONS}
     */
    public SearchResult search(SearchQuery query) {
        Objects.requireNonNull(query, "query");
        return withSearcher(searcher -> search.run((FacetedSearcher) searcher, query));
    }

    /** Commits pending writes under the last stamp (so a newer database state still forces a rebuild). */
    @Override
    public void close() {
        if (!closed.compareAndSet(false, true)) return;
        try {
            IOUtils.close(searchers, writer, directory, analyzer);
        } catch (IOException e) {
            throw new UncheckedIOException("Cannot close catalog index", e);
        }
    }

    private void commitLocked(String newStamp) throws IOException {
        writer.setLiveCommitData(Map.of(STAMP_KEY, newStamp).entrySet());
        writer.commit();
        stamp = newStamp;
    }

    private void write(Lock mode, String what, IoAction action) {
        mode.lock();
        try {
            action.run();
            searchers.maybeRefreshBlocking();
        } catch (IOException e) {
            throw new UncheckedIOException("Cannot " + what + " in catalog index", e);
        } finally {
            mode.unlock();
        }
    }

    private <T> T withSearcher(IoFunction<T> function) {
        try {
            IndexSearcher searcher = searchers.acquire();
            try {
                return function.apply(searcher);
            } finally {
                searchers.release(searcher);
            }
        } catch (IOException e) {
            throw new UncheckedIOException("Cannot search catalog index", e);
        }
    }

    private static String lastCommittedStamp(IndexWriter writer) {
        Iterable<Map.Entry<String, String>> data = writer.getLiveCommitData();
        if (data == null) return null;
        for (Map.Entry<String, String> entry : data) {
            if (STAMP_KEY.equals(entry.getKey())) return entry.getValue();
        }
        return null;
    }

    private static void requireCode(String code) {
        if (code == null || code.isBlank()) {
            throw new IllegalArgumentException("Cannot index a catalog document without a code");
        }
    }

    @FunctionalInterface
    private interface IoAction {
        void run() throws IOException;
    }

    @FunctionalInterface
    private interface IoFunction<T> {
        T apply(IndexSearcher searcher) throws IOException;
    }
}
