package io.yudex.governance.verification;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;

/**
 * A verification ticket about one value of one record.
 *
 * @param comparisonId   the comparison that found the conflict; null for a ticket a consumer raised
 * @param resource       the owning department's resource
 * @param ownerValue     the value the owner holds, as found (null if unknown)
 * @param otherValue     the value the other department holds, or the value the consumer expected
 * @param deadline       the day by which the owner answers (working days), null until assigned
 * @param history        oldest first; empty in lists
 */
public record Ticket(long id, Long comparisonId, Long runId, String resource, String rowKey, String item, String ownerValue, String otherValue,
        String otherResource, long departmentId, String departmentName, TicketStatus status, TicketAnswer answer, LocalDate deadline,
        String openedBy, Instant openedAt, Instant updatedAt, List<Event> history) {

    /** One move of the ticket. */
    public record Event(int seq, Instant at, String actor, TicketStatus from, TicketStatus to, TicketAnswer answer, String comment) {}

    Ticket withHistory(List<Event> events) {
        return new Ticket(id, comparisonId, runId, resource, rowKey, item, ownerValue, otherValue, otherResource, departmentId, departmentName,
                status, answer, deadline, openedBy, openedAt, updatedAt, List.copyOf(events));
    }
}
