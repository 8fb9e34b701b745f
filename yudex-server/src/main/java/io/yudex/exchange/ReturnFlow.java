package io.yudex.exchange;

import java.time.Instant;
import java.util.List;
import java.util.Set;

/**
 * A province-level resource marked to flow back (数据回流) to every city and county department: each holds a standing
 * grant to the rows of its own region, with the items and modes below, without applying.
 *
 * @param items        the items that flow back (masked by their sensitivity, like any grant's)
 * @param modes        what the standing grants allow, from the resource's share modes (query; feed and export)
 * @param activeGrants the standing grants in force now (the platform admin may have revoked some)
 */
public record ReturnFlow(String resourceCode, String resourceName, long providerId, String providerName, List<String> items,
        Set<AccessMode> modes, String markedBy, Instant markedAt, String note, int activeGrants) {}
