package io.yudex.governance;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * Governance settings under {@code yudex.governance.*}.
 *
 * @param maxFindings findings stored per run; past it the run still counts every failure exactly
 */
@ConfigurationProperties("yudex.governance")
record GovernanceProperties(@DefaultValue("100000") int maxFindings) {}
