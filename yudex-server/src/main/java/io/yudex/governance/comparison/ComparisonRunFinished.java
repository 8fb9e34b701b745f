package io.yudex.governance.comparison;

/** Published after a comparison run succeeded; verification tickets of the comparison are re-checked against it. */
public record ComparisonRunFinished(long comparisonId, long runId) {}
