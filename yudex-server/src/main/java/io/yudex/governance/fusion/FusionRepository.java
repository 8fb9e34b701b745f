package io.yudex.governance.fusion;

import java.util.List;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/** The configured sources per library. */
@Repository
class FusionRepository {

    private final JdbcClient jdbc;

    FusionRepository(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    List<FusionSource> sources(String library) {
        return jdbc.sql("SELECT item, priority, resource_code, key_column, column_name FROM governance_fusion_source WHERE library = ? ORDER BY item, priority")
                .param(library).query((rs, n) -> new FusionSource(rs.getString(1), rs.getInt(2), rs.getString(3), rs.getString(4), rs.getString(5)))
                .list();
    }

    void replace(String library, List<FusionSource> sources) {
        jdbc.sql("DELETE FROM governance_fusion_source WHERE library = ?").param(library).update();
        for (FusionSource s : sources) {
            jdbc.sql("INSERT INTO governance_fusion_source (library, item, priority, resource_code, key_column, column_name) VALUES (?, ?, ?, ?, ?, ?)")
                    .params(library, s.item(), s.priority(), s.resource(), s.keyColumn(), s.column()).update();
        }
    }
}
