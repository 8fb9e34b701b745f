package io.yudex.governance;

import java.time.Instant;
import java.util.List;
import java.util.Map;

/**
 * One version of a resource's rules: each rule in the {@code yudex-rules} map form
 * ({@code {"check":"identifier","type":"citizen-id","column":"sfzhm","severity":"error"}}).
 *
 * @param version 1 for the first saved set; 0 for a resource without rules (then {@code createdAt} is null)
 */
public record RuleSet(String resourceCode, int version, List<Map<String, Object>> rules, String comment, String createdBy,
        Instant createdAt) {

    public RuleSet {
        rules = List.copyOf(rules);
    }

    static RuleSet none(String code) {
        return new RuleSet(code, 0, List.of(), null, null, null);
    }
}
