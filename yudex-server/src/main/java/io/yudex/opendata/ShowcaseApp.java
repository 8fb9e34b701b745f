package io.yudex.opendata;

import java.time.Instant;
import java.util.List;

/**
 * An application built on open data (应用展示), as submitted by a user.
 *
 * @param datasets   codes of the open datasets it uses
 * @param reviewNote the platform admin's note (required when rejecting), null before review
 */
public record ShowcaseApp(long id, String name, String description, String url, List<String> datasets, String submitter,
        ShowcaseStatus status, String reviewNote, String reviewedBy, Instant reviewedAt, Instant createdAt) {

    /** What a user submits. */
    public record Submission(String name, String description, String url, List<String> datasets) {}
}
