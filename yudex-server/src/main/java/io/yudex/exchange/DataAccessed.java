package io.yudex.exchange;

/**
 * One use of shared data, or a refused attempt, for the audit log. Published before any row leaves: a listener that
 * fails stops the response.
 *
 * @param grantId the grant used, or null when the attempt was refused before one was found
 * @param result  {@code OK} or the reason of the refusal
 */
public record DataAccessed(String actor, Long departmentId, Long grantId, String resourceCode, String items, String filter, long rows,
        String result) {}
