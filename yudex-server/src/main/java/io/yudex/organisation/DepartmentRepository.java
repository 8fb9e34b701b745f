package io.yudex.organisation;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Optional;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.jdbc.support.GeneratedKeyHolder;
import org.springframework.stereotype.Repository;

@Repository
class DepartmentRepository {

    private static final String SELECT = """
            SELECT d.id, d.code, d.name, d.short_name, d.region_code, r.name AS region_name, d.level, d.parent_id,
                   d.operator, d.created_at
              FROM department d JOIN region r ON r.code = d.region_code
            """;

    private final JdbcClient jdbc;

    DepartmentRepository(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    long insert(DepartmentCommand c, boolean operator, Instant now) {
        var keys = new GeneratedKeyHolder();
        jdbc.sql("""
                INSERT INTO department (code, name, short_name, region_code, level, parent_id, operator, created_at)
                VALUES (?, ?, ?, ?, ?, ?, ?, ?)
                """)
                .params(c.code(), c.name(), c.shortName(), c.regionCode(), c.level().name(), c.parentId(), operator,
                        OffsetDateTime.ofInstant(now, ZoneOffset.UTC))
                .update(keys, "id");
        return keys.getKey().longValue();
    }

    void update(long id, DepartmentCommand c) {
        jdbc.sql("UPDATE department SET code = ?, name = ?, short_name = ?, region_code = ?, level = ?, parent_id = ? WHERE id = ?")
                .params(c.code(), c.name(), c.shortName(), c.regionCode(), c.level().name(), c.parentId(), id)
                .update();
    }

    Optional<Department> findById(long id) {
        return jdbc.sql(SELECT + " WHERE d.id = ?").param(id).query(DepartmentRepository::map).optional();
    }

    Optional<Department> findByCode(String code) {
        return jdbc.sql(SELECT + " WHERE d.code = ?").param(code).query(DepartmentRepository::map).optional();
    }

    boolean existsByCodeOrName(String code, String name, long exceptId) {
        return jdbc.sql("SELECT COUNT(*) FROM department WHERE (code = ? OR name = ?) AND id <> ?")
                .params(code, name, exceptId).query(Long.class).single() > 0;
    }

    List<Department> findAll() {
        return jdbc.sql(SELECT + " ORDER BY d.operator DESC, d.level, d.region_code, d.id").query(DepartmentRepository::map).list();
    }

    long count() {
        return jdbc.sql("SELECT COUNT(*) FROM department").query(Long.class).single();
    }

    private static Department map(ResultSet rs, int n) throws SQLException {
        long parentValue = rs.getLong("parent_id");
        Long parent = rs.wasNull() ? null : parentValue;
        return new Department(
                rs.getLong("id"), rs.getString("code"), rs.getString("name"), rs.getString("short_name"),
                rs.getString("region_code"), rs.getString("region_name"), RegionLevel.valueOf(rs.getString("level")),
                parent, rs.getBoolean("operator"),
                rs.getObject("created_at", OffsetDateTime.class).toInstant());
    }
}
