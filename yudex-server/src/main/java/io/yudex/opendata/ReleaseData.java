package io.yudex.opendata;

import io.yudex.catalog.DataItem;
import io.yudex.catalog.Resource;
import io.yudex.data.DataStore;
import io.yudex.ingest.batch.ResourceTables;
import io.yudex.standards.masking.MaskingRule;
import java.math.BigDecimal;
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

    /** A released column: the item, and its masking rule (null: kept as is). */
    record OutColumn(DataItem item, MaskingRule rule) {

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
        for (DataItem item : resource.items()) {
            String treatment = plan.treatmentOf(item.name());
            if (treatment == null) {
                out.add(new OutColumn(item, null));
            } else if (!treatment.strip().equalsIgnoreCase(ReleasePlan.DROP)) {
                out.add(new OutColumn(item, MaskingRule.parse(treatment)));
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
