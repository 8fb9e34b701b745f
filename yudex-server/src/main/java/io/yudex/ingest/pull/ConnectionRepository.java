package io.yudex.ingest.pull;

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
class ConnectionRepository {

    private static final String COLUMNS = "id, department_id, name, vendor, jdbc_url, username, sealed_password IS NOT NULL AS has_password, "
            + "created_by, created_at, updated_at";

    private final JdbcClient jdbc;

    ConnectionRepository(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    long insert(long departmentId, String name, JdbcVendor vendor, String url, String username, String sealedPassword, String user,
            Instant now) {
        var keys = new GeneratedKeyHolder();
        jdbc.sql("""
                INSERT INTO ingest_connection (department_id, name, vendor, jdbc_url, username, sealed_password, created_by, created_at, updated_at)
                VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?)
                """).params(departmentId, name, vendor.name(), url, username, sealedPassword, user, utc(now), utc(now)).update(keys, "id");
        return keys.getKey().longValue();
    }

    void update(long id, String name, JdbcVendor vendor, String url, String username, Instant now) {
        jdbc.sql("UPDATE ingest_connection SET name = ?, vendor = ?, jdbc_url = ?, username = ?, updated_at = ? WHERE id = ?")
                .params(name, vendor.name(), url, username, utc(now), id).update();
    }

    void updatePassword(long id, String sealedPassword) {
        jdbc.sql("UPDATE ingest_connection SET sealed_password = ? WHERE id = ?").params(sealedPassword, id).update();
    }

    boolean delete(long id) {
        return jdbc.sql("DELETE FROM ingest_connection WHERE id = ?").param(id).update() == 1;
    }

    Optional<SourceConnection> find(long id) {
        return jdbc.sql("SELECT " + COLUMNS + " FROM ingest_connection WHERE id = ?").param(id).query(ConnectionRepository::map).optional();
    }

    Optional<String> sealedPassword(long id) {
        return jdbc.sql("SELECT sealed_password FROM ingest_connection WHERE id = ?").param(id).query(String.class).optional();
    }

    boolean nameTaken(long departmentId, String name, long exceptId) {
        return jdbc.sql("SELECT COUNT(*) FROM ingest_connection WHERE department_id = ? AND name = ? AND id <> ?")
                .params(departmentId, name, exceptId).query(Long.class).single() > 0;
    }

    /** Connections of one department, or of all when {@code departmentId} is null. */
    List<SourceConnection> list(Long departmentId) {
        return departmentId == null
                ? jdbc.sql("SELECT " + COLUMNS + " FROM ingest_connection ORDER BY department_id, name").query(ConnectionRepository::map).list()
                : jdbc.sql("SELECT " + COLUMNS + " FROM ingest_connection WHERE department_id = ? ORDER BY name").param(departmentId)
                        .query(ConnectionRepository::map).list();
    }

    private static SourceConnection map(ResultSet rs, int n) throws SQLException {
        return new SourceConnection(rs.getLong("id"), rs.getLong("department_id"), rs.getString("name"),
                JdbcVendor.valueOf(rs.getString("vendor")), rs.getString("jdbc_url"), rs.getString("username"), rs.getBoolean("has_password"),
                rs.getString("created_by"), rs.getObject("created_at", OffsetDateTime.class).toInstant(),
                rs.getObject("updated_at", OffsetDateTime.class).toInstant());
    }

    static OffsetDateTime utc(Instant i) {
        return i == null ? null : OffsetDateTime.ofInstant(i, ZoneOffset.UTC);
    }
}
