package io.yudex.ingest.batch;

import io.yudex.catalog.CatalogScope;
import io.yudex.catalog.CatalogService;
import io.yudex.catalog.Resource;
import io.yudex.catalog.ResourceStatus;
import io.yudex.data.BatchOutcome;
import io.yudex.data.DataStore;
import io.yudex.data.LoadMode;
import io.yudex.data.RowChange;
import io.yudex.identity.Caller;
import io.yudex.ingest.ColumnMapping;
import io.yudex.ingest.Loader;
import io.yudex.ingest.RowSource;
import io.yudex.ingest.SourceFormatException;
import io.yudex.ingest.SourceRecord;
import io.yudex.ingest.Sources;
import io.yudex.identity.Role;
import io.yudex.platform.ConflictException;
import io.yudex.platform.ForbiddenException;
import io.yudex.platform.InvalidInputException;
import io.yudex.platform.NotFoundException;
import java.time.Clock;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.AtomicBoolean;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.stereotype.Service;

/** Starts, follows, cancels and reverses the loads of resources' data. */
@Service
public class BatchService {

    private final CatalogService catalog;
    private final BatchRepository batches;
    private final RejectRepository rejects;
    private final ResourceTables tables;
    private final DataStore store;
    private final LoadRunner runner;
    private final BatchProfiler profiler;
    private final ApplicationEventPublisher events;
    private final Clock clock;
    /** Cancel flags of the loads running in this process. */
    private final Map<Long, AtomicBoolean> running = new ConcurrentHashMap<>();
    /** One load per resource at a time, so batches of a resource apply in the order they were started. */
    private final Map<String, Long> busy = new ConcurrentHashMap<>();

    BatchService(CatalogService catalog, BatchRepository batches, RejectRepository rejects, ResourceTables tables, DataStore store,
            LoadRunner runner, BatchProfiler profiler, ApplicationEventPublisher events, Clock clock) {
        this.profiler = profiler;
        this.catalog = catalog;
        this.batches = batches;
        this.rejects = rejects;
        this.tables = tables;
        this.store = store;
        this.runner = runner;
        this.events = events;
        this.clock = clock;
    }

    /**
     * Starts loading an uploaded file (or pushed rows saved as one) into a published resource; returns at once with
     * the running batch.
     *
     * @throws ConflictException when the same file was already loaded (unless {@code force}) or a load is running
     */
    public Batch load(String code, Upload upload, BatchSource source, LoadMode mode, boolean force, Caller caller) {
        return load(code, upload, Map.of(), source, mode, force, caller);
    }

    /**
     * Like {@link #load(String, Upload, BatchSource, LoadMode, boolean, Caller)} with an edited column mapping.
     *
     * @param mapping source column → data item name or label, or "" to ignore the column
     */
    public Batch load(String code, Upload upload, Map<String, String> mapping, BatchSource source, LoadMode mode, boolean force,
            Caller caller) {
        Resource resource = writable(code, caller);
        checkMapping(resource, mapping);
        if (!force) {
            batches.succeededWithChecksum(code, upload.checksum()).ifPresent(b -> {
                throw new ConflictException("This file was already loaded as batch " + b.id() + "; send force=true to load it again");
            });
        }
        return start(resource, new FileInput(upload, Map.copyOf(mapping)), source, mode, caller);
    }

    /**
     * Starts loading rows from any input (a pull from a provider's database, say) into a published resource; returns
     * at once with the running batch.
     *
     * @throws ConflictException when a load of the resource is running
     */
    public Batch load(String code, BatchInput input, BatchSource source, LoadMode mode, Caller caller) {
        Resource resource = writable(code, caller);
        checkMapping(resource, input.columnMapping());
        return start(resource, input, source, mode, caller);
    }

    /**
     * Checks an edited column mapping against the resource's data items.
     *
     * @throws InvalidInputException naming {@code mapping} when a column is sent to something that is not a data item
     */
    public static void checkMapping(Resource resource, Map<String, String> mapping) {
        List<String> unknown = mapping.entrySet().stream()
                .filter(e -> !e.getValue().isBlank() && resource.items().stream()
                        .noneMatch(i -> i.name().equalsIgnoreCase(e.getValue().strip()) || i.label().equals(e.getValue().strip())))
                .map(e -> e.getKey() + " → " + e.getValue()).toList();
        if (!unknown.isEmpty()) {
            throw InvalidInputException.of("mapping", "these columns are sent to no data item of " + resource.code() + ": " + unknown);
        }
    }

    private Batch start(Resource resource, BatchInput input, BatchSource source, LoadMode mode, Caller caller) {
        String code = resource.code();
        checkMode(resource, mode);
        long id = reserve(code, () -> batches.insert(code, source, input.name(), input.format(), mode, caller.name(),
                clock.instant(), input.size(), input.checksum()));
        AtomicBoolean cancel = new AtomicBoolean();
        running.put(id, cancel);
        try {
            if (input instanceof FileInput file) {
                batches.recordUpload(id, file.upload().file().getFileName().toString(), ColumnMappingParam.toJson(file.columnMapping()));
            }
            input.started(id);
        } catch (RuntimeException e) {
            batches.finish(id, BatchStatus.FAILED, new Loader.Counters(0, 0, 0, 0), 0, 0, e.getMessage(), clock.instant());
            release(code, id);
            throw e;
        }
        runner.start(id, resource, tables.ensure(resource), input, mode, cancel, () -> release(code, id));
        return get(id, caller);
    }

