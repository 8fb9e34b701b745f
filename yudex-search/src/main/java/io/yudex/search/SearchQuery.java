package io.yudex.search;

import java.util.List;
import java.util.Map;

/**
 * A catalog search. {@code text} may be blank (match all, sorted by most recently updated);
 * {@code filters} maps a facet dimension (see {@link CatalogDocument}) to accepted values (OR
 * within a dimension, AND across dimensions). {@code page} is 0-based.
 */
public record SearchQuery(String text, Map<String, List<String>> filters, Visibility visibility, int page, int size) {

    public SearchQuery {
        filters = filters == null ? Map.of() : Map.copyOf(filters);
        if (page < 0) throw new IllegalArgumentException("page must be >= 0, was " + page);
        if (size < 1 || size > 200) throw new IllegalArgumentException("size must be 1..200, was " + size);
    }
}
