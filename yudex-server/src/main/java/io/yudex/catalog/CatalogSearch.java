package io.yudex.catalog;

import io.yudex.identity.Caller;
import io.yudex.identity.Role;
import io.yudex.platform.YudexProperties;
import io.yudex.search.CatalogDocument;
import io.yudex.search.CatalogIndex;
import io.yudex.search.SearchQuery;
import io.yudex.search.SearchResult;
import io.yudex.search.Visibility;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.DisposableBean;
import org.springframework.boot.ApplicationArguments;
import org.springframework.boot.ApplicationRunner;
import org.springframework.core.annotation.Order;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Service;
import org.springframework.transaction.event.TransactionalEventListener;

/**
 * Full-text catalog search. The Lucene index lives under the data dir, follows every committed change,
 * and is rebuilt from the database at start-up when it is missing or its stamp differs from the database's.
 */
@Service
@Order(5)
public class CatalogSearch implements ApplicationRunner, DisposableBean {

    /** The facet dimensions, in the order the console shows them. */
    public static final List<String> DIMENSIONS = CatalogIndex.FACET_DIMENSIONS;

    private static final Logger log = LoggerFactory.getLogger(CatalogSearch.class);
    private static final Set<String> PUBLIC_STATUSES = Set.of(ResourceStatus.PUBLISHED.name(), ResourceStatus.DEPRECATED.name());

    private final ResourceRepository resources;
    private final CatalogIndex index;
    private final Object writeLock = new Object();
    private boolean dirty;

    CatalogSearch(ResourceRepository resources, YudexProperties properties) {
        this.resources = resources;
        this.index = CatalogIndex.open(properties.dataDir().resolve("index").resolve("catalog"));
    }

    /** Searches what the caller may see. */
    public SearchResult search(String text, Map<String, List<String>> filters, Caller caller, int page, int size) {
        return index.search(new SearchQuery(text, filters, visibility(caller), page, size));
    }

    /** The facet filters among request parameters: every known dimension that has values. */
    public static Map<String, List<String>> filtersOf(Map<String, List<String>> parameters) {
        Map<String, List<String>> filters = new java.util.LinkedHashMap<>();
        for (String dim : DIMENSIONS) {
            List<String> values = parameters.get(dim);
            if (values != null && !values.isEmpty()) {
                filters.put(dim, List.copyOf(values));
            }
        }
        return filters;
    }

    @Override
    public void run(ApplicationArguments args) {
        String stamp = resources.stamp();
        if (index.stamp().filter(stamp::equals).isPresent()) {
            log.info("Catalog index is current ({} documents)", index.count());
            return;
        }
        rebuild();
    }

    /** Re-reads every resource from the database into a fresh index. */
    public void rebuild() {
        synchronized (writeLock) {
            long started = System.nanoTime();
            String stamp = resources.stamp();
            List<CatalogDocument> docs = resources.findAll().stream().map(CatalogSearch::document).toList();
            index.replaceAll(docs, stamp);
            log.info("Rebuilt catalog index: {} documents in {} ms", docs.size(), (System.nanoTime() - started) / 1_000_000);
        }
    }

    /** Makes the change searchable at once; the durable index commit follows in {@link #commitIfDirty()}. */
    @TransactionalEventListener
    void onChange(ResourceChanged event) {
        synchronized (writeLock) {
            resources.find(event.code()).ifPresentOrElse(r -> index.upsert(document(r)), () -> index.delete(event.code()));
            dirty = true;
        }
    }

    /**
     * Commits the index with the database's stamp. Batched because a Lucene commit syncs files to disk; after a
     * crash between commits the stamps differ and the index is rebuilt at start-up.
     */
    @Scheduled(fixedDelay = 2000)
    void commitIfDirty() {
        synchronized (writeLock) {
            if (dirty) {
                index.commit(resources.stamp());
                dirty = false;
            }
        }
    }

    static Visibility visibility(Caller caller) {
        if (caller.platformAdmin() || caller.has(Role.AUDITOR)) {
            return Visibility.everything();
        }
        if (caller.anonymous()) {
            return new Visibility(false, PUBLIC_STATUSES, Set.of(OpenType.UNCONDITIONAL.name(), OpenType.CONDITIONAL.name()), null);
        }
        String own = caller.has(Role.DEPT_ADMIN) ? caller.departmentCode() : null;
        return new Visibility(false, PUBLIC_STATUSES, null, own);
    }

    static CatalogDocument document(Resource r) {
        return new CatalogDocument(r.code(), r.name(), r.summary(), r.providerCode(), r.providerName(), r.regionName(),
                r.resourceClass().name(), r.library() == null ? null : r.library().name(), r.shareType().name(),
                r.openType().name(), r.updateCycle().name(), r.formatClass().name(), r.status().name(), r.tags(),
                r.items().stream().map(i -> i.label() + " " + i.name()).toList(), r.updatedAt());
    }

    @Override
    public void destroy() throws Exception {
        commitIfDirty();
        index.close();
    }
}
