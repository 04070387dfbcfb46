package dev.partnerportal.search;

import dev.partnerportal.content.IndexableContent;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Collection;
import java.util.Map;
import org.apache.lucene.facet.sortedset.DefaultSortedSetDocValuesReaderState;
import org.apache.lucene.facet.sortedset.SortedSetDocValuesReaderState;
import org.apache.lucene.index.DirectoryReader;
import org.apache.lucene.index.IndexReader;
import org.apache.lucene.index.IndexWriter;
import org.apache.lucene.index.IndexWriterConfig;
import org.apache.lucene.index.SegmentInfos;
import org.apache.lucene.index.Term;
import org.apache.lucene.search.IndexSearcher;
import org.apache.lucene.search.SearcherFactory;
import org.apache.lucene.search.SearcherManager;
import org.apache.lucene.store.Directory;
import org.apache.lucene.store.FSDirectory;
import org.jspecify.annotations.Nullable;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.DisposableBean;
import org.springframework.stereotype.Component;

/**
 * This node's Lucene index: one {@link IndexWriter} and one {@link SearcherManager} for the life of the
 * application. Searches acquire a searcher and release it in {@code finally}; only the follower thread
 * writes, refreshes and commits. Each commit carries the id of the last change-log entry applied, so a
 * restart continues from there.
 */
@Component
class SearchIndex implements DisposableBean {

    /** Why the index on disk cannot be used as it is, found when it is opened. */
    enum Health { USABLE, MISSING, CORRUPT, OTHER_SCHEMA }

    private static final Logger log = LoggerFactory.getLogger(SearchIndex.class);
    private static final String CHECKPOINT = "checkpoint";
    private static final String SCHEMA = "schema";
    /** RAM the writer buffers before it flushes a segment while following changes. */
    static final double RAM_BUFFER_MB = 64;
    /**
     * RAM buffered during a full rebuild: each indexing thread fills its own segment, and with 64 MB shared by two
     * threads the segments came out small and were merged again and again. The writer flushes at this bound, so
     * it is also the most heap the rebuild's buffers take; it drops back to {@link #RAM_BUFFER_MB} afterwards.
     */
    static final double REBUILD_RAM_BUFFER_MB = 256;

    private final Path path;
    private final Directory directory;
    private final IndexWriter writer;
    private final SearcherManager searchers;
    private final Health health;
    private volatile long checkpoint;
    private volatile boolean serving;

    SearchIndex(SearchSettings settings) throws IOException {
        this.path = settings.directory();
        Files.createDirectories(path);
        var found = inspect(path);
        if (found != Health.USABLE) {
            log.warn("Search index at {} is {}; it will be rebuilt from the database.", path, found);
            clear(path);
        }
        this.health = found;
        this.directory = FSDirectory.open(path);
        var config = new IndexWriterConfig(SearchSchema.indexAnalyzer())
                .setOpenMode(IndexWriterConfig.OpenMode.CREATE_OR_APPEND)
                .setRAMBufferSizeMB(RAM_BUFFER_MB);
        this.writer = new IndexWriter(directory, config);
        var data = writer.getLiveCommitData();
        long saved = 0;
        if (data != null) {
            for (var entry : data) {
                if (entry.getKey().equals(CHECKPOINT)) {
                    saved = Long.parseLong(entry.getValue());
                }
            }
        }
        this.checkpoint = saved;
        this.searchers = new SearcherManager(writer, new FacetedSearcherFactory());
        this.serving = found == Health.USABLE;
    }

    /** The state of the directory when the application started. */
    Health health() {
        return health;
    }

    /** Whether searches may use the index; false while a missing or unusable index is being rebuilt. */
    boolean serving() {
        return serving;
    }

    void serving(boolean serving) {
        this.serving = serving;
    }

    /** The id of the last change-log entry applied (committed or not). */
    long checkpoint() {
        return checkpoint;
    }

    void upsert(IndexableContent item) throws IOException {
        writer.updateDocument(new Term(SearchSchema.ID, Long.toString(item.id().value())),
                SearchSchema.FACETS.build(SearchSchema.document(item)));
    }

    /**
     * Adds new documents on the calling thread. The writer is thread-safe and analyses each document on the thread
     * that adds it, so a rebuild calls this from {@link #rebuildThreads()} threads at once.
     */
    void addAll(Collection<IndexableContent> items) throws IOException {
        for (var item : items) {
            writer.addDocument(SearchSchema.FACETS.build(SearchSchema.document(item)));
        }
    }

