package io.yudex.exchange;

import static io.yudex.exchange.ApplicationRepository.utc;

import java.time.Instant;
import java.time.OffsetDateTime;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

@Repository
class ReturnFlowRepository {

    /** A department a return flow reaches: a city or county department, with the region its standing grant covers. */
    record Receiver(long id, String regionCode) {}

    private static final String SELECT = """
            SELECT f.*, r.name AS resource_name, r.provider_id, d.name AS provider_name,
                   (SELECT COUNT(*) FROM return_flow_grant x JOIN share_grant g ON g.id = x.grant_id
                     WHERE x.resource_code = f.resource_code AND NOT g.revoked) AS active_grants
              FROM return_flow f
              JOIN catalog_resource r ON r.code = f.resource_code
              JOIN department d ON d.id = r.provider_id
            """;

    private final JdbcClient jdbc;

    ReturnFlowRepository(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    List<ReturnFlow> list() {
        return jdbc.sql(SELECT + " ORDER BY f.resource_code").query((rs, n) -> map(rs)).list();
    }

    Optional<ReturnFlow> find(String resourceCode) {
        return jdbc.sql(SELECT + " WHERE f.resource_code = ?").param(resourceCode).query((rs, n) -> map(rs)).optional();
    }

    void insert(String resourceCode, List<String> items, Set<AccessMode> modes, String by, Instant at, String note) {
        jdbc.sql("INSERT INTO return_flow (resource_code, items, modes, marked_by, marked_at, note) VALUES (?, ?, ?, ?, ?, ?)")
                .params(resourceCode, String.join(",", items), ApplicationRepository.modes(modes), by, utc(at), note).update();
    }

    void update(String resourceCode, List<String> items, Set<AccessMode> modes, String by, Instant at, String note) {
        jdbc.sql("UPDATE return_flow SET items = ?, modes = ?, marked_by = ?, marked_at = ?, note = ? WHERE resource_code = ?")
                .params(String.join(",", items), ApplicationRepository.modes(modes), by, utc(at), note, resourceCode).update();
    }

    /** Ends a return flow: its record and the links to its grants go (the grants stay, revoked, as history). */
    boolean delete(String resourceCode) {
        jdbc.sql("DELETE FROM return_flow_grant WHERE resource_code = ?").param(resourceCode).update();
        return jdbc.sql("DELETE FROM return_flow WHERE resource_code = ?").param(resourceCode).update() == 1;
    }

    /** City and county departments (never the operator nor the provider) that hold no standing grant of this flow yet. */
    List<Receiver> missingReceivers(String resourceCode, long providerId, Long onlyDepartment) {
        String sql = """
                SELECT d.id, d.region_code FROM department d
                 WHERE d.level IN ('CITY', 'COUNTY') AND NOT d.operator AND d.id <> ?
                   AND NOT EXISTS (SELECT 1 FROM return_flow_grant x WHERE x.resource_code = ? AND x.department_id = d.id)
                """ + (onlyDepartment == null ? "" : " AND d.id = ?") + " ORDER BY d.id";
        var spec = jdbc.sql(sql).params(providerId, resourceCode);
        if (onlyDepartment != null) {
            spec = spec.param(onlyDepartment);
        }
        return spec.query((rs, n) -> new Receiver(rs.getLong("id"), rs.getString("region_code"))).list();
    }

    void link(String resourceCode, long departmentId, long grantId) {
        jdbc.sql("INSERT INTO return_flow_grant (resource_code, department_id, grant_id) VALUES (?, ?, ?)")
                .params(resourceCode, departmentId, grantId).update();
    }

    /** The standing grants of a flow that are still in force. */
    List<Long> activeGrants(String resourceCode) {
        return jdbc.sql("""
                SELECT g.id FROM return_flow_grant x JOIN share_grant g ON g.id = x.grant_id
                 WHERE x.resource_code = ? AND NOT g.revoked ORDER BY g.id
                """).param(resourceCode).query(Long.class).list();
    }

    private static ReturnFlow map(java.sql.ResultSet rs) throws java.sql.SQLException {
        return new ReturnFlow(rs.getString("resource_code"), rs.getString("resource_name"), rs.getLong("provider_id"), rs.getString("provider_name"),
                ApplicationRepository.list(rs.getString("items")), ApplicationRepository.modes(rs.getString("modes")), rs.getString("marked_by"),
                rs.getObject("marked_at", OffsetDateTime.class).toInstant(), rs.getString("note"), rs.getInt("active_grants"));
    }
}
