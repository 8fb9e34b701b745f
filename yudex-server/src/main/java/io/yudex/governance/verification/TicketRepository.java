package io.yudex.governance.verification;

import java.sql.Date;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Instant;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.jdbc.support.GeneratedKeyHolder;
import org.springframework.stereotype.Repository;

/** Tickets and their events. */
@Repository
class TicketRepository {

    private static final String SELECT = "SELECT t.*, d.name AS department_name FROM governance_ticket t JOIN department d ON d.id = t.department_id";

    /** What a new ticket says. */
    record NewTicket(Long comparisonId, Long runId, String resource, String rowKey, String item, String ownerValue, String otherValue,
            String otherResource, long departmentId) {}

    private final JdbcClient jdbc;

    TicketRepository(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    long insert(NewTicket t, String user, Instant now) {
        var keys = new GeneratedKeyHolder();
        jdbc.sql("""
                INSERT INTO governance_ticket (comparison_id, run_id, resource_code, row_key, item, owner_value, other_value, other_resource,
                       department_id, status, opened_by, opened_at, updated_at) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, 'OPENED', ?, ?, ?)
                """).params(t.comparisonId(), t.runId(), t.resource(), cut(t.rowKey(), 200), t.item(), cut(t.ownerValue(), 2000),
                cut(t.otherValue(), 2000), t.otherResource(), t.departmentId(), user, utc(now), utc(now)).update(keys, "id");
        return keys.getKey().longValue();
    }

    /**
     * Moves the ticket if it is still in {@code from}; the other fields are set as given.
     *
     * @return false when another move won the race
     */
    boolean move(long id, TicketStatus from, TicketStatus to, TicketAnswer answer, long departmentId, LocalDate deadline, Instant now) {
        return jdbc.sql("UPDATE governance_ticket SET status = ?, answer = ?, department_id = ?, deadline = ?, updated_at = ? WHERE id = ? AND status = ?")
                .params(to.name(), answer == null ? null : answer.name(), departmentId, deadline == null ? null : Date.valueOf(deadline), utc(now), id,
                        from.name()).update() == 1;
    }

    void event(long id, Instant at, String actor, TicketStatus from, TicketStatus to, TicketAnswer answer, String comment) {
        int seq = jdbc.sql("SELECT COALESCE(MAX(seq), 0) + 1 FROM governance_ticket_event WHERE ticket_id = ?").param(id).query(Integer.class).single();
        jdbc.sql("INSERT INTO governance_ticket_event (ticket_id, seq, at, actor, from_status, to_status, answer, comment) VALUES (?, ?, ?, ?, ?, ?, ?, ?)")
                .params(id, seq, utc(at), actor, from == null ? null : from.name(), to.name(), answer == null ? null : answer.name(), cut(comment, 1000))
                .update();
    }

    Optional<Ticket> find(long id) {
        return jdbc.sql(SELECT + " WHERE t.id = ?").param(id).query(this::ticket).optional();
    }

    List<Ticket.Event> history(long id) {
        return jdbc.sql("SELECT * FROM governance_ticket_event WHERE ticket_id = ? ORDER BY seq").param(id)
                .query((rs, n) -> new Ticket.Event(rs.getInt("seq"), rs.getObject("at", OffsetDateTime.class).toInstant(), rs.getString("actor"),
                        status(rs.getString("from_status")), status(rs.getString("to_status")), answer(rs.getString("answer")), rs.getString("comment")))
                .list();
    }

    /** Newest first; {@code departmentId} and {@code status} filter when not null. */
    List<Ticket> list(Long departmentId, TicketStatus status, int limit) {
        List<String> where = new ArrayList<>();
        List<Object> params = new ArrayList<>();
        if (departmentId != null) {
            where.add("t.department_id = ?");
            params.add(departmentId);
        }
        if (status != null) {
            where.add("t.status = ?");
            params.add(status.name());
        }
        params.add(limit);
        return jdbc.sql(SELECT + (where.isEmpty() ? "" : " WHERE " + String.join(" AND ", where)) + " ORDER BY t.id DESC LIMIT ?").params(params)
                .query(this::ticket).list();
    }

    /** Tickets of a comparison that are not closed. */
    List<Ticket> openOf(long comparisonId) {
        return jdbc.sql(SELECT + " WHERE t.comparison_id = ? AND t.status <> 'CLOSED' ORDER BY t.id").param(comparisonId).query(this::ticket).list();
    }

    boolean openExists(long comparisonId, String key, String item) {
        return jdbc.sql("SELECT COUNT(*) FROM governance_ticket WHERE comparison_id = ? AND row_key = ? AND item = ? AND status <> 'CLOSED'")
                .params(comparisonId, key, item).query(Long.class).single() > 0;
    }

    /** Assigned tickets whose deadline passed before {@code today}. */
    List<Ticket> overdue(LocalDate today) {
        return jdbc.sql(SELECT + " WHERE t.status = 'ASSIGNED' AND t.deadline < ? ORDER BY t.id").param(Date.valueOf(today)).query(this::ticket).list();
    }

    private Ticket ticket(ResultSet rs, int n) throws SQLException {
        long comparison = rs.getLong("comparison_id");
        Long comparisonId = rs.wasNull() ? null : comparison;
        long run = rs.getLong("run_id");
        Long runId = rs.wasNull() ? null : run;
        Date deadline = rs.getDate("deadline");
        return new Ticket(rs.getLong("id"), comparisonId, runId, rs.getString("resource_code"), rs.getString("row_key"), rs.getString("item"),
                rs.getString("owner_value"), rs.getString("other_value"), rs.getString("other_resource"), rs.getLong("department_id"),
                rs.getString("department_name"), status(rs.getString("status")), answer(rs.getString("answer")),
                deadline == null ? null : deadline.toLocalDate(), rs.getString("opened_by"), rs.getObject("opened_at", OffsetDateTime.class).toInstant(),
                rs.getObject("updated_at", OffsetDateTime.class).toInstant(), List.of());
    }

    private static TicketStatus status(String s) {
        return s == null ? null : TicketStatus.valueOf(s);
    }

    private static TicketAnswer answer(String s) {
        return s == null ? null : TicketAnswer.valueOf(s);
    }

    private static String cut(String s, int max) {
        return s == null || s.length() <= max ? s : s.substring(0, max);
    }

    private static OffsetDateTime utc(Instant i) {
        return i.atOffset(ZoneOffset.UTC);
    }
}
