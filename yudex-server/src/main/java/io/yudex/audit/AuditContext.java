package io.yudex.audit;

import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/**
 * Looks up what an event does not carry but an auditor searches by: a department's code, the purpose of a grant or
 * application. Reads the other features' tables directly (read-only) so that they need not know about auditing; the
 * answers never change once written, so they are cached.
 */
@Component
class AuditContext {

    /** The purpose an auditor searches the uses of return-flow (standing) grants by. */
    static final String RETURN_FLOW_PURPOSE = "数据回流";

    private final JdbcClient jdbc;
    private final Map<Long, String> departments = new ConcurrentHashMap<>();
    private final Map<Long, String> grantPurposes = new ConcurrentHashMap<>();
    private final Map<Long, String> applicationPurposes = new ConcurrentHashMap<>();

    AuditContext(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    String departmentCode(Long id) {
        return id == null ? null : cached(departments, id, "SELECT code FROM department WHERE id = ?");
    }

    String grantPurpose(Long grantId) {
        return grantId == null ? null
                : cached(grantPurposes, grantId, "SELECT CASE WHEN g.return_flow THEN '" + RETURN_FLOW_PURPOSE + "' ELSE a.purpose END"
                        + " FROM share_grant g LEFT JOIN share_application a ON a.id = g.application_id WHERE g.id = ?");
    }

    String applicationPurpose(long applicationId) {
        return cached(applicationPurposes, applicationId, "SELECT purpose FROM share_application WHERE id = ?");
    }

    private String cached(Map<Long, String> cache, long id, String sql) {
        String hit = cache.get(id);
        if (hit != null) {
            return hit;
        }
        String value = jdbc.sql(sql).param(id).query(String.class).optional().orElse(null);
        if (value != null) {
            cache.put(id, value);
        }
        return value;
    }
}
