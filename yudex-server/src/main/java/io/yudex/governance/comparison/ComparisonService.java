package io.yudex.governance.comparison;

import io.yudex.catalog.CatalogService;
import io.yudex.catalog.DataItem;
import io.yudex.catalog.Resource;
import io.yudex.data.DataStore;
import io.yudex.identity.Caller;
import io.yudex.identity.Role;
import io.yudex.ingest.batch.Batch;
import io.yudex.ingest.batch.BatchService;
import io.yudex.ingest.batch.BatchStatus;
import io.yudex.ingest.batch.ResourceTables;
import io.yudex.platform.ConflictException;
import io.yudex.platform.FieldError;
import io.yudex.platform.ForbiddenException;
import io.yudex.platform.InvalidInputException;
import io.yudex.platform.NotFoundException;
import io.yudex.rules.UnknownCheckException;
import io.yudex.rules.compare.Comparison;
import io.yudex.rules.compare.DuckDbComparisonCompiler;
import java.time.Clock;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ExecutorService;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.stereotype.Service;

/**
 * Defines comparisons between two departments' resources and runs them in the background inside the data store, one
 * run per comparison at a time. The platform admin defines and runs them; the two departments' data admins and
 * auditors read them.
 */
@Service
public class ComparisonService {

    /** Reads batches and catalog entries on the platform's own behalf. */
    private static final Caller SYSTEM = new Caller("system", null, null, Set.of(Role.AUDITOR), false);
    private static final Logger log = LoggerFactory.getLogger(ComparisonService.class);

    private final ComparisonRepository repository;
    private final CatalogService catalog;
    private final BatchService batches;
    private final DataStore store;
    private final ExecutorService executor;
    private final ComparisonProperties properties;
    private final ApplicationEventPublisher events;
    private final Clock clock;
    private final Set<Long> active = ConcurrentHashMap.newKeySet();

    ComparisonService(ComparisonRepository repository, CatalogService catalog, BatchService batches, DataStore store, ExecutorService ingestExecutor,
            ComparisonProperties properties, ApplicationEventPublisher events, Clock clock) {
        this.repository = repository;
        this.catalog = catalog;
        this.batches = batches;
        this.store = store;
        this.executor = ingestExecutor;
        this.properties = properties;
        this.events = events;
        this.clock = clock;
    }

    /**
     * Stores a comparison.
     *
     * @param definition a yudex-rules Comparison map; its keys must be key items of their resources
     * @throws InvalidInputException naming every offending field; nothing is stored then
     */
    public ComparisonDefinition create(String name, String left, String right, Map<String, ?> definition, Caller caller) {
        requireAdmin(caller);
        List<FieldError> errors = new ArrayList<>();
        if (name == null || name.isBlank() || name.length() > 200) {
            errors.add(new FieldError("name", "required, at most 200 characters"));
        }
        Resource l = resource(left, "left", errors);
        Resource r = resource(right, "right", errors);
        if (l != null && r != null && l.providerId() == r.providerId()) {
            errors.add(new FieldError("right", "a comparison is between two departments; both resources belong to " + l.providerName()));
        }
        Comparison comparison = null;
        try {
            comparison = definition == null ? null : lowerCase(Comparison.of(definition));
            if (comparison == null) {
                errors.add(new FieldError("definition", "required"));
            }
        } catch (UnknownCheckException e) {
            errors.add(new FieldError("definition", e.getMessage()));
        }
        if (comparison != null && l != null && r != null) {
            checkColumns(comparison, l, r, errors);
        }
        if (!errors.isEmpty()) {
            throw new InvalidInputException(errors);
        }
        long id = repository.insert(name.strip(), l.code(), r.code(), comparison.toMap(), caller.name(), clock.instant());
        return get(id, caller);
    }

    public List<ComparisonDefinition> list(Caller caller) {
        return repository.all().stream().map(this::view).filter(c -> visible(c, caller)).toList();
    }

    public ComparisonDefinition get(long id, Caller caller) {
        ComparisonDefinition c = repository.find(id).map(this::view).orElseThrow(() -> new NotFoundException("No comparison " + id));
        if (!visible(c, caller)) {
            throw new ForbiddenException("Only the platform admin, auditors and the data admins of " + c.left().departmentName() + " and "
                    + c.right().departmentName() + " see comparison " + id);
        }
        return c;
    }

    /** Comparisons with either side on this resource (for the platform's own use). */
    public List<ComparisonDefinition> reading(String resource) {
        return repository.reading(resource).stream().map(this::view).toList();
    }

    /**
     * Starts a run over the current state of both resources; returns at once.
     *
     * @throws ConflictException when a side has no data yet or a run of this comparison is in flight
     */
    public ComparisonRun start(long id, Caller caller) {
        requireAdmin(caller);
        return begin(get(id, caller), "MANUAL", caller.name());
    }

