package io.yudex.governance;

/**
 * One reason one row failed (or was flagged by) one rule of a run.
 *
 * @param batchId  the batch that loaded the row version
 * @param rowSeq   the row's place in that batch's load order
 * @param rowKey   the row's key values, {@code sfzhm=410105…}; {@code batch/seq} when the resource has no key
 * @param rule     the rule's index in the run's rule set
 * @param severity {@code error} (the row is invalid) or {@code warning} (flagged)
 */
public record Finding(long batchId, long rowSeq, String rowKey, int rule, String column, String code, String severity, String message) {}
