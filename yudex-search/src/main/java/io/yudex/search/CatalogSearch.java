package io.yudex.search;

import java.io.IOException;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.apache.lucene.analysis.Analyzer;
import org.apache.lucene.facet.DrillDownQuery;
import org.apache.lucene.facet.DrillSideways;
import org.apache.lucene.facet.DrillSideways.DrillSidewaysResult;
import org.apache.lucene.facet.FacetResult;
import org.apache.lucene.facet.Facets;
import org.apache.lucene.facet.FacetsConfig;
import org.apache.lucene.facet.sortedset.SortedSetDocValuesReaderState;
import org.apache.lucene.index.StoredFields;
import org.apache.lucene.search.BooleanClause.Occur;
import org.apache.lucene.search.BooleanQuery;
import org.apache.lucene.search.Query;
import org.apache.lucene.search.ScoreDoc;
import org.apache.lucene.search.Sort;
import org.apache.lucene.search.SortField;

/** Runs one {@link SearchQuery} against one point-in-time searcher. */
final class CatalogSearch {

    static final int FACET_VALUES = 20;
    private static final Sort RECENT_FIRST = new Sort(
            new SortField(CatalogFields.UPDATED_AT, SortField.Type.LONG, true), SortField.FIELD_DOC);

    private final Analyzer analyzer;
    private final FacetsConfig facetsConfig;
    private final DocumentCodec codec;
    private final CatalogQueries queries;

    /** {@code analyzer} is the one the index was written with (the highlighter re-analyses stored text with it). */
    CatalogSearch(Analyzer analyzer, Analyzer queryAnalyzer, FacetsConfig facetsConfig, DocumentCodec codec) {
        this.analyzer = analyzer;
        this.facetsConfig = facetsConfig;
        this.codec = codec;
        this.queries = new CatalogQueries(queryAnalyzer);
    }

    SearchResult run(FacetedSearcher searcher, SearchQuery q) throws IOException {
        DrillDownQuery query = drillDown(baseQuery(q, searcher), q.filters());
        SortedSetDocValuesReaderState facetState = searcher.facetState();
        if (facetState == null) {
            return new SearchResult(0, List.of(), facetCounts(null));
        }
        // Drill sideways counts each filtered dimension as if its own filter were off, so a user
        // who picked 郑州市 still sees how many resources 洛阳市 would add.
        DrillSideways sideways = new DrillSideways(searcher, facetsConfig, facetState);
        int topN = (int) Math.min(Integer.MAX_VALUE, (long) (q.page() + 1) * q.size());
        DrillSidewaysResult result = CatalogQueries.isBlank(q.text())
                ? sideways.search(query, null, null, topN, RECENT_FIRST, false)
                : sideways.search(query, topN);
        ScoreDoc[] all = result.hits.scoreDocs;
        int from = (int) Math.min(all.length, (long) q.page() * q.size());
        ScoreDoc[] page = Arrays.copyOfRange(all, from, Math.min(all.length, from + q.size()));
        return new SearchResult(result.hits.totalHits.value(), hits(searcher, q, page), facetCounts(result.facets));
    }

    private Query baseQuery(SearchQuery q, FacetedSearcher searcher) throws IOException {
        BooleanQuery.Builder base = new BooleanQuery.Builder()
                .add(queries.relevance(q.text(), searcher.getIndexReader()), Occur.MUST);
        Query visibility = CatalogQueries.visibility(q.visibility());
        if (visibility != null) base.add(visibility, Occur.FILTER);
        return base.build();
    }

    /** OR within a dimension (DrillDownQuery ORs repeated adds), AND across dimensions. */
    private DrillDownQuery drillDown(Query base, Map<String, List<String>> filters) {
        DrillDownQuery query = new DrillDownQuery(facetsConfig, base);
        filters.forEach((dim, values) -> {
            if (!CatalogFields.FACET_DIMENSIONS.contains(dim)) {
                throw new IllegalArgumentException(
                        "Unknown facet dimension: " + dim + ", expected one of " + CatalogFields.FACET_DIMENSIONS);
            }
            if (values != null) {
                values.stream().filter(v -> v != null && !v.isBlank()).forEach(v -> query.add(dim, v));
            }
        });
        return query;
    }

    private List<SearchResult.Hit> hits(FacetedSearcher searcher, SearchQuery q, ScoreDoc[] page) throws IOException {
        StoredFields stored = searcher.storedFields();
        List<CatalogDocument> docs = new ArrayList<>(page.length);
        for (ScoreDoc hit : page) docs.add(codec.fromLucene(stored.document(hit.doc)));
        String[][] highlighted = Highlights.of(searcher, analyzer, queries.highlightQuery(q.text()), page, docs);
        List<SearchResult.Hit> hits = new ArrayList<>(page.length);
        for (int i = 0; i < page.length; i++) {
            // Sorted (blank-text) searches carry no score; NaN would only trouble JSON writers.
            float score = Float.isNaN(page[i].score) ? 0f : page[i].score;
            hits.add(new SearchResult.Hit(docs.get(i), highlighted[0][i], highlighted[1][i], score));
        }
        return List.copyOf(hits);
    }

    /** Every dimension is present, in {@link CatalogFields#FACET_DIMENSIONS} order, top values first. */
    private static Map<String, List<SearchResult.FacetCount>> facetCounts(Facets facets) throws IOException {
        Map<String, List<SearchResult.FacetCount>> counts = new LinkedHashMap<>();
        for (String dim : CatalogFields.FACET_DIMENSIONS) {
            FacetResult top = facets == null ? null : facets.getTopChildren(FACET_VALUES, dim);
            counts.put(dim, top == null ? List.of() : Arrays.stream(top.labelValues)
                    .map(lv -> new SearchResult.FacetCount(lv.label, lv.value.longValue()))
                    .toList());
        }
        return Collections.unmodifiableMap(counts);
    }
}
