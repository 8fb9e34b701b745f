package io.yudex.opendata;

import io.yudex.platform.ConflictException;

/** Where a showcase submission stands: it appears publicly only once the platform admin approved it. */
public enum ShowcaseStatus {
    PENDING, APPROVED, REJECTED;

    /** The platform admin's decision; only a pending submission can be reviewed. */
    ShowcaseStatus review(boolean approve) {
        ShowcaseStatus to = approve ? APPROVED : REJECTED;
        if (this != PENDING) {
            throw new ConflictException("Cannot move a showcase submission from " + this + " to " + to + ": it was already reviewed");
        }
        return to;
    }
}
