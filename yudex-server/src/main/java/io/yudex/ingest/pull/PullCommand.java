package io.yudex.ingest.pull;

import java.util.Map;

/**
 * Defines or changes a pull. Exactly one of {@code table} and {@code query} is given.
 *
 * @param mode              FULL_REPLACE, APPEND, UPSERT or DELETE (default FULL_REPLACE, or UPSERT when incremental)
 * @param incremental       NONE, KEY or TIMESTAMP (default NONE)
 * @param incrementalColumn the increasing key or update-timestamp column, when incremental
 * @param cron              a cron expression (5 fields, or 6 with seconds first), in the platform's zone; null or
 *                          blank for on demand only
 * @param enabled           whether the schedule runs it (default true)
 * @param mapping           source column → data item name or label, or "" to ignore it; other columns map by name
 */
public record PullCommand(String resourceCode, Long connectionId, String name, String table, String query, String mode,
        String incremental, String incrementalColumn, String cron, Boolean enabled, Map<String, String> mapping) {}
