package io.yudex.exchange.serving;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.stream.Collectors;
import org.springframework.dao.DataAccessException;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Service;

/**
 * Reads the serving copy of a resource: bound values only, identifiers only from the table's own columns, keyset
 * pages ordered by the sort item (nulls last) and then the row's position.
 */
@Service
public class ServingStore {

    private final ServingSync sync;
    private final JdbcTemplate jdbc;

    ServingStore(ServingSync sync, JdbcTemplate jdbc) {
        this.sync = sync;
        this.jdbc = jdbc;
    }

    /**
     * @return the rows, or empty when the resource has no serving copy (no data yet, or not servable)
     * @throws IllegalArgumentException for a column the resource's serving table does not have
     */
    public Optional<ServedRows> query(ServedTable table, ServingQuery q) {
        Optional<ServingState> state = sync.current(q.resourceCode());
        if (state.isEmpty()) {
            return Optional.empty();
        }
        try {
            return Optional.of(read(table, state.get(), q));
        } catch (DataAccessException e) {
            // a rebuild swapped the table between reading its name and the query: read the new one
            ServingState again = sync.current(q.resourceCode()).orElseThrow(() -> e);
            if (again.tableName().equals(state.get().tableName())) {
                throw e;
            }
            return Optional.of(read(table, again, q));
        }
    }

    /** Brings a resource's serving copy to the store's latest batch now; returns the batch it reflects, if served. */
    public Optional<Long> refresh(String code) {
        return sync.sync(code, 0).map(ServingState::lastBatch);
    }

    private ServedRows read(ServedTable table, ServingState state, ServingQuery q) {
        List<Object> args = new ArrayList<>();
        String sql = ServingSql.select(table, state.tableName(), q, args);
        int width = q.columns().size() + 1;
        List<Object[]> rows = jdbc.query(sql, (rs, n) -> {
            Object[] values = new Object[width];
            for (int i = 0; i < width; i++) {
                values[i] = ServingSql.value(rs.getObject(i + 1));
            }
            return values;
        }, args.toArray());
        boolean more = rows.size() > q.limit();
        return new ServedRows(state.lastBatch(), more ? rows.subList(0, q.limit()) : rows, more);
    }

    static String columns(List<String> names) {
        return names.stream().map(n -> "\"" + n + "\"").collect(Collectors.joining(", "));
    }
}
