package io.yudex.governance;

import io.yudex.catalog.CatalogService;
import io.yudex.catalog.DataItem;
import io.yudex.catalog.Resource;
import io.yudex.data.DataStore;
import io.yudex.identity.Caller;
import io.yudex.ingest.batch.Batch;
import io.yudex.ingest.batch.BatchCommitted;
import io.yudex.ingest.batch.ResourceTables;
import io.yudex.platform.ConflictException;
import io.yudex.platform.NotFoundException;
import io.yudex.rules.IdentifierChecks;
import io.yudex.rules.check.CheckEvaluator;
import io.yudex.rules.check.CodeTables;
import io.yudex.rules.check.ReferenceLookup;
import io.yudex.rules.check.Rule;
import io.yudex.rules.sql.DuckDbSqlCompiler;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.atomic.AtomicLong;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.context.event.EventListener;
import org.springframework.stereotype.Service;

/**
 * Runs resources' rule sets over their data: on demand, and after every committed batch (in the background, on the
 * ingest executor). One run per resource at a time; batches committed meanwhile are folded into one more run of the
 * latest state when it ends.
 */
@Service
public class RuleRunService {

    private static final Logger log = LoggerFactory.getLogger(RuleRunService.class);

    private final RuleSetService ruleSets;
    private final RuleSetRepository ruleSetRepository;
    private final RunRepository runs;
    private final CatalogService catalog;
    private final DataStore store;
    private final ExecutorService executor;
    private final GovernanceProperties properties;
    private final Clock clock;
    private final DuckDbSqlCompiler compiler;
    private final CheckEvaluator evaluator;
    /** Resources with a run in flight → the latest batch committed meanwhile (0: none), to run once more. */
    private final Map<String, AtomicLong> active = new ConcurrentHashMap<>();

    RuleRunService(RuleSetService ruleSets, RuleSetRepository ruleSetRepository, RunRepository runs, CatalogService catalog, DataStore store,
            ExecutorService ingestExecutor, GovernanceProperties properties, Clock clock) {
        this.ruleSets = ruleSets;
        this.ruleSetRepository = ruleSetRepository;
        this.runs = runs;
        this.catalog = catalog;
        this.store = store;
        this.executor = ingestExecutor;
        this.properties = properties;
        this.clock = clock;
        IdentifierChecks identifiers = IdentifierChecks.standard(clock);
        this.compiler = new DuckDbSqlCompiler(CodeTables.standard(), clock, identifiers);
        this.evaluator = new CheckEvaluator(identifiers, CodeTables.standard(), ReferenceLookup.none(), clock);
    }

    /**
     * Starts a run of the current rules over the resource's data as of its latest succeeded batch; returns at once.
     *
     * @throws ConflictException when the resource has no data yet or a run of it is in flight
     */
    public RuleRun start(String code, Caller caller) {
        Resource r = ruleSets.writable(code, caller);
        Batch latest = ruleSets.latestSucceeded(code)
                .filter(b -> store.tableExists(ResourceTables.tableName(code)))
                .orElseThrow(() -> new ConflictException("Resource " + code + " has no data yet; load a batch first"));
        if (active.putIfAbsent(code, new AtomicLong()) != null) {
            throw new ConflictException("A rule run of " + code + " is in flight; wait for it");
        }
        try {
            long id = begin(r, latest.id(), "MANUAL", caller.name(), latest.finishedAt());
            return runs.find(id).orElseThrow();
        } catch (RuntimeException e) {
            active.remove(code);
            throw e;
        }
    }

    /** After every committed batch (rollbacks included): never throws, the batch stands whatever happens here. */
    @EventListener
    void onCommitted(BatchCommitted event) {
        try {
            boolean[] start = {false};
            active.compute(event.resourceCode(), (code, pending) -> {
                if (pending == null) {
                    start[0] = true;
                    return new AtomicLong();
                }
                pending.accumulateAndGet(event.batchId(), Math::max);
                return pending;
            });
            if (start[0]) {
                Resource r = catalog.get(event.resourceCode(), RuleSetService.SYSTEM);
                begin(r, event.batchId(), "BATCH", "system", clock.instant());
            }
        } catch (RuntimeException e) {
            active.remove(event.resourceCode());
            log.warn("Cannot start the rule run after batch {} of {}: {}", event.batchId(), event.resourceCode(), e.getMessage());
        }
    }

