package io.yudex.notification;

import java.time.Duration;
import java.util.List;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * Settings under {@code yudex.notifications.*}.
 *
 * @param retryBackoff   waits between delivery attempts; after the last one fails the delivery is dead
 * @param allowLoopback  lets webhooks point at this machine (tests, single-host installs); off by default so that a
 *                       department cannot make the platform call its own local services
 * @param endpointsPerDepartment the most webhooks one department may register
 */
@ConfigurationProperties("yudex.notifications")
record NotificationProperties(
        @DefaultValue("PT5S") Duration connectTimeout,
        @DefaultValue("PT10S") Duration requestTimeout,
        @DefaultValue({"PT30S", "PT2M", "PT10M", "PT1H", "PT6H"}) List<Duration> retryBackoff,
        @DefaultValue("false") boolean allowLoopback,
        @DefaultValue("10") int endpointsPerDepartment,
        @DefaultValue("50") int deliveriesPerRound) {

    int maxAttempts() {
        return retryBackoff.size() + 1;
    }

    /** The wait after the given number of failed attempts (1-based). */
    Duration backoffAfter(int failedAttempts) {
        return retryBackoff.get(Math.min(failedAttempts, retryBackoff.size()) - 1);
    }
}
