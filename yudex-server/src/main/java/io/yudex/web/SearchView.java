package io.yudex.web;

import io.yudex.catalog.FormatClass;
import io.yudex.catalog.Library;
import io.yudex.catalog.OpenType;
import io.yudex.catalog.ResourceClass;
import io.yudex.catalog.ResourceStatus;
import io.yudex.catalog.ShareType;
import io.yudex.catalog.UpdateCycle;
import io.yudex.catalog.Vocabulary;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.springframework.web.util.UriComponentsBuilder;

/** Links and labels of the catalog search page: facet toggles keep the query and the other filters. */
public final class SearchView {

    private static final Map<String, Class<? extends Enum<?>>> VOCABULARIES = Map.of(
            "resourceClass", ResourceClass.class, "baseLibrary", Library.class, "shareType", ShareType.class,
            "openType", OpenType.class, "updateCycle", UpdateCycle.class, "format", FormatClass.class,
            "status", ResourceStatus.class);

    private final String q;
    private final Map<String, List<String>> filters;
    private final boolean chinese;

    SearchView(String q, Map<String, List<String>> filters, boolean chinese) {
        this.q = q;
        this.filters = filters;
        this.chinese = chinese;
    }

    public boolean selected(String dim, String value) {
        return filters.getOrDefault(dim, List.of()).contains(value);
    }

    /** The search URL with this facet value added, or removed when it is already selected. */
    public String toggle(String dim, String value) {
        Map<String, List<String>> next = new LinkedHashMap<>();
        filters.forEach((k, v) -> next.put(k, new ArrayList<>(v)));
        List<String> values = next.computeIfAbsent(dim, k -> new ArrayList<>());
        if (!values.remove(value)) {
            values.add(value);
        }
        return url(next, 0);
    }

    public String page(int page) {
        return url(filters, page);
    }

    /** Display label of a facet value: the vocabulary label for coded dimensions, the value itself otherwise. */
    public String label(String dim, String value) {
        Class<? extends Enum<?>> type = VOCABULARIES.get(dim);
        if (type == null || value == null) {
            return value;
        }
        for (Enum<?> e : type.getEnumConstants()) {
            if (e.name().equals(value)) {
                return ((Vocabulary) e).label(chinese);
            }
        }
        return value;
    }

    private String url(Map<String, List<String>> f, int page) {
        var b = UriComponentsBuilder.fromPath("/catalog");
        if (q != null && !q.isBlank()) {
            b.queryParam("q", q);
        }
        f.forEach((k, values) -> values.forEach(v -> b.queryParam(k, v)));
        if (page > 0) {
            b.queryParam("page", page);
        }
        return b.encode().build().toUriString();
    }
}
