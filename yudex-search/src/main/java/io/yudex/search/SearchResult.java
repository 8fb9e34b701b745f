package io.yudex.search;

import java.util.List;
import java.util.Map;

/** One page of hits, the total number of visible matches and the facet counts over all of them. */
public record SearchResult(long total, List<Hit> hits, Map<String, List<FacetCount>> facets) {

    /** A hit: the stored document plus highlighted fragments (HTML-escaped, matches in {@code <em>}). */
    public record Hit(CatalogDocument document, String highlightedName, String highlightedSummary, float score) {}

    public record FacetCount(String value, long count) {}
}
