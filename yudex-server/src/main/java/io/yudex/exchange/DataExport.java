package io.yudex.exchange;

import io.yudex.catalog.CatalogService;
import io.yudex.catalog.Resource;
import io.yudex.data.ColumnType;
import io.yudex.data.CopyFormat;
import io.yudex.data.DataStore;
import io.yudex.data.MaskedSql;
import io.yudex.exchange.serving.Filter;
import io.yudex.exchange.serving.ServedColumn;
import io.yudex.exchange.serving.ServedTable;
import io.yudex.identity.Caller;
import io.yudex.ingest.batch.ResourceTables;
import io.yudex.platform.ForbiddenException;
import io.yudex.platform.InvalidInputException;
import io.yudex.platform.RateLimitedException;
import io.yudex.platform.YudexProperties;
import io.yudex.standards.masking.MaskingRule;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.stereotype.Service;

/**
 * Bulk export: every row of a shared resource's current version that the department's active EXPORT grants let it
 * see, read from the analytical store and written by the store's own writer (masks stated in its SQL, see
 * {@link MaskedSql}), so that millions of rows never pass through the heap. The grants apply as in
 * {@link DataService#query}: only granted items may be exported, filtered or sorted on; a filter or sort only matches
 * rows of the grants covering all its items, within their region scopes; a value is masked by the strictest rule
 * among the grants covering its row and item, and null where none does; pseudonyms are the query path's. The rows
 * are counted and the use written to the audit log before the first byte is sent.
 */
@Service
public class DataExport {

    /** Coverage of a row is a bit per grant. */
    static final int MAX_GRANTS = 16;

    private final CatalogService catalog;
    private final GrantRepository grants;
    private final GrantMasks masks;
    private final Quotas quotas;
    private final ApplicationEventPublisher events;
    private final Clock clock;
    private final DataStore store;
    private final Path directory;

    DataExport(CatalogService catalog, GrantRepository grants, GrantMasks masks, Quotas quotas, ApplicationEventPublisher events, Clock clock,
            DataStore store, YudexProperties properties) {
        this.catalog = catalog;
        this.grants = grants;
        this.masks = masks;
        this.quotas = quotas;
        this.events = events;
        this.clock = clock;
        this.store = store;
        this.directory = properties.dataDir().resolve("exports");
    }

    /**
     * Writes the export to a temporary file and audits it. The caller sends the file and closes it.
     *
     * @param params {@code format} (csv, ndjson, parquet, xlsx), filters ({@link DataQuery} syntax), {@code fields}, {@code sort}
     * @throws ForbiddenException    when the department holds no active export grant for the resource
     * @throws InvalidInputException for a bad format, an item that is unknown or not granted, a malformed filter or sort,
     *                               or a {@code limit} or {@code cursor} (an export has no pages)
     * @throws RateLimitedException  when the caller or a grant is over its limit
     */
    public ExportFile export(String code, Map<String, String> params, Caller caller) {
        Resource r = catalog.get(code, caller);
        List<Grant> active = activeGrants(r, caller, params);
        try {
            ExportFormat format = ExportFormat.parse(params.get("format"));
            quotas.client(caller.name());
            active.forEach(quotas::grant);
            return write(r, active, params, format, caller);
        } catch (InvalidInputException | RateLimitedException | ForbiddenException e) {
            String reason = e instanceof InvalidInputException ? "invalid input" : e instanceof RateLimitedException ? "rate limited" : "forbidden";
            events.publishEvent(new DataAccessed(caller.name(), caller.departmentId(), active.getFirst().id(), r.code(), null, attempt(params), 0,
                    "REFUSED: " + reason));
            throw e;
        }
    }

