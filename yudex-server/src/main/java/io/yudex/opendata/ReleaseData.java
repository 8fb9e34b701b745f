package io.yudex.opendata;

import io.yudex.catalog.DataItem;
import io.yudex.catalog.Resource;
import io.yudex.data.ColumnType;
import io.yudex.data.CopyFormat;
import io.yudex.data.DataStore;
import io.yudex.data.MaskedSql;
import io.yudex.ingest.batch.ResourceTables;
import io.yudex.standards.masking.MaskingRule;
import java.io.IOException;
import java.io.OutputStream;
import java.math.BigDecimal;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.function.Consumer;

/**
 * The rows of a release as the public gets them: the resource's table as of the release's batch, dropped columns left
 * out and every other column passed through its masking rule. Values are bound or come from the catalog's own item
 * names, never from the request.
 */
final class ReleaseData {

    /** A released column: the item, its type in the store, and its masking rule (null: kept as is). */
    record OutColumn(DataItem item, ColumnType type, MaskingRule rule) {

        String name() {
            return item.name().toLowerCase(Locale.ROOT);
        }
    }

    private final DataStore store;
    private final String table;
    private final long batchId;
    private final List<OutColumn> columns;

    ReleaseData(DataStore store, Resource resource, long batchId, ReleasePlan plan) {
        this.store = store;
        this.table = ResourceTables.tableName(resource.code());
        this.batchId = batchId;
        List<OutColumn> out = new ArrayList<>();
        java.util.Map<String, ColumnType> types = new java.util.HashMap<>();
        ResourceTables.schema(resource).columns().forEach(c -> types.put(c.name(), c.type()));
        for (DataItem item : resource.items()) {
            String treatment = plan.treatmentOf(item.name());
            ColumnType type = types.getOrDefault(item.name().toLowerCase(Locale.ROOT), ColumnType.VARCHAR);
            if (treatment == null) {
                out.add(new OutColumn(item, type, null));
            } else if (!treatment.strip().equalsIgnoreCase(ReleasePlan.DROP)) {
                out.add(new OutColumn(item, type, MaskingRule.parse(treatment)));
            }
        }
        this.columns = List.copyOf(out);
    }

    List<OutColumn> columns() {
        return columns;
    }

    List<String> header(boolean chinese) {
        return columns.stream().map(c -> chinese ? c.item().label() : c.name()).toList();
    }

    long count() {
        return store.count(table, batchId);
    }

    /** Streams up to {@code limit} rows from {@code offset} (null limit: all) as text, treated. */
    long stream(long offset, Long limit, Consumer<List<String>> sink) {
        if (columns.isEmpty()) {
            return 0;
        }
        StringBuilder sql = new StringBuilder("SELECT ");
        for (int i = 0; i < columns.size(); i++) {
            sql.append(i == 0 ? "" : ", ").append(quote(columns.get(i).name()));
        }
        sql.append(" FROM ").append(quote(table)).append(" WHERE ").append(visibleAsOf()).append(" ORDER BY _v_from, _seq");
        List<Object> params = new ArrayList<>(List.of(batchId, batchId));
        if (limit != null) {
            sql.append(" LIMIT ? OFFSET ?");
            params.add(limit);
            params.add(offset);
        }
        return store.query(sql.toString(), params, values -> {
            List<String> row = new ArrayList<>(values.length);
            for (int i = 0; i < values.length; i++) {
                row.add(treat(columns.get(i).rule(), values[i]));
            }
            sink.accept(row);
        });
    }

    /**
     * Writes every row, treated as {@link #stream} treats it, to {@code out} in {@code format}, in the same order: the
     * store writes a temporary file with the treatments stated in its SQL ({@link MaskedSql}), which is then sent and
     * deleted, so memory stays flat however large the release. Columns are named by item name.
     *
     * @param csvCells when true, cells are made safe for spreadsheets as {@code TableDownload.csvCell} makes them (a
     *                 leading {@code = + - @} gets a {@code '}) and empty text is written like null
     * @return the number of rows
     */
    long copy(CopyFormat format, boolean csvCells, OutputStream out) throws IOException {
        if (columns.isEmpty()) {
            return 0;
        }
        Path file = Files.createTempFile("yudex-release-", ".part");
        Files.delete(file);
        try (MaskedSql masked = new MaskedSql(store)) {
            StringBuilder sql = new StringBuilder("SELECT ");
            for (int i = 0; i < columns.size(); i++) {
                OutColumn c = columns.get(i);
                String column = quote(c.name());
                String value = masked.masked(column, c.type(), masked.plainText(column, c.type()), c.rule());
                if (csvCells) {
                    value = "(CASE WHEN " + value + " = '' THEN NULL WHEN left(" + value + ", 1) IN ('=', '+', '-', '@') THEN '''' || " + value
                            + " ELSE " + value + " END)";
                }
                sql.append(i == 0 ? "" : ", ").append(value).append(" AS ").append(column);
            }
            sql.append(" FROM ").append(quote(table)).append(" WHERE ").append(visibleAsOf()).append(" ORDER BY _v_from, _seq");
            long rows = store.copy(sql.toString(), List.of(batchId, batchId), format, file);
            Files.copy(file, out);
            return rows;
        } finally {
            Files.deleteIfExists(file);
        }
    }

    List<List<String>> page(long offset, long limit) {
        List<List<String>> rows = new ArrayList<>();
        stream(offset, limit, rows::add);
        return rows;
    }

    /** Row versions visible after the batch: the same predicate as the store's own as-of reads. */
    static String visibleAsOf() {
        return "_v_from <= ? AND (_v_to IS NULL OR _v_to > ?)";
    }

    static String quote(String identifier) {
        if (!identifier.matches("[a-z_][a-z0-9_]*")) {
            throw new IllegalArgumentException("Not a column name of the store: " + identifier);
        }
        return "\"" + identifier + "\"";
    }

    static String text(Object value) {
        return switch (value) {
            case null -> null;
            case BigDecimal d -> d.stripTrailingZeros().toPlainString();
            case Double d -> BigDecimal.valueOf(d).stripTrailingZeros().toPlainString();
            case byte[] b -> null;
            default -> value.toString();
        };
    }

    static String treat(MaskingRule rule, Object value) {
        if (rule instanceof MaskingRule.DateShowYear && value instanceof LocalDate d) {
            return String.valueOf(d.getYear());
        }
        String text = text(value);
        return rule == null ? text : rule.apply(text);
    }
}
