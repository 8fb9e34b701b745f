package io.yudex.governance;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * Governance settings under {@code yudex.governance.*}.
 *
 * @param maxFindings findings stored per run; past it the run still counts every failure exactly
 * @param retention   how long the rows behind runs are kept
 */
@ConfigurationProperties("yudex.governance")
record GovernanceProperties(@DefaultValue("100000") int maxFindings, @DefaultValue Retention retention) {

    /**
     * @param keepRuns the latest runs of each resource (rule runs) and of each comparison whose stored rows are kept;
     *                 older runs keep their figures but lose their rows, except comparison runs an unclosed ticket
     *                 refers to; 0 keeps everything
     */
    record Retention(@DefaultValue("20") int keepRuns) {}
}
