package io.yudex.catalog;

import java.time.Instant;
import java.util.List;

/** One entry of a resource's history: who did what when, and which fields changed. */
public record ResourceVersion(int version, ResourceAction action, ResourceStatus status, String changedBy,
        Instant changedAt, List<String> changedFields, String comment) {}
