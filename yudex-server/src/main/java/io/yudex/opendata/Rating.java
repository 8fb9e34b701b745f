package io.yudex.opendata;

import java.time.Instant;

/**
 * A signed-in user's rating of an open dataset (one per user and dataset; rating again replaces it), with the owning
 * department's public reply.
 *
 * @param stars   1–5
 * @param comment null when the user left none
 * @param reply   null until the department (or the platform admin) replies
 */
public record Rating(long id, String resourceCode, String author, int stars, String comment, String reply, String repliedBy,
        Instant repliedAt, Instant createdAt, Instant updatedAt) {

    /** The average stars of a dataset (0 when nobody rated it) and how many rated it. */
    public record Summary(double average, long count) {

        public static final Summary NONE = new Summary(0, 0);
    }
}
