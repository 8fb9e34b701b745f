package io.yudex.opendata;

import io.yudex.platform.ConflictException;
import java.util.Set;

/** The states of an application for conditionally open data (有条件开放), with its one guarded transition. */
public enum ApplicationStatus {
    /** Submitted, waiting for the provider's data admin. */
    PENDING,
    /** Approved for a period; access works only within it. */
    APPROVED,
    /** Rejected with a reason. */
    REJECTED;

    private Set<ApplicationStatus> next() {
        return this == PENDING ? Set.of(APPROVED, REJECTED) : Set.of();
    }

    /** @throws ConflictException naming both states when the move is not allowed */
    public ApplicationStatus transition(ApplicationStatus to) {
        if (!next().contains(to)) {
            throw new ConflictException("An application cannot move from " + this + " to " + to);
        }
        return to;
    }
}
