package io.yudex.governance.verification;

import io.yudex.platform.ConflictException;
import java.util.Map;
import java.util.Set;

/** The life of a verification ticket, with its one guarded transition method. */
public enum TicketStatus {
    /** Raised; not yet routed. */
    OPENED,
    /** With the owning department, which answers by the deadline. */
    ASSIGNED,
    /** The department corrected, confirmed or disputed its value; a correction closes the ticket when a run shows it. */
    ANSWERED,
    /** Past its deadline unanswered: the platform admin decides. */
    ESCALATED,
    CLOSED;

    private static final Map<TicketStatus, Set<TicketStatus>> ALLOWED = Map.of(
            OPENED, Set.of(ASSIGNED, CLOSED),
            ASSIGNED, Set.of(ANSWERED, ESCALATED, CLOSED),
            ANSWERED, Set.of(CLOSED, ASSIGNED, ESCALATED),
            ESCALATED, Set.of(ASSIGNED, ANSWERED, CLOSED),
            CLOSED, Set.of());

    /**
     * @throws ConflictException naming both states when the move is not allowed
     */
    public TicketStatus transition(TicketStatus target) {
        if (!ALLOWED.get(this).contains(target)) {
            throw new ConflictException("Cannot move a verification ticket from " + this + " to " + target);
        }
        return target;
    }

    public boolean open() {
        return this != CLOSED;
    }
}
