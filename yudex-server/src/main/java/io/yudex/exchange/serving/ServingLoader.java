package io.yudex.exchange.serving;

import io.yudex.data.DataStore;
import io.yudex.ingest.batch.ResourceTables;
import java.time.Clock;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Collectors;
import java.util.stream.IntStream;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Component;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.TransactionDefinition;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Brings one serving table up to the data store's latest batch. Rows stream out of the store and go in by JDBC
 * batches of {@link #CHUNK}, so no load is ever held in memory whole. A rebuild fills a new table and swaps it in
 * with one row update; an incremental apply deletes the keys whose versions ended after the last applied batch and
 * inserts the versions that began after it, in one transaction. Both are idempotent: running one again, or over a
 * batch that committed meanwhile, converges on the store's current state.
 */
@Component
class ServingLoader {

    static final int CHUNK = 1000;

    private final DataStore store;
    private final JdbcTemplate jdbc;
    private final ServingRepository states;
    private final TransactionTemplate tx;
    private final Clock clock;

    ServingLoader(DataStore store, JdbcTemplate jdbc, ServingRepository states, PlatformTransactionManager transactions, Clock clock) {
        this.store = store;
        this.jdbc = jdbc;
        this.states = states;
        this.tx = new TransactionTemplate(transactions);
        // a batch's own transaction (if any) must not be rolled back by the serving copy, nor the other way round
        this.tx.setPropagationBehavior(TransactionDefinition.PROPAGATION_REQUIRES_NEW);
        this.clock = clock;
    }

    /** The last batch the data store applied to the resource's table, 0 when none. */
    long latestBatch(String resourceCode) {
        long[] latest = {0};
        // the store's own batch log: a batch that changed no row still moves the version on
        store.query("SELECT COALESCE(MAX(batch_id), 0) FROM _yudex_batches WHERE table_name = ?", List.of(ResourceTables.tableName(resourceCode)),
                v -> latest[0] = ((Number) v[0]).longValue());
        return latest[0];
    }

    /**
     * Fills a new table from the store's current rows and makes it the live one; drops the table it replaces. No
     * reader sees the new table before the state row points at it, so the fill needs no transaction of its own: it
     * commits by JDBC batch, because a transaction held open for a whole fill stalled other writers on H2 (an
     * application's insert timed out behind a 100,000-row fill), and the indexes exist before the rows (an index built
     * over 100,000 rows held H2's schema lock long enough for a grant's insert to time out). Rebuilds run one at a time.
     */
    synchronized ServingState rebuild(ServedTable table, ServingState previous, long batch) {
        String name = ServedTable.tableName(table.resourceCode(), batch);
        jdbc.execute("DROP TABLE IF EXISTS " + name);
        jdbc.execute("CREATE TABLE " + name + " (_pos BIGINT NOT NULL PRIMARY KEY" + (table.keys().isEmpty() ? "" : ", _key VARCHAR(4000) NOT NULL")
                + table.columns().stream().map(c -> ", " + c.quoted() + " " + c.sqlType()).collect(Collectors.joining()) + ")");
        // indexes first: on H2 a CREATE INDEX over a filled table holds the schema lock for the whole build and other
        // writers time out behind it; kept up row by row, they cost a little per insert and block nobody
        createIndexes(name, table);
        long[] pos = {0};
        Inserter inserter = new Inserter(name, table, false);
        store.query(currentRows(table, null), List.of(), values -> inserter.add(++pos[0], values));
        inserter.flush();
        long rows = pos[0];
        ServingState state = new ServingState(table.resourceCode(), name, table.signature(), batch, rows);
        tx.executeWithoutResult(s -> states.save(state, clock.instant()));
        if (previous != null && !previous.tableName().equals(name)) {
            jdbc.execute("DROP TABLE IF EXISTS " + previous.tableName());
        }
        return state;
    }

    /** Applies the changes after {@code state.lastBatch()} to a keyed table, in one transaction. */
    ServingState apply(ServedTable table, ServingState state, long batch) {
        return tx.execute(s -> {
            String src = quote(ResourceTables.tableName(table.resourceCode()));
            String keys = table.keys().stream().map(ServedColumn::quoted).collect(Collectors.joining(", "));
            List<Object[]> ended = new ArrayList<>(CHUNK);
            String delete = "DELETE FROM " + state.tableName() + " WHERE _key = ?";
            store.query("SELECT DISTINCT " + keys + " FROM " + src + " WHERE _v_to IS NOT NULL AND _v_to > ?", List.of(state.lastBatch()), v -> {
                ended.add(new Object[] {KeyText.of(v, 0, v.length)});
                if (ended.size() == CHUNK) {
                    jdbc.batchUpdate(delete, ended);
                    ended.clear();
                }
            });
            if (!ended.isEmpty()) {
                jdbc.batchUpdate(delete, ended);
            }
            long[] pos = {jdbc.queryForObject("SELECT COALESCE(MAX(_pos), 0) FROM " + state.tableName(), Long.class)};
            Inserter inserter = new Inserter(state.tableName(), table, true);
            store.query(currentRows(table, state.lastBatch()), List.of(), v -> inserter.add(++pos[0], v));
            inserter.flush();
            long count = jdbc.queryForObject("SELECT COUNT(*) FROM " + state.tableName(), Long.class);
            ServingState next = new ServingState(state.resourceCode(), state.tableName(), state.signature(), batch, count);
            states.save(next, clock.instant());
            return next;
        });
    }

    private static String currentRows(ServedTable table, Long after) {
        return "SELECT " + table.columns().stream().map(ServedColumn::quoted).collect(Collectors.joining(", ")) + " FROM "
                + quote(ResourceTables.tableName(table.resourceCode())) + " WHERE _v_to IS NULL" + (after == null ? "" : " AND _v_from > " + after)
                + " ORDER BY _v_from, _seq";
    }

    private void createIndexes(String name, ServedTable table) {
        if (!table.keys().isEmpty()) {
            jdbc.execute("CREATE INDEX " + name + "_k ON " + name + " (_key)");
        }
        List<ServedColumn> columns = table.columns();
        for (int i = 0; i < columns.size(); i++) {
            if (columns.get(i).indexed()) {
                // (item, _pos): equality and ranges on the item, then the keyset order, from the index alone
                jdbc.execute("CREATE INDEX " + name + "_" + i + " ON " + name + " (" + columns.get(i).quoted() + ", _pos)");
            }
        }
    }

    private static String quote(String identifier) {
        return "\"" + identifier + "\"";
    }

    /** Collects rows and writes them by JDBC batches; with key columns, first deletes the rows the new ones replace. */
    private final class Inserter {
        private final String insert;
        private final String delete;
        private final int[] keyIndexes;
        private final boolean keyed;
        private final List<Object[]> rows = new ArrayList<>(CHUNK);

        /** @param replacing delete rows with the same key first (an incremental apply; a fresh table has none) */
        Inserter(String name, ServedTable table, boolean replacing) {
            List<ServedColumn> columns = table.columns();
            boolean keyed = !table.keys().isEmpty();
            this.keyIndexes = IntStream.range(0, columns.size()).filter(i -> columns.get(i).key()).toArray();
            this.insert = "INSERT INTO " + name + " (_pos" + (keyed ? ", _key" : "") + columns.stream().map(c -> ", " + c.quoted()).collect(Collectors.joining())
                    + ") VALUES (?" + (keyed ? ", ?" : "") + ", ?".repeat(columns.size()) + ")";
            this.keyed = keyed;
            this.delete = keyed && replacing ? "DELETE FROM " + name + " WHERE _key = ?" : null;
        }

        void add(long pos, Object[] values) {
            int extra = keyed ? 2 : 1;
            Object[] row = new Object[values.length + extra];
            row[0] = pos;
            if (keyed) {
                Object[] key = new Object[keyIndexes.length];
                for (int i = 0; i < keyIndexes.length; i++) {
                    key[i] = values[keyIndexes[i]];
                }
                row[1] = KeyText.of(key, 0, key.length);
            }
            System.arraycopy(values, 0, row, extra, values.length);
            rows.add(row);
            if (rows.size() == CHUNK) {
                flush();
            }
        }

        void flush() {
            if (rows.isEmpty()) {
                return;
            }
            if (delete != null) {
                jdbc.batchUpdate(delete, rows.stream().map(r -> new Object[] {r[1]}).toList());
            }
            jdbc.batchUpdate(insert, rows);
            rows.clear();
        }
    }
}
