package io.yudex.exchange;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * Data service settings under {@code yudex.data-service.*}.
 *
 * @param grantPerMinute  requests per minute a grant allows unless its approver set its own quota
 * @param clientPerSecond requests per second one caller (API client or user) may send, across all its grants
 */
@ConfigurationProperties("yudex.data-service")
record DataServiceProperties(@DefaultValue("6000") int grantPerMinute, @DefaultValue("200") int clientPerSecond) {}
