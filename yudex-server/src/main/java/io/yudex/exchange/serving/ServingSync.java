package io.yudex.exchange.serving;

import io.yudex.catalog.CatalogService;
import io.yudex.catalog.Resource;
import io.yudex.catalog.ResourceStatus;
import io.yudex.catalog.ShareType;
import io.yudex.data.DataStore;
import io.yudex.identity.Caller;
import io.yudex.identity.Role;
import io.yudex.ingest.batch.BatchCommitted;
import io.yudex.ingest.batch.ResourceTables;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.locks.ReentrantLock;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.context.event.ApplicationReadyEvent;
import org.springframework.context.event.EventListener;
import org.springframework.stereotype.Component;

/**
 * Keeps every servable resource's serving table at the store's latest batch: after each committed batch (loads,
 * rollbacks and replaces alike), at start-up for whatever was missed, and on first use of a resource not yet served.
 * Syncs of one resource never overlap.
 */
@Component
class ServingSync {

    private static final Logger log = LoggerFactory.getLogger(ServingSync.class);
    private static final Caller SYSTEM = new Caller("system", null, null, Set.of(Role.AUDITOR), false);

    private final CatalogService catalog;
    private final DataStore store;
    private final ServingRepository states;
    private final ServingLoader loader;
    private final ConcurrentHashMap<String, ReentrantLock> locks = new ConcurrentHashMap<>();
    /** The live state per resource, so that a look-up costs no extra query; only {@link #sync} writes it. */
    private final ConcurrentHashMap<String, ServingState> live = new ConcurrentHashMap<>();

    ServingSync(CatalogService catalog, DataStore store, ServingRepository states, ServingLoader loader) {
        this.catalog = catalog;
        this.store = store;
        this.states = states;
        this.loader = loader;
    }

    /** Never throws: the batch stands whatever happens here, and the next sync catches up. */
    @EventListener
    void onCommitted(BatchCommitted event) {
        try {
            sync(event.resourceCode(), event.rowsInserted() + event.rowsClosed());
        } catch (RuntimeException e) {
            log.warn("Serving copy of {} not brought to batch {}: {}", event.resourceCode(), event.batchId(), e.getMessage());
        }
    }

    @EventListener(ApplicationReadyEvent.class)
    void catchUpAtStart() {
        Thread.ofVirtual().name("serving-catch-up").start(() -> {
            for (String code : states.servable()) {
                try {
                    sync(code, 0);
                } catch (RuntimeException e) {
                    log.warn("Serving copy of {} not caught up: {}", code, e.getMessage());
                }
            }
        });
    }

    /**
     * Brings the resource's serving table to the store's latest batch and returns its state, or empty when the
     * resource is not servable (not published, not shared, or no data yet).
     *
     * @param changedRows rows the triggering batch inserted and closed (0 when unknown): a batch that changes more
     *                    than half of the rows rebuilds the table instead of applying the changes one by one
     */
    Optional<ServingState> sync(String code, long changedRows) {
        ReentrantLock lock = locks.computeIfAbsent(code, c -> new ReentrantLock());
        lock.lock();
        try {
            Resource r = catalog.get(code, SYSTEM);
            if (r.status() != ResourceStatus.PUBLISHED || r.shareType() == ShareType.NOT_SHARED
                    || !store.tableExists(ResourceTables.tableName(code))) {
                return Optional.empty();
            }
            ServedTable table = ServedTable.of(r);
            ServingState state = states.find(code).orElse(null);
            long latest = loader.latestBatch(code);
            if (latest == 0) {
                return Optional.empty();
            }
            if (state != null && state.signature().equals(table.signature()) && state.lastBatch() >= latest) {
                live.put(code, state);
                return Optional.of(state);
            }
            boolean incremental = state != null && state.signature().equals(table.signature()) && !table.keys().isEmpty()
                    && changedRows <= Math.max(state.rowCount() / 2, ServingLoader.CHUNK);
            long started = System.nanoTime();
            ServingState next = incremental ? loader.apply(table, state, latest) : loader.rebuild(table, state, latest);
            log.info("Serving copy of {} at batch {} ({} rows, {}) in {} ms", code, latest, next.rowCount(), incremental ? "applied" : "rebuilt",
                    (System.nanoTime() - started) / 1_000_000);
            live.put(code, next);
            return Optional.of(next);
        } finally {
            lock.unlock();
        }
    }

    /** The live state, syncing first if the resource was never served. */
    Optional<ServingState> current(String code) {
        ServingState state = live.get(code);
        return state != null ? Optional.of(state) : sync(code, 0);
    }
}
