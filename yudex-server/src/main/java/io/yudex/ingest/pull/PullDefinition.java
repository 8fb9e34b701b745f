package io.yudex.ingest.pull;

import io.yudex.data.LoadMode;
import java.time.Instant;
import java.util.Map;

/**
 * A pull of a table or query from a provider's database into a resource.
 *
 * @param table        the source table (schema-qualified or not), or null when {@code query} is given
 * @param query        a SELECT, or null when {@code table} is given
 * @param cron         Spring cron expression (seconds first) of its schedule, or null for on demand only
 * @param nextRunAt    when the schedule runs it next, or null
 * @param watermark    how far the last succeeded run read (e.g. {@code number:1200}), or null
 * @param lastBatchId  the batch of its latest run, or null
 * @param lastStatus   that batch's status, or null
 * @param mapping      edited column mapping (source column → data item, "" to ignore)
 */
public record PullDefinition(long id, String resourceCode, long connectionId, String name, String table, String query, LoadMode mode,
        Incremental incremental, String incrementalColumn, Map<String, String> mapping, String cron, boolean enabled, Instant nextRunAt, String watermark,
        Long lastBatchId, String lastStatus, String createdBy, Instant createdAt, Instant updatedAt) {}
