package io.yudex.organisation;

import java.util.List;
import java.util.Optional;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

@Repository
class RegionRepository {

    private final JdbcClient jdbc;

    RegionRepository(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    long count() {
        return jdbc.sql("SELECT COUNT(*) FROM region").query(Long.class).single();
    }

    void insert(Region r) {
        jdbc.sql("INSERT INTO region (code, name, level, parent_code) VALUES (?, ?, ?, ?)")
                .params(r.code(), r.name(), r.level().name(), r.parentCode())
                .update();
    }

    Optional<Region> find(String code) {
        return jdbc.sql("SELECT code, name, level, parent_code FROM region WHERE code = ?")
                .param(code)
                .query((rs, n) -> new Region(rs.getString(1), rs.getString(2), RegionLevel.valueOf(rs.getString(3)), rs.getString(4)))
                .optional();
    }

    List<Region> findAll() {
        return jdbc.sql("SELECT code, name, level, parent_code FROM region ORDER BY code")
                .query((rs, n) -> new Region(rs.getString(1), rs.getString(2), RegionLevel.valueOf(rs.getString(3)), rs.getString(4)))
                .list();
    }
}
