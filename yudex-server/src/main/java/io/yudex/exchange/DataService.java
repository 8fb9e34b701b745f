package io.yudex.exchange;

import io.yudex.catalog.CatalogService;
import io.yudex.catalog.Resource;
import io.yudex.exchange.serving.ServedColumn;
import io.yudex.exchange.serving.ServedRows;
import io.yudex.exchange.serving.ServedTable;
import io.yudex.exchange.serving.ServingQuery;
import io.yudex.exchange.serving.ServingStore;
import io.yudex.data.DataStore;
import io.yudex.data.RowChange;
import io.yudex.identity.Caller;
import io.yudex.ingest.batch.ResourceTables;
import io.yudex.platform.ForbiddenException;
import io.yudex.platform.InvalidInputException;
import io.yudex.platform.RateLimitedException;
import io.yudex.standards.masking.MaskingRule;
import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.stereotype.Service;

/**
 * The data service: a consumer department reads a shared resource through the union of its active query grants,
 * from the serving store. The grants are enforced on every path — only granted items may be selected, filtered or
 * sorted on (any other item, existing or not, gets the same answer); rows outside the grants' region scopes never
 * appear; a filter or sort only matches rows of grants that cover all its items; a value is masked by the strictest
 * rule among the grants that cover its row and item — and every use and every refused attempt is written to the
 * audit log before any row leaves.
 */
@Service
public class DataService {

    private static final int MAX_CHANGES = 10_000;

    private final CatalogService catalog;
    private final GrantRepository grants;
    private final GrantMasks masks;
    private final ServingStore serving;
    private final Quotas quotas;
    private final ApplicationEventPublisher events;
    private final Clock clock;
    private final Cursors cursors;
    private final DataStore store;

    DataService(CatalogService catalog, GrantRepository grants, GrantMasks masks, ServingStore serving, Quotas quotas,
            ApplicationEventPublisher events, Clock clock, DataStore store, PlatformKeys keys) {
        this.store = store;
        this.cursors = new Cursors(() -> keys.key(Cursors.KEY_NAME, 32));
        this.catalog = catalog;
        this.grants = grants;
        this.masks = masks;
        this.serving = serving;
        this.quotas = quotas;
        this.events = events;
        this.clock = clock;
    }

    /**
     * @param params filters ({@link DataQuery} syntax), {@code fields}, {@code sort}, {@code limit} (≤ 1000), {@code cursor}
     * @throws ForbiddenException    when the caller's department holds no active query grant for the resource
     * @throws InvalidInputException for an item that is unknown or not granted, a malformed filter, sort, limit or cursor
     * @throws RateLimitedException  when the caller or a grant is over its limit
     */
    public DataPage query(String code, Map<String, String> params, Caller caller) {
        Resource r = catalog.get(code, caller);
        List<Grant> active = activeGrants(r, caller, params, AccessMode.QUERY);
        try {
            quotas.client(caller.name());
            active.forEach(quotas::grant);
            return serve(r, active, params, caller);
        } catch (InvalidInputException | RateLimitedException | ForbiddenException e) {
            String reason = e instanceof InvalidInputException ? "invalid input" : e instanceof RateLimitedException ? "rate limited" : "forbidden";
            events.publishEvent(new DataAccessed(caller.name(), caller.departmentId(), active.getFirst().id(), r.code(), null, attempt(params), 0,
                    "REFUSED: " + reason));
            throw e;
        }
    }

