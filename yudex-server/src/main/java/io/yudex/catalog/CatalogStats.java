package io.yudex.catalog;

import java.util.Map;

/** Counts for the dashboard; keys are department names or enum names, values resource counts. */
public record CatalogStats(long total, long published, long pendingReview, Map<String, Long> byProvider,
        Map<String, Long> byResourceClass, Map<String, Long> byShareType, Map<String, Long> byOpenType,
        Map<String, Long> byStatus) {}
