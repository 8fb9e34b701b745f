package io.yudex.organisation;

import java.time.Instant;

/**
 * A government department (or the platform operator). {@code code} is its unified social credit code
 * where known, otherwise a platform-assigned code; {@code parentId} is null for top-level departments.
 */
public record Department(
        long id,
        String code,
        String name,
        String shortName,
        String regionCode,
        String regionName,
        RegionLevel level,
        Long parentId,
        boolean operator,
        Instant createdAt) {}
