package io.yudex.ingest.batch;

import io.yudex.catalog.DataItem;
import io.yudex.catalog.Resource;
import io.yudex.catalog.ResourceAction;
import io.yudex.catalog.ResourceChanged;
import io.yudex.data.Column;
import io.yudex.data.ColumnType;
import io.yudex.data.DataStore;
import io.yudex.data.TableSchema;
import io.yudex.ingest.LoadTarget;
import io.yudex.identity.Caller;
import io.yudex.identity.Role;
import io.yudex.catalog.CatalogService;
import java.util.Locale;
import java.util.Set;
import org.springframework.stereotype.Component;
import org.springframework.transaction.event.TransactionalEventListener;

/** Each published resource has a table in the data store whose columns follow its data items. */
@Component
public class ResourceTables {

    private static final Caller SYSTEM = new Caller("system", null, null, Set.of(Role.AUDITOR), false);

    private final DataStore store;
    private final CatalogService catalog;

    ResourceTables(DataStore store, CatalogService catalog) {
        this.store = store;
        this.catalog = catalog;
    }

    /** {@code 101001/000001} → {@code r_101001_000001}. */
    public static String tableName(String resourceCode) {
        return "r_" + resourceCode.replace('/', '_');
    }

    public static TableSchema schema(Resource r) {
        return new TableSchema(tableName(r.code()), r.items().stream()
                .map(i -> new Column(i.name().toLowerCase(Locale.ROOT), columnType(i), i.key())).toList());
    }

    /** What a load of this resource fills: its table with the items' labels and required flags. */
    public static LoadTarget target(Resource r) {
        return new LoadTarget(schema(r), r.items().stream().map(DataItem::label).toList(),
                r.items().stream().map(DataItem::required).toList());
    }

    /** The national data types (政务信息资源目录编制指南) in the store's types. */
    static ColumnType columnType(DataItem item) {
        return switch (item.dataType()) {
            case CHARACTER, MEMO -> ColumnType.VARCHAR;
            case NUMERIC, CURRENCY -> ColumnType.DECIMAL;
            case DATE -> ColumnType.DATE;
            case DATETIME -> ColumnType.TIMESTAMP;
            case LOGICAL -> ColumnType.BOOLEAN;
            case BINARY -> ColumnType.BLOB;
        };
    }

    /** Creates (or widens) the table of a resource as it is published. */
    @TransactionalEventListener
    void onPublished(ResourceChanged event) {
        if (event.action() == ResourceAction.PUBLISHED) {
            store.ensureTable(schema(catalog.get(event.code(), SYSTEM)));
        }
    }

    TableSchema ensure(Resource r) {
        TableSchema schema = schema(r);
        store.ensureTable(schema);
        return schema;
    }
}
