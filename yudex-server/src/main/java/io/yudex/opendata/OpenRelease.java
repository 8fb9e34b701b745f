package io.yudex.opendata;

import java.time.Instant;
import java.util.List;
import java.util.Map;

/**
 * A public release of an open resource: its data as of a batch, with the plan's treatments applied. An upstream
 * correction changes nothing here until a new release is accepted. {@code status} is ACCEPTED or REFUSED (a refused
 * release is kept, with its report, for the data admin; it is never served).
 */
public record OpenRelease(long id, String resourceCode, long batchId, String status, int k, List<String> quasiIdentifiers,
        Map<String, String> treatments, ReleaseReport report, long rowCount, String note, String createdBy, Instant createdAt) {

    public static final String ACCEPTED = "ACCEPTED";
    public static final String REFUSED = "REFUSED";

    public boolean accepted() {
        return ACCEPTED.equals(status);
    }

    ReleasePlan plan() {
        return new ReleasePlan(resourceCode, quasiIdentifiers, treatments, k, note);
    }
}
