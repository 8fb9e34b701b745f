package io.yudex.governance;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;
import tools.jackson.core.type.TypeReference;
import tools.jackson.databind.json.JsonMapper;

/** Versions of resources' rule sets, each stored whole as a JSON array. */
@Repository
class RuleSetRepository {

    private static final TypeReference<List<Map<String, Object>>> RULES = new TypeReference<>() {};

    private final JdbcClient jdbc;
    private final JsonMapper json;

    RuleSetRepository(JdbcClient jdbc, JsonMapper json) {
        this.jdbc = jdbc;
        this.json = json;
    }

    Optional<RuleSet> current(String code) {
        return jdbc.sql("SELECT * FROM governance_rule_set WHERE resource_code = ? ORDER BY version DESC LIMIT 1").param(code)
                .query(this::map).optional();
    }

    List<RuleSet> history(String code) {
        return jdbc.sql("SELECT * FROM governance_rule_set WHERE resource_code = ? ORDER BY version DESC").param(code).query(this::map).list();
    }

    /** Saves the next version; the primary key refuses a concurrent save of the same version. */
    RuleSet insert(String code, int version, List<Map<String, Object>> rules, String comment, String user, Instant now) {
        jdbc.sql("INSERT INTO governance_rule_set (resource_code, version, definitions, comment, created_by, created_at) VALUES (?, ?, ?, ?, ?, ?)")
                .params(code, version, json.writeValueAsString(rules), comment, user, OffsetDateTime.ofInstant(now, ZoneOffset.UTC)).update();
        return new RuleSet(code, version, rules, comment, user, now);
    }

    private RuleSet map(ResultSet rs, int n) throws SQLException {
        return new RuleSet(rs.getString("resource_code"), rs.getInt("version"), json.readValue(rs.getString("definitions"), RULES),
                rs.getString("comment"), rs.getString("created_by"), rs.getObject("created_at", OffsetDateTime.class).toInstant());
    }
}
