package io.yudex.exchange;

import io.yudex.platform.ConflictException;
import java.util.Map;
import java.util.Set;

/** The life of a sharing application, with its one guarded transition method. */
public enum ApplicationStatus {
    /** Waiting for the provider's decision (share type 2). */
    SUBMITTED,
    /** Past its deadline: the platform admin decides. */
    ESCALATED,
    /** A dispute about a resource that is not shared (share type 3): the platform admin decides. */
    DISPUTED,
    APPROVED,
    REJECTED,
    WITHDRAWN;

    private static final Map<ApplicationStatus, Set<ApplicationStatus>> ALLOWED = Map.of(
            SUBMITTED, Set.of(APPROVED, REJECTED, WITHDRAWN, ESCALATED),
            ESCALATED, Set.of(APPROVED, REJECTED, WITHDRAWN),
            DISPUTED, Set.of(APPROVED, REJECTED, WITHDRAWN),
            APPROVED, Set.of(),
            REJECTED, Set.of(),
            WITHDRAWN, Set.of());

    /**
     * @throws ConflictException naming both states when the move is not allowed
     */
    public ApplicationStatus transition(ApplicationStatus target) {
        if (!ALLOWED.get(this).contains(target)) {
            throw new ConflictException("Cannot move an application from " + this + " to " + target);
        }
        return target;
    }

    public boolean open() {
        return !ALLOWED.get(this).isEmpty();
    }
}
