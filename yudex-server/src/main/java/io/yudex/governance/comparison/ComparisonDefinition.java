package io.yudex.governance.comparison;

import java.time.Instant;
import java.util.Map;

/**
 * A stored comparison between two resources of different departments.
 *
 * @param definition the yudex-rules {@code Comparison} map: keys, paired items, normalisations, owner side
 */
public record ComparisonDefinition(long id, String name, Side left, Side right, Map<String, Object> definition, String createdBy,
        Instant createdAt) {

    /** One side: the resource and the department that provides it. */
    public record Side(String resource, String resourceName, long departmentId, String departmentName) {}
}
