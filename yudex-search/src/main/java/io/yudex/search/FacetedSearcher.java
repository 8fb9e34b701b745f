package io.yudex.search;

import java.io.IOException;
import org.apache.lucene.facet.FacetsConfig;
import org.apache.lucene.facet.sortedset.DefaultSortedSetDocValuesReaderState;
import org.apache.lucene.facet.sortedset.SortedSetDocValuesReaderState;
import org.apache.lucene.index.FieldInfos;
import org.apache.lucene.index.IndexReader;
import org.apache.lucene.search.IndexSearcher;
import org.apache.lucene.search.SearcherFactory;

/**
 * A searcher that carries the facet ordinal state of its reader. Building that state walks every
 * facet label of the index (about 15 ms at 100,000 resources), so it is built once per reader, and
 * only when a search needs it: a burst of upserts refreshes many readers that nobody searches.
 */
final class FacetedSearcher extends IndexSearcher {

    private final FacetsConfig config;
    private SortedSetDocValuesReaderState facetState;
    private boolean facetStateBuilt;

    private FacetedSearcher(IndexReader reader, FacetsConfig config) {
        super(reader);
        this.config = config;
    }

    static SearcherFactory factory(FacetsConfig config) {
        return new SearcherFactory() {
            @Override
            public IndexSearcher newSearcher(IndexReader reader, IndexReader previousReader) {
                return new FacetedSearcher(reader, config);
            }
        };
    }

    /** Null until the first document with a facet value is indexed; Lucene refuses to build it earlier. */
    synchronized SortedSetDocValuesReaderState facetState() throws IOException {
        if (!facetStateBuilt) {
            facetState = hasFacetField(getIndexReader())
                    ? new DefaultSortedSetDocValuesReaderState(getIndexReader(), config) : null;
            facetStateBuilt = true;
        }
        return facetState;
    }

    private static boolean hasFacetField(IndexReader reader) {
        return FieldInfos.getMergedFieldInfos(reader).fieldInfo(FacetsConfig.DEFAULT_INDEX_FIELD_NAME) != null;
    }
}
