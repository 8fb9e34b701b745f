package io.yudex.exchange.serving;

import io.yudex.catalog.DataItem;
import io.yudex.catalog.Resource;
import io.yudex.data.Column;
import io.yudex.data.ColumnType;
import io.yudex.ingest.batch.ResourceTables;
import java.util.List;
import java.util.Optional;
import java.util.stream.Collectors;

/**
 * The shape of a resource's serving table: one typed column per data item (binary items are not served), with
 * indexes on the key items and on the region item that row scopes use.
 *
 * @param regionColumn the item grants' region scopes apply to, or null when the resource has none
 */
public record ServedTable(String resourceCode, List<ServedColumn> columns, String regionColumn) {

    public static ServedTable of(Resource r) {
        String region = regionItem(r).orElse(null);
        List<Column> columns = ResourceTables.schema(r).columns();
        return new ServedTable(r.code(), columns.stream().filter(c -> c.type() != ColumnType.BLOB)
                .map(c -> new ServedColumn(c.name(), c.type(), c.key(), c.key() || c.name().equals(region))).toList(), region);
    }

    /** The region item: {@code xzqh} or an item labelled 行政区划. */
    public static Optional<String> regionItem(Resource r) {
        return r.items().stream().filter(i -> i.name().equals("xzqh") || i.label().contains("行政区划")).map(DataItem::name).findFirst();
    }

    public Optional<ServedColumn> column(String name) {
        return columns.stream().filter(c -> c.name().equals(name)).findFirst();
    }

    List<ServedColumn> keys() {
        return columns.stream().filter(ServedColumn::key).toList();
    }

    /** Changes whenever a column is added, retyped or rekeyed: the table is then rebuilt. */
    String signature() {
        return columns.stream().map(c -> c.name() + ":" + c.type() + (c.key() ? ":key" : "") + (c.indexed() ? ":idx" : ""))
                .collect(Collectors.joining(","));
    }

    /** {@code 101001/000001} at batch 42 → {@code s_101001_000001_42}: each rebuild gets a new table, swapped in at once. */
    static String tableName(String resourceCode, long batch) {
        return "s_" + resourceCode.replace('/', '_') + "_" + batch;
    }
}
