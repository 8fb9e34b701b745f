package io.yudex.bench;

import io.yudex.search.CatalogIndex;
import io.yudex.search.SearchQuery;
import io.yudex.search.SearchResult;
import io.yudex.search.Visibility;
import java.nio.file.Path;
import java.util.LinkedHashSet;
import java.util.Map;
import java.util.Set;

/** The Yudex side of the comparison: a {@link CatalogIndex} filled with {@link CatalogFixtures}. */
public final class LuceneCatalog implements AutoCloseable {

    /** What an anonymous visitor of the open-data portal may see. */
    public static final Visibility ANONYMOUS =
            new Visibility(false, Set.of("PUBLISHED"), Set.of("无条件开放", "有条件开放"), null);
    /** Bump when {@link CatalogFixtures} changes, so that a kept index is rebuilt. */
    private static final String FIXTURES_VERSION = "fixtures-v1";

    private final CatalogIndex index;

    private LuceneCatalog(CatalogIndex index) {
        this.index = index;
    }

    /**
     * Opens the index in {@code directory} and fills it with {@code resources} fixtures unless it
     * already holds exactly those (the stamp says so). Each JMH fork reopens instead of re-indexing.
     */
    public static LuceneCatalog openOrBuild(Path directory, int resources) {
        CatalogIndex index = CatalogIndex.open(directory);
        String stamp = FIXTURES_VERSION + ":" + resources;
        if (!index.stamp().filter(stamp::equals).isPresent()) {
            index.replaceAll(() -> CatalogFixtures.resources(resources).iterator(), stamp);
        }
        return new LuceneCatalog(index);
    }

    /** The measured call: one result page of 20 with facets and highlighting, as the portal asks it. */
    public SearchResult search(String text) {
        return index.search(new SearchQuery(text, Map.of(), ANONYMOUS, 0, 20));
    }

    /** Every code matching {@code text} regardless of visibility, for checking against the baseline. */
    public Set<String> matchingCodes(String text) {
        Set<String> codes = new LinkedHashSet<>();
        for (int page = 0; ; page++) {
            SearchResult result = index.search(new SearchQuery(text, Map.of(), Visibility.everything(), page, 200));
            result.hits().forEach(hit -> codes.add(hit.document().code()));
            if (result.hits().isEmpty() || codes.size() >= result.total()) return codes;
        }
    }

    public long count() {
        return index.count();
    }

    @Override
    public void close() {
        index.close();
    }
}
