package io.yudex.governance.comparison;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * Settings under {@code yudex.governance.comparison.*}.
 *
 * @param maxRows rows that did not match cleanly stored per run; the counts stay exact past it
 */
@ConfigurationProperties("yudex.governance.comparison")
record ComparisonProperties(@DefaultValue("100000") int maxRows) {}
