package io.yudex.opendata;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * Settings of public accounts under {@code yudex.opendata.accounts.*}.
 *
 * @param keyDailyQuota       daily calls of a key a public user issues
 * @param maxKeysPerUser      live (not revoked) keys a public user may hold
 * @param maxApplicationDays  longest period an application for conditional data may ask for, in days
 */
@ConfigurationProperties("yudex.opendata.accounts")
record OpenAccountProperties(
        @DefaultValue("1000") int keyDailyQuota,
        @DefaultValue("5") int maxKeysPerUser,
        @DefaultValue("366") int maxApplicationDays) {}