    private ExportFile write(Resource r, List<Grant> active, Map<String, String> params, ExportFormat format, Caller caller) {
        if (params.containsKey("limit") || params.containsKey("cursor") || params.containsKey("offset")) {
            throw InvalidInputException.of("limit", "an export sends every matching row at once: leave out limit, cursor and offset");
        }
        if (active.size() > MAX_GRANTS) {
            throw new ForbiddenException("Your department holds " + active.size() + " export grants on " + r.code() + "; at most " + MAX_GRANTS
                    + " can be combined in one export");
        }
        ServedTable table = ServedTable.of(r);
        Set<String> grantedItems = active.stream().flatMap(g -> g.items().stream()).collect(Collectors.toSet());
        Map<String, ServedColumn> usable = new LinkedHashMap<>();
        table.columns().stream().filter(c -> grantedItems.contains(c.name())).forEach(c -> usable.put(c.name(), c));
        Map<String, String> queryParams = new LinkedHashMap<>(params);
        queryParams.remove("format");
        DataQuery q = DataQuery.parse(queryParams, usable);

        Set<String> conditions = q.conditionItems();
        List<Grant> deciding = active.stream().filter(g -> g.items().containsAll(conditions)).toList();
        if (deciding.isEmpty()) {
            throw InvalidInputException.of("filter", "no single grant of yours covers " + conditions + " together; filter or sort on items one grant covers");
        }
        masks.requireOnlyEqualityOnMasked(q, deciding, r);
        List<String> prefixes = deciding.stream().anyMatch(g -> g.rowScope() == null) ? null
                : deciding.stream().map(g -> DataService.prefix(g.rowScope())).distinct().toList();
        boolean perRow = active.size() > 1;
        if ((prefixes != null || perRow && active.stream().anyMatch(g -> g.rowScope() != null)) && table.regionColumn() == null) {
            throw new ForbiddenException("Your grant is limited to a region, and " + r.code() + " has no region item to apply it");
        }
        List<Map<String, MaskingRule>> rules = active.stream().map(g -> masks.of(g, r)).toList();
        String tableName = ResourceTables.tableName(r.code());
        Path file = tempFile(format);
        try (MaskedSql sql = new MaskedSql(store)) {
            List<Object> binds = new ArrayList<>();
            String select;
            long version = 0;
            if (store.tableExists(tableName)) {
                version = version(tableName);
                select = select(tableName, table, q, usable, active, rules, prefixes, perRow, sql, binds);
            } else {
                select = "SELECT " + q.fields().stream().map(f -> "CAST(NULL AS VARCHAR) AS " + quote(f)).collect(Collectors.joining(", ")) + " WHERE false";
            }
            long rows = store.copy(select, binds, copyFormat(format), file);
            if (format == ExportFormat.XLSX && rows > XlsxExport.MAX_ROWS) {
                throw InvalidInputException.of("format", "xlsx holds at most " + XlsxExport.MAX_ROWS + " rows (" + XlsxExport.ROWS_PER_SHEET
                        + " a sheet); this export has " + rows + ": use csv or parquet, or filter");
            }
            Grant primary = deciding.getFirst();
            events.publishEvent(new DataAccessed(caller.name(), caller.departmentId(), primary.id(), r.code(), String.join(",", q.fields()),
                    attempt(params), rows, "OK"));
            return new ExportFile(file, format, r.code(), rows, version, q.fields(), masked(q.fields(), active, rules, perRow),
                    active.stream().map(Grant::id).toList());
        } catch (RuntimeException e) {
            delete(file);
            throw e;
        }
    }

    private static CopyFormat copyFormat(ExportFormat format) {
        return switch (format) {
            case CSV -> CopyFormat.CSV;
            case NDJSON -> CopyFormat.NDJSON;
            case PARQUET, XLSX -> CopyFormat.PARQUET;
        };
    }