    /** Switches the writer's buffer between following changes and a full rebuild (a live setting). */
    void rebuilding(boolean rebuilding) {
        writer.getConfig().setRAMBufferSizeMB(rebuilding ? REBUILD_RAM_BUFFER_MB : RAM_BUFFER_MB);
    }

    /** How a writer is set up for a full rebuild; the benchmark's raw baseline uses the same. */
    static IndexWriterConfig rebuildConfig(IndexWriterConfig config) {
        return config.setRAMBufferSizeMB(REBUILD_RAM_BUFFER_MB);
    }

    /** Threads that analyse documents during a rebuild: one per processor, analysis is CPU-bound. */
    static int rebuildThreads() {
        return Math.max(1, Runtime.getRuntime().availableProcessors());
    }

    void delete(long itemId) throws IOException {
        writer.deleteDocuments(new Term(SearchSchema.ID, Long.toString(itemId)));
    }

    void deleteAll() throws IOException {
        writer.deleteAll();
    }

    void applied(long changeId) {
        if (changeId > checkpoint) {
            checkpoint = changeId;
        }
    }

    /** Resets the checkpoint, for a rebuild that read the database as of {@code changeId}. */
    void rebuiltAsOf(long changeId) {
        checkpoint = changeId;
    }

    /** Makes applied changes visible to searches (near-real-time, without a commit). */
    void refresh() throws IOException {
        searchers.maybeRefreshBlocking();
    }

    /** Writes applied changes and the checkpoint to disk. */
    void commit() throws IOException {
        writer.setLiveCommitData(Map.of(CHECKPOINT, Long.toString(checkpoint), SCHEMA, SearchSchema.VERSION).entrySet());
        writer.commit();
    }

    FacetedSearcher acquire() throws IOException {
        return (FacetedSearcher) searchers.acquire();
    }

    void release(IndexSearcher searcher) throws IOException {
        searchers.release(searcher);
    }

    /** Documents in the current searcher's view. */
    int documents() throws IOException {
        var searcher = acquire();
        try {
            return searcher.getIndexReader().numDocs();
        } finally {
            release(searcher);
        }
    }

    Path path() {
        return path;
    }

    @Override
    public void destroy() throws IOException {
        try {
            commit();
        } finally {
            searchers.close();
            writer.close();
            directory.close();
        }
    }

    /**
     * Opens the index read-only and verifies every file's checksum, so a damaged file is found now rather
     * than by a search later.
     */
    static Health inspect(Path path) {
        try (var dir = FSDirectory.open(path)) {
            if (!DirectoryReader.indexExists(dir)) {
                return Health.MISSING;
            }
            var commit = SegmentInfos.readLatestCommit(dir);
            if (!SearchSchema.VERSION.equals(commit.getUserData().get(SCHEMA))) {
                return Health.OTHER_SCHEMA;
            }
            try (var reader = DirectoryReader.open(dir)) {
                for (var leaf : reader.leaves()) {
                    leaf.reader().checkIntegrity();
                }
            }
            return Health.USABLE;
        } catch (IOException | RuntimeException e) {
            log.warn("Search index at {} failed its integrity check: {}", path, e.toString());
            return Health.CORRUPT;
        }
    }

    private static void clear(Path path) throws IOException {
        try (var files = Files.list(path)) {
            for (var file : files.toList()) {
                Files.deleteIfExists(file);
            }
        }
    }

    /** A searcher that carries the facet ordinals of its reader, built once per refresh, not per query. */
    static final class FacetedSearcher extends IndexSearcher {

        private final @Nullable SortedSetDocValuesReaderState facets;

        FacetedSearcher(IndexReader reader) throws IOException {
            super(reader);
            this.facets = hasFacets(reader) ? new DefaultSortedSetDocValuesReaderState(reader, SearchSchema.FACETS) : null;
        }

        @Nullable SortedSetDocValuesReaderState facets() {
            return facets;
        }

        private static boolean hasFacets(IndexReader reader) {
            return reader.leaves().stream().anyMatch(leaf -> leaf.reader().getFieldInfos()
                    .fieldInfo(org.apache.lucene.facet.FacetsConfig.DEFAULT_INDEX_FIELD_NAME) != null);
        }
    }

    private static final class FacetedSearcherFactory extends SearcherFactory {
        @Override
        public IndexSearcher newSearcher(IndexReader reader, @Nullable IndexReader previousReader) throws IOException {
            return new FacetedSearcher(reader);
        }
    }
}