    public RuleRun get(long id, Caller caller) {
        RuleRun run = runs.find(id).orElseThrow(() -> new NotFoundException("No rule run " + id));
        ruleSets.readable(run.resourceCode(), caller);
        return run;
    }

    public List<RuleRun> ofResource(String code, Caller caller) {
        ruleSets.readable(code, caller);
        return runs.ofResource(code, 200);
    }

    /** The run's stored findings, in the order they were found. */
    public List<Finding> findings(long id, Caller caller) {
        get(id, caller);
        return runs.findings(id, properties.maxFindings());
    }

    private long begin(Resource r, long asOfBatch, String trigger, String user, Instant lastUpdate) {
        RuleSet set = ruleSetRepository.current(r.code()).orElse(RuleSet.none(r.code()));
        long id = runs.insert(r.code(), set.version(), asOfBatch, trigger, user, clock.instant());
        executor.submit(() -> {
            execute(id, r, set, asOfBatch, lastUpdate);
            next(r);
        });
        return id;
    }

    /** Ends the resource's turn, or runs once more over the latest batch committed meanwhile. */
    private void next(Resource r) {
        long[] again = {0};
        active.compute(r.code(), (code, pending) -> {
            again[0] = pending == null ? 0 : pending.getAndSet(0);
            return again[0] == 0 ? null : pending;
        });
        if (again[0] != 0) {
            try {
                begin(catalog.get(r.code(), RuleSetService.SYSTEM), again[0], "BATCH", "system", clock.instant());
            } catch (RuntimeException e) {
                active.remove(r.code());
                log.warn("Cannot start the follow-up rule run of {}: {}", r.code(), e.getMessage());
            }
        }
    }

    private void execute(long id, Resource r, RuleSet set, long asOfBatch, Instant lastUpdate) {
        long started = System.nanoTime();
        try {
            List<Rule> rules = set.rules().stream().map(Rule::of).toList();
            List<String> columns = r.items().stream().map(i -> i.name().toLowerCase(Locale.ROOT)).toList();
            List<String> keys = r.items().stream().filter(DataItem::key).map(i -> i.name().toLowerCase(Locale.ROOT)).toList();
            RunRepository.FindingWriter writer = runs.writer(id, properties.maxFindings());
            StoreRuleRun.Outcome o = new StoreRuleRun(store, compiler, evaluator, ResourceTables.tableName(r.code()), columns, keys, asOfBatch,
                    rules, writer).run(columns);
            writer.flush();
            boolean consistencyRules = rules.stream().anyMatch(x -> x.check() instanceof io.yudex.rules.check.Check.IdConsistency);
            LocalDate today = LocalDate.now(clock);
            Quality q = Quality.of(o.rows(), o.cells(), o.filledCells(), rules.isEmpty() ? null : o.errorRows(),
                    consistencyRules ? o.inconsistentRows() : null, o.keyedRows(), o.distinctKeys(),
                    Quality.timeliness(lastUpdate == null ? null : LocalDate.ofInstant(lastUpdate, clock.getZone()),
                            Quality.cycleOf(r.updateCycle()), today));
            List<RuleRun.RuleCount> counts = new ArrayList<>();
            for (int i = 0; i < rules.size(); i++) {
                counts.add(new RuleRun.RuleCount(i, rules.get(i).toMap(), o.enginePerRule()[i], o.failedPerRule()[i], o.flaggedPerRule()[i]));
            }
            runs.insertRuleCounts(id, counts);
            String message = writer.stored() < o.findings()
                    ? "stored the first " + writer.stored() + " of " + o.findings() + " findings (yudex.governance.max-findings); counts are exact"
                    : null;
            runs.succeed(id, o, q, writer.stored(), (System.nanoTime() - started) / 1_000_000, message, clock.instant());
            log.info("Rule run {} of {} as of batch {}: {} rows, {} failed, {} flagged, score {} in {} ms", id, r.code(), asOfBatch, o.rows(),
                    o.errorRows(), o.flaggedRows(), q.score(), (System.nanoTime() - started) / 1_000_000);
        } catch (RuntimeException e) {
            log.warn("Rule run {} of {} failed", id, r.code(), e);
            runs.fail(id, "the run failed: " + e.getMessage(), clock.instant());
        }
    }
}
