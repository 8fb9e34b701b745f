package io.yudex.platform;

/** The caller used up a quota or rate limit. Maps to 429 with a {@code Retry-After} header. */
public class RateLimitedException extends RuntimeException {

    private final long retryAfterSeconds;

    public RateLimitedException(String message, long retryAfterSeconds) {
        super(message);
        this.retryAfterSeconds = Math.max(1, retryAfterSeconds);
    }

    /** Whole seconds until a request may succeed again, at least 1. */
    public long retryAfterSeconds() {
        return retryAfterSeconds;
    }
}
