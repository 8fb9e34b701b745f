package io.yudex.identity;

import static io.yudex.identity.UserRepository.instant;
import static io.yudex.identity.UserRepository.utc;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.jdbc.support.GeneratedKeyHolder;
import org.springframework.stereotype.Repository;

@Repository
class ApiClientRepository {

    record Secret(ApiClient client, String secretHash, String departmentCode) {}

    private static final String SELECT = """
            SELECT c.id, c.client_id, c.name, c.department_id, d.name AS department_name, c.role, c.enabled, c.created_at,
                   c.secret_hash, d.code AS department_code
              FROM api_client c JOIN department d ON d.id = c.department_id
            """;

    private final JdbcClient jdbc;
    private final IdentityChanges changes;

    ApiClientRepository(JdbcClient jdbc, IdentityChanges changes) {
        this.jdbc = jdbc;
        this.changes = changes;
    }

    long insert(String clientId, ApiClientCommand c, String secretHash, Instant now) {
        var keys = new GeneratedKeyHolder();
        jdbc.sql("INSERT INTO api_client (client_id, name, secret_hash, department_id, role, enabled, created_at) VALUES (?, ?, ?, ?, ?, TRUE, ?)")
                .params(clientId, c.name(), secretHash, c.departmentId(), c.role().name(), utc(now))
                .update(keys, "id");
        return keys.getKey().longValue();
    }

    void setEnabled(String clientId, boolean enabled) {
        jdbc.sql("UPDATE api_client SET enabled = ? WHERE client_id = ?").params(enabled, clientId).update();
        changes.changed();
    }

    Optional<Secret> findSecret(String clientId) {
        return jdbc.sql(SELECT + " WHERE c.client_id = ?").param(clientId)
                .query((rs, n) -> new Secret(map(rs, n), rs.getString("secret_hash"), rs.getString("department_code")))
                .optional();
    }

    Optional<Secret> findSecretById(long id) {
        return jdbc.sql(SELECT + " WHERE c.id = ?").param(id)
                .query((rs, n) -> new Secret(map(rs, n), rs.getString("secret_hash"), rs.getString("department_code")))
                .optional();
    }

    void updateSecret(String clientId, String secretHash) {
        jdbc.sql("UPDATE api_client SET secret_hash = ? WHERE client_id = ?").params(secretHash, clientId).update();
        changes.changed();
    }

    List<ApiClient> findByDepartment(long departmentId) {
        return jdbc.sql(SELECT + " WHERE c.department_id = ? ORDER BY c.id").param(departmentId).query(this::map).list();
    }

    List<ApiClient> findAll() {
        return jdbc.sql(SELECT + " ORDER BY c.id").query(this::map).list();
    }

    private ApiClient map(ResultSet rs, int n) throws SQLException {
        return new ApiClient(rs.getLong("id"), rs.getString("client_id"), rs.getString("name"), rs.getLong("department_id"),
                rs.getString("department_name"), Role.valueOf(rs.getString("role")), rs.getBoolean("enabled"),
                instant(rs, "created_at"));
    }
}