    /**
     * {@code SELECT <masked items> FROM <current rows matching the filters and scopes> [ORDER BY sort]}. With several
     * grants each row's coverage (a bit per grant whose region scope holds it) is computed once, and each item picks its
     * rule by the bits of the grants that hold the item.
     */
    private static String select(String tableName, ServedTable table, DataQuery q, Map<String, ServedColumn> usable, List<Grant> active,
            List<Map<String, MaskingRule>> rules, List<String> prefixes, boolean perRow, MaskedSql sql, List<Object> binds) {
        List<String> where = new ArrayList<>(List.of("_v_to IS NULL"));
        for (Filter f : q.filters()) {
            where.add(condition(f, usable.get(f.item()), binds));
        }
        if (prefixes != null) {
            String region = "CAST(" + quote(table.regionColumn()) + " AS VARCHAR)";
            where.add("(" + prefixes.stream().map(p -> "starts_with(" + region + ", " + literal(p) + ")").collect(Collectors.joining(" OR ")) + ")");
        }
        List<String> columns = new ArrayList<>();
        for (String item : q.fields()) {
            ServedColumn c = usable.get(item);
            columns.add(perRow ? perRowColumn(c, active, rules, sql) + " AS " + quote(item) : singleColumn(c, rules.getFirst().get(item), sql) + " AS " + quote(item));
        }
        String from = quote(tableName);
        if (perRow) {
            String region = "CAST(" + (table.regionColumn() == null ? "NULL" : quote(table.regionColumn())) + " AS VARCHAR)";
            List<String> bits = new ArrayList<>();
            for (int g = 0; g < active.size(); g++) {
                String scope = active.get(g).rowScope();
                String covers = scope == null ? "true" : "starts_with(" + region + ", " + literal(DataService.prefix(scope)) + ")";
                bits.add("(CASE WHEN " + covers + " THEN " + (1 << g) + " ELSE 0 END)");
            }
            from = "(SELECT *, " + String.join(" + ", bits) + " AS _cov FROM " + quote(tableName) + " WHERE " + String.join(" AND ", where) + ") t";
            where = List.of("true");
        }
        String order = q.sort() == null ? "" : " ORDER BY " + quote(q.sort().item()) + (q.sort().descending() ? " DESC" : " ASC") + " NULLS LAST";
        return "SELECT " + String.join(", ", columns) + " FROM " + from + " WHERE " + String.join(" AND ", where) + order;
    }

    /** One grant: every row it returns is covered by it. Kept items keep their type (Parquet carries it). */
    private static String singleColumn(ServedColumn c, MaskingRule rule, MaskedSql sql) {
        String column = quote(c.name());
        return rule == null ? column : sql.masked(column, c.type(), sql.text(column, c.type()), rule);
    }

    private static String perRowColumn(ServedColumn c, List<Grant> active, List<Map<String, MaskingRule>> rules, MaskedSql sql) {
        String column = quote(c.name());
        int holders = 0;
        for (int g = 0; g < active.size(); g++) {
            if (active.get(g).items().contains(c.name())) {
                holders |= 1 << g;
            }
        }
        Map<String, List<Integer>> byExpression = new LinkedHashMap<>();
        for (int covered = holders; covered != 0; covered = (covered - 1) & holders) {
            MaskingRule rule = null;
            boolean any = false;
            for (int g = 0; g < active.size(); g++) {
                if ((covered & (1 << g)) != 0) {
                    MaskingRule own = rules.get(g).get(c.name());
                    rule = any ? MaskStrictness.stricter(own, rule) : own;
                    any = true;
                }
            }
            String text = sql.text(column, c.type());
            byExpression.computeIfAbsent(sql.masked(column, c.type(), text, rule), e -> new ArrayList<>()).add(covered);
        }
        StringBuilder out = new StringBuilder("(CASE (_cov & ").append(holders).append(")");
        byExpression.forEach((expression, coverages) -> coverages.forEach(covered -> out.append(" WHEN ").append(covered).append(" THEN ").append(expression)));
        return out.append(" ELSE NULL END)").toString();
    }

