package io.yudex.exchange;

import io.yudex.platform.RateLimitedException;
import java.time.Clock;
import java.util.concurrent.ConcurrentHashMap;
import org.springframework.stereotype.Component;

/**
 * Token buckets per grant (its quota per minute, bursting up to a minute's worth) and per caller (requests per
 * second, bursting up to a second's worth). In memory: one server's view, which is what a single node needs.
 */
@Component
class Quotas {

    private final DataServiceProperties properties;
    private final Clock clock;
    private final ConcurrentHashMap<String, Bucket> buckets = new ConcurrentHashMap<>();

    Quotas(DataServiceProperties properties, Clock clock) {
        this.properties = properties;
        this.clock = clock;
    }

    /** @throws RateLimitedException when the caller sends faster than its per-second limit */
    void client(String caller) {
        take("c:" + caller, properties.clientPerSecond(), 1_000, "Client " + caller + " may send " + properties.clientPerSecond() + " requests per second");
    }

    /** @throws RateLimitedException when the grant's quota for the current minute is used up */
    void grant(Grant g) {
        int perMinute = g.quotaPerMinute() != null ? g.quotaPerMinute() : properties.grantPerMinute();
        take("g:" + g.id(), perMinute, 60_000, "Grant " + g.id() + " allows " + perMinute + " requests per minute");
    }

    private void take(String key, int capacity, long periodMillis, String message) {
        long now = clock.millis();
        Bucket b = buckets.computeIfAbsent(key, k -> new Bucket(capacity, now));
        long waitMillis = b.take(capacity, periodMillis, now);
        if (waitMillis > 0) {
            throw new RateLimitedException(message + "; retry after " + (waitMillis + 999) / 1000 + " s", (waitMillis + 999) / 1000);
        }
    }

    /** Tokens refill continuously at {@code capacity} per period. */
    static final class Bucket {
        private double tokens;
        private long at;

        Bucket(int capacity, long now) {
            this.tokens = capacity;
            this.at = now;
        }

        /** Takes a token and returns 0, or returns the milliseconds until one is there. */
        synchronized long take(int capacity, long periodMillis, long now) {
            double perMilli = (double) capacity / periodMillis;
            tokens = Math.min(capacity, tokens + Math.max(0, now - at) * perMilli);
            at = Math.max(at, now);
            if (tokens >= 1) {
                tokens -= 1;
                return 0;
            }
            return (long) Math.ceil((1 - tokens) / perMilli);
        }
    }
}
