package io.yudex.opendata;

import io.yudex.catalog.CatalogLists;
import io.yudex.catalog.CatalogSearch;
import io.yudex.catalog.CatalogService;
import io.yudex.catalog.ListFilter;
import io.yudex.catalog.OpenType;
import io.yudex.catalog.Resource;
import io.yudex.catalog.ResourceStatus;
import io.yudex.identity.Caller;
import io.yudex.platform.NotFoundException;
import io.yudex.search.SearchResult;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.springframework.stereotype.Service;

/**
 * The portal's read model: the open list (published, 无条件开放 or 有条件开放; 不予开放 never appears) with the current
 * release of each dataset. Everything is read as the anonymous public would see it.
 */
@Service
public class OpenCatalog {

    /** Facet dimensions the portal offers (a subset of the catalog index's). */
    public static final List<String> FACETS = List.of("provider", "resourceClass", "baseLibrary", "format", "openType", "updateCycle", "tags");
    private static final Set<String> FILTERABLE = Set.copyOf(FACETS);

    private final CatalogService catalog;
    private final CatalogLists lists;
    private final CatalogSearch search;
    private final ReleaseService releases;

    OpenCatalog(CatalogService catalog, CatalogLists lists, CatalogSearch search, ReleaseService releases) {
        this.catalog = catalog;
        this.lists = lists;
        this.search = search;
        this.releases = releases;
    }

    static boolean isOpen(Resource r) {
        return (r.status() == ResourceStatus.PUBLISHED || r.status() == ResourceStatus.DEPRECATED) && r.openType() != OpenType.NOT_OPEN;
    }

    /** An open dataset by resource code; empty for unknown codes and for anything not on the open list. */
    public Optional<OpenDataset> find(String code) {
        if (code == null || code.length() > 64) {
            return Optional.empty();
        }
        try {
            Resource r = catalog.get(code, Caller.ANONYMOUS);
            return isOpen(r) ? Optional.of(new OpenDataset(r, releases.current(r).orElse(null))) : Optional.empty();
        } catch (NotFoundException e) {
            return Optional.empty();
        }
    }

    /** @throws NotFoundException naming the code when it is not an open dataset */
    public OpenDataset get(String code) {
        return find(code).orElseThrow(() -> new NotFoundException("No open dataset with code " + code));
    }

    /** Every open dataset, newest change first. */
    public List<OpenDataset> all() {
        Map<String, Long> current = releases.currentIds();
        return lists.openList(ListFilter.NONE).stream()
                .sorted(Comparator.comparing(Resource::updatedAt).reversed())
                .map(r -> new OpenDataset(r, current.containsKey(r.code()) ? releases.current(r).orElse(null) : null))
                .toList();
    }

    /** Full-text search over the open datasets, filters by {@link #FACETS} only. */
    public SearchResult search(String text, Map<String, List<String>> filters, int page, int size) {
        Map<String, List<String>> allowed = new LinkedHashMap<>();
        filters.forEach((dim, values) -> {
            if (!FILTERABLE.contains(dim)) {
                throw new IllegalArgumentException("Cannot filter by " + dim + "; filters: " + FACETS);
            }
            allowed.put(dim, values);
        });
        return search.search(text, allowed, Caller.ANONYMOUS, page, size);
    }

    /** Open datasets per provider department name, most first. */
    public Map<String, Long> byDepartment() {
        Map<String, Long> counts = new LinkedHashMap<>();
        all().stream().map(d -> d.resource().providerName()).forEach(n -> counts.merge(n, 1L, Long::sum));
        return counts.entrySet().stream().sorted(Map.Entry.<String, Long>comparingByValue().reversed())
                .collect(LinkedHashMap::new, (m, e) -> m.put(e.getKey(), e.getValue()), Map::putAll);
    }
}