    private DataPage serve(Resource r, List<Grant> active, Map<String, String> params, Caller caller) {
        ServedTable table = ServedTable.of(r);
        Set<String> grantedItems = active.stream().flatMap(g -> g.items().stream()).collect(Collectors.toSet());
        Map<String, ServedColumn> usable = new LinkedHashMap<>();
        table.columns().stream().filter(c -> grantedItems.contains(c.name())).forEach(c -> usable.put(c.name(), c));
        DataQuery q = DataQuery.parse(params, usable);

        Set<String> conditions = q.conditionItems();
        List<Grant> deciding = active.stream().filter(g -> g.items().containsAll(conditions)).toList();
        if (deciding.isEmpty()) {
            throw InvalidInputException.of("filter", "no single grant of yours covers " + conditions + " together; filter or sort on items one grant covers");
        }
        masks.requireOnlyEqualityOnMasked(q, deciding, r);
        List<String> prefixes = deciding.stream().anyMatch(g -> g.rowScope() == null) ? null
                : deciding.stream().map(g -> prefix(g.rowScope())).distinct().toList();
        boolean perRow = active.size() > 1;
        if ((prefixes != null || perRow && active.stream().anyMatch(g -> g.rowScope() != null)) && table.regionColumn() == null) {
            throw new ForbiddenException("Your grant is limited to a region, and " + r.code() + " has no region item to apply it");
        }
        List<String> columns = new ArrayList<>(q.fields());
        int sortAt = q.sort() == null ? -1 : indexOf(columns, q.sort().item());
        int regionAt = perRow ? indexOf(columns, table.regionColumn()) : -1;
        String binding = Cursors.binding(r.code(), String.valueOf(caller.departmentId()), q.binding());
        ServingQuery.Position after = q.cursor() == null ? null
                : cursors.decode(q.cursor(), binding, q.sort() == null ? DataService::noSortValue : usable.get(q.sort().item())::parse)
                        .orElseThrow(() -> InvalidInputException.of("cursor", "is not a cursor of this query; start again without one"));
        ServingQuery sq = new ServingQuery(r.code(), columns, q.filters(), prefixes, q.sort(), after, q.limit());
        ServedRows served = serving.query(table, sq).orElse(new ServedRows(0, List.of(), false));

        Masker masker = new Masker(r, active, q.fields(), regionAt);
        List<Map<String, Object>> rows = new ArrayList<>(served.rows().size());
        served.rows().forEach(v -> rows.add(masker.row(v)));
        String next = null;
        if (served.more() && !served.rows().isEmpty()) {
            Object[] last = served.rows().getLast();
            Object sortValue = sortAt < 0 ? null : last[sortAt];
            next = cursors.encode(binding, new ServingQuery.Position(sortValue, (Long) last[columns.size()]), sortValue == null ? null : sortValue.toString());
        }
        Grant primary = deciding.getFirst();
        events.publishEvent(new DataAccessed(caller.name(), caller.departmentId(), primary.id(), r.code(), String.join(",", q.fields()),
                attempt(params), rows.size(), "OK"));
        return new DataPage(r.code(), primary.id(), active.stream().map(Grant::id).toList(), served.version(), q.fields(), masker.masked(), q.limit(),
                rows, next);
    }

    private static Object noSortValue(String text) {
        throw new IllegalArgumentException("an unsorted query's cursor carries no sort value");
    }


    private static int indexOf(List<String> columns, String item) {
        int at = columns.indexOf(item);
        if (at < 0) {
            columns.add(item);
            at = columns.size() - 1;
        }
        return at;
    }

    /** {@code 410100} → {@code 4101}: the grant's region and every division inside it. */
    static String prefix(String rowScope) {
        return rowScope == null ? null : rowScope.replaceAll("0+$", "");
    }

    private static String attempt(Map<String, String> params) {
        return params.entrySet().stream().filter(e -> !e.getKey().equals("cursor"))
                .map(e -> e.getKey() + "=" + e.getValue()).collect(Collectors.joining("&"));
    }

    /**
     * The incremental feed: the changes from the state after batch {@code since} to the current state, as the
     * department's active FEED grants let it see them — granted items only, rows outside every grant's region left
     * out, values masked like queries. A deletion carries the row's key and is only sent to a department holding a
     * grant without a region scope, since a deleted row's region is no longer known.
     *
     * @param limit at most this many changes (≤ 10,000); {@code truncated} says when there were more — ask again with
     *              the {@code nextCursor} (the range stays pinned to the batch the first page ran to, so a batch larger
     *              than {@code limit} is read whole, once), then with {@code since = upTo}
     */
    public DataChanges changes(String code, long since, int limit, Caller caller) {
        return changes(code, since, limit, null, caller);
    }

