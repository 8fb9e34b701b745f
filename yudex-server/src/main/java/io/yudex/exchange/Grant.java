package io.yudex.exchange;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * What a consumer department may use of a resource: granted items, row filter, modes and validity. Revocation and
 * expiry take effect on the next request.
 *
 * @param rowScope region code prefix the rows are limited to, or null
 * @param state    ACTIVE, REVOKED, or EXPIRED once {@code validUntil} has passed
 * @param masks    item → masking spec set by the approver, each at least as strict as the item's default
 * @param quotaPerMinute requests per minute this grant allows, or null for the configured default
 * @param applicationId  the application it answers, or null for a standing grant of a return flow
 * @param returnFlow     a standing grant of a return flow (数据回流): no application, the department's own region, no end
 */
public record Grant(long id, Long applicationId, String resourceCode, long consumerDepartmentId, String consumerDepartmentName,
        List<String> items, String rowScope, Set<AccessMode> modes, LocalDate validUntil, String state, Instant createdAt,
        String revokedBy, Instant revokedAt, String revokeReason, Map<String, String> masks, Integer quotaPerMinute,
        boolean returnFlow) {

    /** The last day of a standing grant: it lasts until the return flow ends or the grant is revoked. */
    public static final LocalDate STANDING = LocalDate.of(9999, 12, 31);
}