    /**
     * Starts a run on the platform's own behalf (e.g. after a batch that may correct a value under verification).
     *
     * @throws ConflictException as {@link #start}
     */
    public ComparisonRun rerun(long id, String trigger) {
        return begin(repository.find(id).map(this::view).orElseThrow(() -> new NotFoundException("No comparison " + id)), trigger, "system");
    }

    private ComparisonRun begin(ComparisonDefinition c, String trigger, String user) {
        for (ComparisonDefinition.Side side : List.of(c.left(), c.right())) {
            if (!store.tableExists(ResourceTables.tableName(side.resource()))) {
                throw new ConflictException("Resource " + side.resource() + " has no data yet; load a batch first");
            }
        }
        if (!active.add(c.id())) {
            throw new ConflictException("A run of comparison " + c.id() + " is in flight; wait for it");
        }
        try {
            long runId = repository.insertRun(c.id(), c.definition(), latest(c.left().resource()), latest(c.right().resource()), trigger, user,
                    clock.instant());
            executor.submit(() -> {
                try {
                    execute(runId, c);
                } finally {
                    active.remove(c.id());
                }
            });
            return repository.run(runId).orElseThrow();
        } catch (RuntimeException e) {
            active.remove(c.id());
            throw e;
        }
    }

    public List<ComparisonRun> runs(long comparisonId, Caller caller) {
        get(comparisonId, caller);
        return repository.runs(comparisonId, 100);
    }

    public ComparisonRun run(long runId, Caller caller) {
        ComparisonRun run = repository.run(runId).orElseThrow(() -> new NotFoundException("No comparison run " + runId));
        get(run.comparisonId(), caller);
        return run;
    }

    /**
     * Rows of a run that did not match cleanly.
     *
     * @param kind CONFLICT, ONLY_LEFT, ONLY_RIGHT or null for all
     */
    public List<ComparisonRow> rows(long runId, String kind, int offset, int limit, Caller caller) {
        run(runId, caller);
        if (kind != null && !Set.of("CONFLICT", "ONLY_LEFT", "ONLY_RIGHT").contains(kind)) {
            throw InvalidInputException.of("kind", "CONFLICT, ONLY_LEFT or ONLY_RIGHT");
        }
        if (offset < 0 || limit < 1 || limit > 10_000) {
            throw InvalidInputException.of("limit", "offset ≥ 0 and limit between 1 and 10000");
        }
        return repository.rows(runId, kind, offset, limit);
    }

    /** The stored row of one key in a run, if it did not match cleanly there (for the platform's own use). */
    public Optional<ComparisonRow> row(long runId, String key) {
        return repository.row(runId, key);
    }

    /** Marks runs cut off by a stop as failed; see {@link ComparisonRecovery}. */
    int failInterrupted() {
        return repository.failRunning("interrupted: the platform stopped during the run; start it again", clock.instant());
    }

    private void execute(long runId, ComparisonDefinition c) {
        long started = System.nanoTime();
        try {
            Comparison comparison = Comparison.of(c.definition());
            DuckDbComparisonCompiler compiler = new DuckDbComparisonCompiler(comparison);
            var left = source(c.left().resource(), comparison.leftKey());
            var right = source(c.right().resource(), comparison.rightKey());
            int n = comparison.items().size();
            long[] counts = new long[4];
            List<ComparisonRun.ItemCount> items = new ArrayList<>();
            store.query(compiler.summaryQuery(left, right), List.of(), v -> {
                for (int i = 0; i < 4; i++) {
                    counts[i] = ((Number) v[i]).longValue();
                }
                for (int i = 0; i < n; i++) {
                    int s = 4 + 4 * i;
                    items.add(new ComparisonRun.ItemCount(comparison.items().get(i).name(), ((Number) v[s]).longValue(),
                            ((Number) v[s + 1]).longValue(), ((Number) v[s + 2]).longValue(), ((Number) v[s + 3]).longValue()));
                }
            });
            ComparisonRepository.RowWriter writer = repository.writer(runId, properties.maxRows());
            long total = store.query(compiler.rowsQuery(left, right), List.of(), v -> writer.add((String) v[1], (String) v[0], (String) v[2],
                    (String) v[3], (Long) v[4], (Long) v[5], values(comparison, v)));
            writer.flush();
            String message = writer.stored() < total ? "stored the first " + writer.stored() + " of " + total
                    + " rows (yudex.governance.comparison.max-rows); counts are exact" : null;
            long millis = (System.nanoTime() - started) / 1_000_000;
            repository.succeed(runId, counts, items, writer.stored(), millis, message, clock.instant());
            log.info("Comparison run {} of {}: {} matched, {} only left, {} only right, {} conflicting in {} ms", runId, c.id(), counts[0], counts[1],
                    counts[2], counts[3], millis);
            events.publishEvent(new ComparisonRunFinished(c.id(), runId));
        } catch (RuntimeException e) {
            log.warn("Comparison run {} of {} failed", runId, c.id(), e);
            repository.fail(runId, "the run failed: " + e.getMessage(), clock.instant());
        }
    }