    /** @param cursor the {@code nextCursor} of the previous page for the same resource and {@code since}, or null */
    public DataChanges changes(String code, long since, int limit, String cursor, Caller caller) {
        Resource r = catalog.get(code, caller);
        Map<String, String> params = Map.of("since", String.valueOf(since), "limit", String.valueOf(limit));
        List<Grant> active = activeGrants(r, caller, params, AccessMode.FEED);
        String binding = Cursors.binding(r.code(), String.valueOf(caller.departmentId()), "changes", String.valueOf(since));
        ServingQuery.Position at = cursor == null || cursor.isBlank() ? null : cursors.decode(cursor.strip(), binding, Long::parseLong).orElse(null);
        if (since < 0 || limit < 1 || limit > MAX_CHANGES || cursor != null && !cursor.isBlank() && at == null) {
            events.publishEvent(new DataAccessed(caller.name(), caller.departmentId(), active.getFirst().id(), r.code(), null, attempt(params), 0,
                    "REFUSED: invalid input"));
            throw since < 0 ? InvalidInputException.of("since", "a batch id, 0 or more")
                    : limit < 1 || limit > MAX_CHANGES ? InvalidInputException.of("limit", "between 1 and " + MAX_CHANGES)
                    : InvalidInputException.of("cursor", "is not a cursor of this feed and since; start again without one");
        }
        quotas.client(caller.name());
        active.forEach(quotas::grant);
        ServedTable table = ServedTable.of(r);
        Set<String> grantedItems = active.stream().flatMap(g -> g.items().stream()).collect(Collectors.toSet());
        List<String> fields = table.columns().stream().map(ServedColumn::name).filter(grantedItems::contains).toList();
        boolean unscoped = active.stream().anyMatch(g -> g.rowScope() == null);
        if (!unscoped && table.regionColumn() == null) {
            throw new ForbiddenException("Your grant is limited to a region, and " + r.code() + " has no region item to apply it");
        }
        String tableName = ResourceTables.tableName(r.code());
        boolean exists = store.tableExists(tableName);
        long upTo = at != null ? (Long) at.sortValue() : exists ? Math.max(since, store.lastBatch(tableName)) : since;
        long offset = at == null ? 0 : at.pos();
        List<RowChange> all = exists && upTo > since ? store.changesBetween(tableName, since, upTo, offset, limit + 1) : List.of();
        Masker masker = new Masker(r, active, fields, fields.size());
        List<DataChanges.Change> out = new ArrayList<>();
        for (RowChange c : all.subList(0, Math.min(limit, all.size()))) {
            Map<String, Object> source = c.values() == null ? c.key() : c.values();
            Object region = table.regionColumn() == null || c.values() == null ? null : c.values().get(table.regionColumn());
            boolean inScope = c.values() == null ? unscoped
                    : unscoped || region != null && active.stream().anyMatch(g -> g.rowScope() != null && region.toString().startsWith(prefix(g.rowScope())));
            if (inScope) {
                Object[] values = new Object[fields.size() + 1];
                for (int i = 0; i < fields.size(); i++) {
                    values[i] = source.get(fields.get(i));
                }
                values[fields.size()] = region;
                Map<String, Object> row = masker.row(values);
                if (c.values() == null) {
                    row.keySet().retainAll(c.key().keySet());
                }
                out.add(new DataChanges.Change(c.kind().name(), c.batchId(), row));
            }
        }
        boolean more = all.size() > limit;
        long version = all.subList(0, Math.min(limit, all.size())).stream().mapToLong(RowChange::batchId).max().orElse(since);
        String next = more ? cursors.encode(binding, new ServingQuery.Position(upTo, offset + limit), String.valueOf(upTo)) : null;
        events.publishEvent(new DataAccessed(caller.name(), caller.departmentId(), active.getFirst().id(), r.code(), String.join(",", fields),
                attempt(params) + (at == null ? "" : "&offset=" + offset), out.size(), "OK"));
        return new DataChanges(r.code(), since, version, fields, masker.masked(), out, more, upTo, next);
    }

    /** The department's active grants of the given mode on the resource, newest first; refused and audited when there is none. */
    private List<Grant> activeGrants(Resource r, Caller caller, Map<String, String> params, AccessMode mode) {
        LocalDate today = LocalDate.now(clock);
        List<Grant> active = caller.departmentId() == null ? List.of() : grants.ofConsumer(r.code(), caller.departmentId(), today).stream()
                .filter(g -> g.state().equals("ACTIVE") && g.modes().contains(mode)).toList();
        if (active.isEmpty()) {
            events.publishEvent(new DataAccessed(caller.name(), caller.departmentId(), null, r.code(), null, attempt(params), 0,
                    "REFUSED: no active grant"));
            throw new ForbiddenException("Your department holds no active " + mode.name().toLowerCase() + " grant for " + r.code() + "; apply for it first");
        }
        return active;
    }

    /** Masks one row: per item, the strictest rule among the grants covering the row and the item; null where none does. */
    private final class Masker {
        private final List<String> fields;
        private final int regionAt;
        private final List<Grant> grants;
        private final List<Map<String, MaskingRule>> rules;
        private final Set<String> masked = new LinkedHashSet<>();

        Masker(Resource r, List<Grant> grants, List<String> fields, int regionAt) {
            this.fields = fields;
            this.regionAt = regionAt;
            this.grants = grants;
            this.rules = grants.stream().map(g -> masks.of(g, r)).toList();
        }

        Map<String, Object> row(Object[] values) {
            String region = regionAt < 0 || values[regionAt] == null ? null : values[regionAt].toString();
            Map<String, Object> row = new LinkedHashMap<>();
            for (int i = 0; i < fields.size(); i++) {
                String item = fields.get(i);
                Object v = values[i];
                boolean covered = false;
                MaskingRule rule = null;
                for (int g = 0; g < grants.size(); g++) {
                    Grant grant = grants.get(g);
                    if (grant.items().contains(item) && (regionAt < 0 || grant.rowScope() == null || region != null && region.startsWith(prefix(grant.rowScope())))) {
                        MaskingRule own = rules.get(g).get(item);
                        rule = covered ? MaskStrictness.stricter(own, rule) : own;
                        covered = true;
                    }
                }
                if (!covered) {
                    masked.add(item);
                    row.put(item, null);
                } else if (rule != null) {
                    masked.add(item);
                    row.put(item, v == null ? null : rule.apply(v.toString()));
                } else {
                    row.put(item, v);
                }
            }
            return row;
        }

        List<String> masked() {
            // the items masked by rule whatever the rows, so that an empty page still says what would be masked
            for (int g = 0; g < grants.size(); g++) {
                for (String item : fields) {
                    if (rules.get(g).get(item) != null) {
                        masked.add(item);
                    }
                }
            }
            return fields.stream().filter(masked::contains).toList();
        }
    }
}
