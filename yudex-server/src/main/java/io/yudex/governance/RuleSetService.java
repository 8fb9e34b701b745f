package io.yudex.governance;

import io.yudex.catalog.CatalogScope;
import io.yudex.catalog.CatalogService;
import io.yudex.catalog.DataItem;
import io.yudex.catalog.Resource;
import io.yudex.data.DataStore;
import io.yudex.data.DataStoreException;
import io.yudex.identity.Caller;
import io.yudex.identity.Role;
import io.yudex.ingest.batch.Batch;
import io.yudex.ingest.batch.BatchService;
import io.yudex.ingest.batch.BatchStatus;
import io.yudex.ingest.batch.ColumnReport;
import io.yudex.platform.ConflictException;
import io.yudex.platform.ForbiddenException;
import io.yudex.platform.InvalidInputException;
import io.yudex.rules.check.CodeTables;
import io.yudex.rules.check.Rule;
import io.yudex.rules.sql.DuckDbSqlCompiler;
import io.yudex.standards.detect.SensitiveKind;
import java.time.Clock;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.springframework.dao.DuplicateKeyException;
import org.springframework.stereotype.Service;

/** Reads, versions and suggests the rule sets attached to resources. */
@Service
public class RuleSetService {

    static final Caller SYSTEM = new Caller("system", null, null, Set.of(Role.AUDITOR), false);

    private final CatalogService catalog;
    private final BatchService batches;
    private final RuleSetRepository ruleSets;
    private final DataStore store;
    private final Clock clock;
    private final RuleSetValidator validator;

    RuleSetService(CatalogService catalog, BatchService batches, RuleSetRepository ruleSets, DataStore store, Clock clock) {
        this.catalog = catalog;
        this.batches = batches;
        this.ruleSets = ruleSets;
        this.store = store;
        this.clock = clock;
        this.validator = new RuleSetValidator(CodeTables.standard(), this::engineRegexProblem);
    }

    /** The current rule set; version 0 with no rules when none was saved. */
    public RuleSet current(String code, Caller caller) {
        readable(code, caller);
        return ruleSets.current(code).orElse(RuleSet.none(code));
    }

    public List<RuleSet> history(String code, Caller caller) {
        readable(code, caller);
        return ruleSets.history(code);
    }

    /**
     * Saves the rules as the resource's next version.
     *
     * @param rules rule maps as parsed from JSON
     * @throws InvalidInputException naming every offending field; nothing is saved then
     * @throws ConflictException     when another save of the same resource won the race
     */
    public RuleSet save(String code, List<?> rules, String comment, Caller caller) {
        Resource r = writable(code, caller);
        List<Rule> valid = validator.validate(r.items().stream().map(DataItem::name).toList(), rules);
        if (comment != null && comment.length() > 500) {
            throw InvalidInputException.of("comment", "at most 500 characters");
        }
        int next = ruleSets.current(code).map(RuleSet::version).orElse(0) + 1;
        try {
            return ruleSets.insert(code, next, valid.stream().map(Rule::toMap).toList(), comment, caller.name(), clock.instant());
        } catch (DuplicateKeyException e) {
            throw new ConflictException("The rules of " + code + " were changed meanwhile; reload them and save again");
        }
    }

    /** Rules suggested by the data items and, if a batch was profiled, by the kinds of data detected in it. */
    public List<RuleSuggestions.Suggestion> suggestions(String code, Caller caller) {
        Resource r = readable(code, caller);
        Map<String, SensitiveKind> detected = new HashMap<>();
        latestSucceeded(code).ifPresent(b -> {
            for (ColumnReport report : batches.profile(b.id(), SYSTEM)) {
                if (report.detected() != null) {
                    detected.put(report.profile().column(), report.detected());
                }
            }
        });
        return RuleSuggestions.suggest(r.items(), detected);
    }

    Optional<Batch> latestSucceeded(String code) {
        return batches.ofResource(code, SYSTEM).stream().filter(b -> b.status() == BatchStatus.SUCCEEDED).findFirst();
    }

    Resource readable(String code, Caller caller) {
        Resource r = catalog.get(code, caller);
        if (!CatalogScope.canEdit(caller, r.providerId()) && !caller.has(Role.AUDITOR)) {
            throw new ForbiddenException("Only the provider's data admin, the platform admin and auditors see the rules of " + code);
        }
        return r;
    }

    Resource writable(String code, Caller caller) {
        Resource r = catalog.get(code, caller);
        if (!CatalogScope.canEdit(caller, r.providerId())) {
            throw new ForbiddenException("Only the platform admin or " + r.providerName() + "'s data admin may change the rules of " + code);
        }
        return r;
    }

    /** Whether the store's engine can run a pattern: DuckDB speaks RE2, which lacks look-arounds and back-references. */
    private Optional<String> engineRegexProblem(String pattern) {
        if (!store.dialect().equals("duckdb")) {
            return Optional.empty();
        }
        try {
            store.query("SELECT regexp_full_match('', " + DuckDbSqlCompiler.literal(pattern) + ")", List.of(), row -> { });
            return Optional.empty();
        } catch (DataStoreException e) {
            return Optional.of(e.getMessage().replace("Cannot run the query: ", ""));
        }
    }
}