    private static List<ComparisonRow.Value> values(Comparison comparison, Object[] v) {
        List<ComparisonRow.Value> values = new ArrayList<>();
        for (int i = 0; i < comparison.items().size(); i++) {
            values.add(new ComparisonRow.Value(comparison.items().get(i).name(), Boolean.TRUE.equals(v[6 + 3 * i]), (String) v[7 + 3 * i],
                    (String) v[8 + 3 * i]));
        }
        return values;
    }

    /** The current rows of a resource; its key is unique when the join column is its whole key. */
    private DuckDbComparisonCompiler.Source source(String code, String joinColumn) {
        Resource r = catalog.get(code, SYSTEM);
        List<String> keys = r.items().stream().filter(DataItem::key).map(i -> i.name().toLowerCase(Locale.ROOT)).toList();
        return new DuckDbComparisonCompiler.Source("(SELECT * FROM " + io.yudex.rules.sql.DuckDbSqlCompiler.identifier(ResourceTables.tableName(code))
                + " WHERE _v_to IS NULL)", keys.equals(List.of(joinColumn)));
    }

    private Long latest(String code) {
        return batches.ofResource(code, SYSTEM).stream().filter(b -> b.status() == BatchStatus.SUCCEEDED).map(Batch::id).findFirst().orElse(null);
    }

    private Resource resource(String code, String field, List<FieldError> errors) {
        if (code == null || code.isBlank()) {
            errors.add(new FieldError(field, "required: a resource code"));
            return null;
        }
        try {
            return catalog.get(code, SYSTEM);
        } catch (NotFoundException e) {
            errors.add(new FieldError(field, "no resource " + code));
            return null;
        }
    }

    private static void checkColumns(Comparison c, Resource l, Resource r, List<FieldError> errors) {
        checkKey(c.leftKey(), l, "definition.leftKey", errors);
        checkKey(c.rightKey(), r, "definition.rightKey", errors);
        for (int i = 0; i < c.items().size(); i++) {
            Comparison.Item item = c.items().get(i);
            if (!has(l, item.left())) {
                errors.add(new FieldError("definition.items[" + i + "].left", l.code() + " has no item " + item.left()));
            }
            if (!has(r, item.right())) {
                errors.add(new FieldError("definition.items[" + i + "].right", r.code() + " has no item " + item.right()));
            }
        }
    }

    private static void checkKey(String column, Resource r, String field, List<FieldError> errors) {
        Optional<DataItem> item = r.items().stream().filter(i -> i.name().equalsIgnoreCase(column)).findFirst();
        if (item.isEmpty()) {
            errors.add(new FieldError(field, r.code() + " has no item " + column));
        } else if (!item.get().key()) {
            errors.add(new FieldError(field, column + " is not a key item of " + r.code() + "; compare on a key (e.g. the ID number)"));
        }
    }

    private static boolean has(Resource r, String column) {
        return r.items().stream().anyMatch(i -> i.name().equalsIgnoreCase(column));
    }

    /** Store columns are the items' names in lower case. */
    private static Comparison lowerCase(Comparison c) {
        return new Comparison(c.leftKey().toLowerCase(Locale.ROOT), c.rightKey().toLowerCase(Locale.ROOT), c.keyNormalisations(), c.items().stream()
                .map(i -> new Comparison.Item(i.name(), i.left().toLowerCase(Locale.ROOT), i.right().toLowerCase(Locale.ROOT), i.normalisations(),
                        i.owner())).toList());
    }

    private ComparisonDefinition view(ComparisonRepository.Stored s) {
        return new ComparisonDefinition(s.id(), s.name(), side(s.leftResource()), side(s.rightResource()), s.definition(), s.createdBy(), s.createdAt());
    }

    private ComparisonDefinition.Side side(String code) {
        Resource r = catalog.get(code, SYSTEM);
        return new ComparisonDefinition.Side(r.code(), r.name(), r.providerId(), r.providerName());
    }

    private static boolean visible(ComparisonDefinition c, Caller caller) {
        return caller.platformAdmin() || caller.has(Role.AUDITOR)
                || (caller.has(Role.DEPT_ADMIN) && (caller.belongsTo(c.left().departmentId()) || caller.belongsTo(c.right().departmentId())));
    }

    private static void requireAdmin(Caller caller) {
        if (!caller.platformAdmin()) {
            throw new ForbiddenException("Only the platform admin defines and runs comparisons");
        }
    }
}