    /**
     * Reads the header and first rows of an upload for a resource the caller may load into.
     *
     * @throws InvalidInputException naming {@code file} when the upload cannot be read
     */
    public UploadPreview preview(String code, Upload upload, Caller caller) {
        Resource resource = writable(code, caller);
        try (RowSource source = Sources.open(upload.file(), upload.format(), null)) {
            List<List<String>> samples = new java.util.ArrayList<>();
            for (SourceRecord r = source.next(); r != null && samples.size() < 5; r = source.next()) {
                samples.add(r.values());
            }
            List<UploadPreview.Item> items = resource.items().stream().map(i -> new UploadPreview.Item(i.name(), i.label())).toList();
            return new UploadPreview(source.header(), samples, ColumnMapping.suggest(source.header(), ResourceTables.target(resource)), items);
        } catch (SourceFormatException e) {
            throw InvalidInputException.of("file", e.getMessage());
        }
    }

    public Batch get(long id, Caller caller) {
        Batch b = batches.find(id).orElseThrow(() -> new NotFoundException("No batch " + id));
        readable(b.resourceCode(), caller);
        return b;
    }

    public List<Batch> ofResource(String code, Caller caller) {
        readable(code, caller);
        return batches.ofResource(code, 200);
    }

    /** The batch's column profiles with detected sensitive data and suggested sensitivities. */
    public List<ColumnReport> profile(long id, Caller caller) {
        return profiler.report(get(id, caller));
    }

    public List<Reject> rejects(long id, int offset, int limit, Caller caller) {
        get(id, caller);
        return rejects.page(id, offset, limit);
    }

    /** Asks a running load to stop; it ends CANCELLED and nothing of it becomes visible. */
    public Batch cancel(long id, Caller caller) {
        Batch b = get(id, caller);
        writable(b.resourceCode(), caller);
        AtomicBoolean flag = running.get(id);
        if (b.status().finished() || flag == null) {
            throw new ConflictException("Batch " + id + " is " + b.status() + " and cannot be cancelled");
        }
        flag.set(true);
        return b;
    }

    /** Makes the state after batch {@code target} current again, as a new batch. */
    public Batch rollback(String code, long target, Caller caller) {
        Resource resource = writable(code, caller);
        Batch to = batches.find(target).filter(b -> b.resourceCode().equals(code))
                .orElseThrow(() -> InvalidInputException.of("toBatch", "batch " + target + " is not a batch of " + code));
        if (to.status() != BatchStatus.SUCCEEDED) {
            throw InvalidInputException.of("toBatch", "batch " + target + " is " + to.status() + "; only a succeeded batch is a state");
        }
        long id = reserve(code, () -> batches.insert(code, BatchSource.ROLLBACK, "rollback to batch " + target, null,
                LoadMode.FULL_REPLACE, caller.name(), clock.instant(), null, null));
        try {
            BatchOutcome outcome = store.rollbackTo(tables.ensure(resource).table(), target, id);
            var counters = new Loader.Counters(outcome.staged(), outcome.staged(), 0, 0);
            batches.finish(id, BatchStatus.SUCCEEDED, counters, outcome.inserted(), outcome.closed(), "restored the state after batch " + target,
                    clock.instant());
            events.publishEvent(new BatchCommitted(id, code, ResourceTables.tableName(code), outcome.inserted(), outcome.closed()));
        } catch (RuntimeException e) {
            batches.finish(id, BatchStatus.FAILED, new Loader.Counters(0, 0, 0, 0), 0, 0, e.getMessage(), clock.instant());
            throw e;
        } finally {
            release(code, id);
        }
        return get(id, caller);
    }

    /** Rows of the resource as of a batch (null: now). */
    public List<Map<String, Object>> rows(String code, Long asOf, int offset, int limit, Caller caller) {
        Resource resource = readable(code, caller);
        return store.tableExists(ResourceTables.tableName(code)) ? store.rows(tables.ensure(resource).table(), asOf, offset, limit) : List.of();
    }

    public List<RowChange> changesSince(String code, long since, int limit, Caller caller) {
        Resource resource = readable(code, caller);
        return store.tableExists(ResourceTables.tableName(code)) ? store.changesSince(tables.ensure(resource).table(), since, limit) : List.of();
    }

    private long reserve(String code, java.util.function.LongSupplier insert) {
        if (busy.putIfAbsent(code, -1L) != null) {
            throw new ConflictException("A load of " + code + " is already running; wait for it or cancel it");
        }
        try {
            long id = insert.getAsLong();
            busy.put(code, id);
            return id;
        } catch (RuntimeException e) {
            busy.remove(code);
            throw e;
        }
    }

    private void release(String code, long id) {
        running.remove(id);
        busy.remove(code, id);
    }

    private Resource writable(String code, Caller caller) {
        Resource r = catalog.get(code, caller);
        if (!CatalogScope.canEdit(caller, r.providerId())) {
            throw new ForbiddenException("Only the platform admin or " + r.providerName() + "'s data admin may load data into " + code);
        }
        if (r.status() != ResourceStatus.PUBLISHED) {
            throw new ConflictException("Resource " + code + " is " + r.status() + "; only published resources take data");
        }
        return r;
    }

    private Resource readable(String code, Caller caller) {
        Resource r = catalog.get(code, caller);
        if (!CatalogScope.canEdit(caller, r.providerId()) && !caller.has(Role.AUDITOR)) {
            throw new ForbiddenException("Only the provider, the platform admin and auditors see the batches of " + code);
        }
        return r;
    }

    private static void checkMode(Resource r, LoadMode mode) {
        if ((mode == LoadMode.UPSERT || mode == LoadMode.DELETE) && r.items().stream().noneMatch(i -> i.key())) {
            throw InvalidInputException.of("mode", mode + " needs key data items, and " + r.code() + " has none");
        }
    }
}