    private static String condition(Filter f, ServedColumn c, List<Object> binds) {
        String column = quote(f.item());
        return switch (f.op()) {
            case EQ -> column + " = " + bind(c, f.values().getFirst(), binds);
            case IN -> column + " IN (" + f.values().stream().map(v -> bind(c, v, binds)).collect(Collectors.joining(", ")) + ")";
            case RANGE -> {
                List<String> ends = new ArrayList<>();
                if (f.values().get(0) != null) {
                    ends.add(column + " >= " + bind(c, f.values().get(0), binds));
                }
                if (f.values().get(1) != null) {
                    ends.add(column + " <= " + bind(c, f.values().get(1), binds));
                }
                yield "(" + String.join(" AND ", ends) + ")";
            }
            case PREFIX -> "starts_with(" + column + ", " + bind(c, f.values().getFirst(), binds) + ")";
        };
    }

    /** Dates, times and decimals are bound as text and cast by the store, whatever its driver makes of Java's types. */
    private static String bind(ServedColumn c, Object value, List<Object> binds) {
        return switch (c.type()) {
            case DATE, TIMESTAMP, DECIMAL -> {
                binds.add(value.toString());
                yield "CAST(? AS " + (c.type() == ColumnType.DECIMAL ? "DECIMAL(38,10)" : c.type().name()) + ")";
            }
            default -> {
                binds.add(value);
                yield "?";
            }
        };
    }

    /** The last batch that introduced or ended a row version: the version the current rows reflect. */
    private long version(String tableName) {
        long[] v = {0};
        store.query("SELECT COALESCE(MAX(GREATEST(_v_from, COALESCE(_v_to, 0))), 0) FROM " + quote(tableName), List.of(),
                row -> v[0] = ((Number) row[0]).longValue());
        return v[0];
    }

    /** Items masked by some grant's rule, and with several grants, items some grant lacks (null in its rows). */
    private static List<String> masked(List<String> fields, List<Grant> active, List<Map<String, MaskingRule>> rules, boolean perRow) {
        return fields.stream().filter(item -> rules.stream().anyMatch(m -> m.get(item) != null)
                || perRow && active.stream().anyMatch(g -> !g.items().contains(item) || g.rowScope() != null)).toList();
    }


    private List<Grant> activeGrants(Resource r, Caller caller, Map<String, String> params) {
        LocalDate today = LocalDate.now(clock);
        List<Grant> active = caller.departmentId() == null ? List.of() : grants.ofConsumer(r.code(), caller.departmentId(), today).stream()
                .filter(g -> g.state().equals("ACTIVE") && g.modes().contains(AccessMode.EXPORT)).toList();
        if (active.isEmpty()) {
            events.publishEvent(new DataAccessed(caller.name(), caller.departmentId(), null, r.code(), null, attempt(params), 0,
                    "REFUSED: no active grant"));
            throw new ForbiddenException("Your department holds no active export grant for " + r.code() + "; apply for it first");
        }
        return active;
    }

    private Path tempFile(ExportFormat format) {
        try {
            Files.createDirectories(directory);
            Path file = Files.createTempFile(directory, "export-", "." + (format == ExportFormat.XLSX ? "parquet" : format.extension()));
            Files.delete(file); // the store creates it
            return file;
        } catch (IOException e) {
            throw new UncheckedIOException("Cannot make a temporary file in " + directory, e);
        }
    }

    private static void delete(Path file) {
        try {
            Files.deleteIfExists(file);
        } catch (IOException e) {
            // a leftover temporary file is harmless; the next start does not need it
        }
    }

    private static String attempt(Map<String, String> params) {
        return params.entrySet().stream().map(e -> e.getKey() + "=" + e.getValue()).collect(Collectors.joining("&"));
    }

    static String quote(String identifier) {
        if (!identifier.matches("[a-z_][a-z0-9_]*")) {
            throw new IllegalArgumentException("Not a column or table name of the store: " + identifier);
        }
        return "\"" + identifier + "\"";
    }

    private static String literal(String text) {
        return "'" + text.replace("'", "''") + "'";
    }
}
