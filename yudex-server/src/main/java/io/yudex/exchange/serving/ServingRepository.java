package io.yudex.exchange.serving;

import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Optional;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

@Repository
class ServingRepository {

    private final JdbcClient jdbc;

    ServingRepository(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    Optional<ServingState> find(String code) {
        return jdbc.sql("SELECT resource_code, table_name, signature, last_batch, row_count FROM serving_resource WHERE resource_code = ?")
                .param(code).query((rs, n) -> new ServingState(rs.getString(1), rs.getString(2), rs.getString(3), rs.getLong(4), rs.getLong(5)))
                .optional();
    }

    void save(ServingState s, Instant at) {
        OffsetDateTime utc = at.atOffset(ZoneOffset.UTC);
        int n = jdbc.sql("UPDATE serving_resource SET table_name = ?, signature = ?, last_batch = ?, row_count = ?, applied_at = ? WHERE resource_code = ?")
                .params(s.tableName(), s.signature(), s.lastBatch(), s.rowCount(), utc, s.resourceCode()).update();
        if (n == 0) {
            jdbc.sql("INSERT INTO serving_resource (resource_code, table_name, signature, last_batch, row_count, applied_at) VALUES (?, ?, ?, ?, ?, ?)")
                    .params(s.resourceCode(), s.tableName(), s.signature(), s.lastBatch(), s.rowCount(), utc).update();
        }
    }

    /** Published resources that may be shared (type 3, 不予共享, is never served). */
    List<String> servable() {
        return jdbc.sql("SELECT code FROM catalog_resource WHERE status = 'PUBLISHED' AND share_type <> 'NOT_SHARED' ORDER BY code")
                .query(String.class).list();
    }
}
