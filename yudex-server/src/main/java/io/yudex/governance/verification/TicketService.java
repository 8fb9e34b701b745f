package io.yudex.governance.verification;

import io.yudex.catalog.CatalogService;
import io.yudex.catalog.Resource;
import io.yudex.governance.comparison.ComparisonDefinition;
import io.yudex.governance.comparison.ComparisonRow;
import io.yudex.governance.comparison.ComparisonRun;
import io.yudex.governance.comparison.ComparisonRunFinished;
import io.yudex.governance.comparison.ComparisonService;
import io.yudex.identity.Caller;
import io.yudex.identity.Role;
import io.yudex.ingest.batch.BatchCommitted;
import io.yudex.platform.ConflictException;
import io.yudex.platform.FieldError;
import io.yudex.platform.ForbiddenException;
import io.yudex.platform.InvalidInputException;
import io.yudex.platform.NotFoundException;
import io.yudex.platform.WorkCalendar;
import io.yudex.rules.compare.Comparison;
import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.context.event.EventListener;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Opens verification tickets from a comparison's conflicts (or a consumer's doubt), routes each to the department that
 * owns the value with a deadline in working days, takes the owner's answer, escalates overdue tickets to the platform
 * admin and closes a ticket when a later comparison run shows the values agree.
 */
@Service
public class TicketService {

    private static final Caller SYSTEM = new Caller("system", null, null, Set.of(Role.AUDITOR), false);
    private static final Logger log = LoggerFactory.getLogger(TicketService.class);

    private final TicketRepository tickets;
    private final ComparisonService comparisons;
    private final CatalogService catalog;
    private final WorkCalendar calendar;
    private final TicketProperties properties;
    private final Clock clock;

    TicketService(TicketRepository tickets, ComparisonService comparisons, CatalogService catalog, WorkCalendar calendar, TicketProperties properties,
            Clock clock) {
        this.tickets = tickets;
        this.comparisons = comparisons;
        this.catalog = catalog;
        this.calendar = calendar;
        this.properties = properties;
        this.clock = clock;
    }

    /**
     * Opens one ticket per conflicting item of the selected keys of a run (all its conflicts when {@code keys} is null or
     * empty), each assigned at once to the item's owner; keys already under an open ticket for that item are skipped.
     *
     * @throws InvalidInputException when a key is not a conflict of the run, or more than the cap would open; nothing is opened then
     * @throws ConflictException     when the run has not succeeded
     */
    @Transactional
    public List<Ticket> openFromRun(long runId, List<String> keys, Caller caller) {
        requireAdmin(caller);
        ComparisonRun run = comparisons.run(runId, caller);
        if (!run.status().equals("SUCCEEDED")) {
            throw new ConflictException("Comparison run " + runId + " is " + run.status() + "; open tickets from a succeeded run");
        }
        ComparisonDefinition c = comparisons.get(run.comparisonId(), caller);
        Comparison definition = Comparison.of(c.definition());
        List<ComparisonRow> rows = selected(runId, keys, caller);
        List<Ticket> opened = new ArrayList<>();
        for (ComparisonRow row : rows) {
            for (ComparisonRow.Value v : row.items()) {
                if (!v.conflict() || tickets.openExists(c.id(), row.key(), v.item())) {
                    continue;
                }
                boolean leftOwns = definition.item(v.item()).map(i -> i.owner() == Comparison.Side.LEFT).orElse(true);
                ComparisonDefinition.Side owner = leftOwns ? c.left() : c.right();
                ComparisonDefinition.Side other = leftOwns ? c.right() : c.left();
                if (opened.size() >= properties.maxPerRequest()) {
                    throw InvalidInputException.of("keys", "more than " + properties.maxPerRequest() + " tickets would open; select fewer keys");
                }
                long id = tickets.insert(new TicketRepository.NewTicket(c.id(), runId, owner.resource(), row.key(), v.item(), leftOwns ? v.left() : v.right(),
                        leftOwns ? v.right() : v.left(), other.resource(), owner.departmentId()), caller.name(), clock.instant());
                tickets.event(id, clock.instant(), caller.name(), null, TicketStatus.OPENED, null,
                        "comparison " + c.id() + " run " + runId + ": " + other.departmentName() + " holds a different value");
                assign(id, TicketStatus.OPENED, owner.departmentId(), caller.name(), "routed to " + owner.departmentName() + ", which owns " + v.item());
                opened.add(tickets.find(id).orElseThrow());
            }
        }
        return opened;
    }

    /**
     * A consumer doubts a value of a record it uses: the ticket goes to the resource's provider.
     *
     * @throws InvalidInputException for a missing key, an unknown item or an over-long comment
     */
    @Transactional
    public Ticket raise(String resource, String key, String item, String expected, String comment, Caller caller) {
        if (caller.departmentId() == null) {
            throw new ForbiddenException("Only a department's users raise verification tickets");
        }
        if (resource == null || resource.isBlank()) {
            throw InvalidInputException.of("resource", "required: the code of the resource holding the doubted record");
        }
        Resource r = catalog.get(resource, caller);
        List<FieldError> errors = new ArrayList<>();
        if (key == null || key.isBlank() || key.length() > 200) {
            errors.add(new FieldError("key", "required, at most 200 characters"));
        }
        if (item == null || r.items().stream().noneMatch(i -> i.name().equalsIgnoreCase(item))) {
            errors.add(new FieldError("item", r.code() + " has no item " + item));
        }
        if (comment == null || comment.isBlank() || comment.length() > 1000) {
            errors.add(new FieldError("comment", "required: say what is doubted, at most 1000 characters"));
        }
        if (expected != null && expected.length() > 2000) {
            errors.add(new FieldError("expected", "at most 2000 characters"));
        }
        if (!errors.isEmpty()) {
            throw new InvalidInputException(errors);
        }
        long id = tickets.insert(new TicketRepository.NewTicket(null, null, r.code(), key.strip(), item.toLowerCase(java.util.Locale.ROOT), null,
                expected, null, r.providerId()), caller.name(), clock.instant());
        tickets.event(id, clock.instant(), caller.name(), null, TicketStatus.OPENED, null, comment);
        assign(id, TicketStatus.OPENED, r.providerId(), caller.name(), "routed to " + r.providerName() + ", the provider");
        return get(id, caller);
    }

    /** The caller's queue: everything for the platform admin and auditors (optionally one department's), else the caller's department's. */
    public List<Ticket> queue(Long departmentId, TicketStatus status, Caller caller) {
        if (caller.platformAdmin() || caller.has(Role.AUDITOR)) {
            return tickets.list(departmentId, status, 500);
        }
        if (caller.departmentId() == null) {
            return List.of();
        }
        return tickets.list(caller.departmentId(), status, 500);
    }

    public Ticket get(long id, Caller caller) {
        Ticket t = tickets.find(id).orElseThrow(() -> new NotFoundException("No verification ticket " + id));
        boolean visible = caller.platformAdmin() || caller.has(Role.AUDITOR) || caller.belongsTo(t.departmentId()) || caller.name().equals(t.openedBy());
        if (!visible) {
            throw new NotFoundException("No verification ticket " + id);
        }
        return t.withHistory(tickets.history(id));
    }

    /**
     * The owning department's answer.
     *
     * @throws ForbiddenException unless the caller is a data admin of the department the ticket is assigned to
     * @throws ConflictException  when the ticket is not awaiting an answer (e.g. closed)
     */
    @Transactional
    public Ticket answer(long id, TicketAnswer answer, String comment, Caller caller) {
        Ticket t = get(id, caller);
        if (!(caller.has(Role.DEPT_ADMIN) && caller.belongsTo(t.departmentId()))) {
            throw new ForbiddenException("Only " + t.departmentName() + "'s data admin answers verification ticket " + id);
        }
        if (answer == null) {
            throw InvalidInputException.of("answer", "CORRECTED, CONFIRMED or DISPUTED");
        }
        if ((answer == TicketAnswer.DISPUTED || answer == TicketAnswer.CONFIRMED) && (comment == null || comment.isBlank())) {
            throw InvalidInputException.of("comment", "a confirmation or dispute states its reason");
        }
        checkComment(comment);
        move(t, TicketStatus.ANSWERED, answer, t.departmentId(), t.deadline(), caller.name(), comment);
        return get(id, caller);
    }

    /** The platform admin closes a ticket (e.g. after a confirmation, or deciding a dispute). */
    @Transactional
    public Ticket close(long id, String comment, Caller caller) {
        requireAdmin(caller);
        checkComment(comment);
        Ticket t = get(id, caller);
        move(t, TicketStatus.CLOSED, t.answer(), t.departmentId(), t.deadline(), caller.name(), comment);
        return get(id, caller);
    }

    /**
     * The platform admin sends a ticket (back) to a department with a new deadline: after an escalation, an unconvincing
     * answer, or a dispute that the other side must answer.
     *
     * @param departmentId null keeps the department; otherwise the provider of one of the ticket's two resources
     */
    @Transactional
    public Ticket reassign(long id, Long departmentId, String comment, Caller caller) {
        requireAdmin(caller);
        checkComment(comment);
        Ticket t = get(id, caller);
        long target = departmentId == null ? t.departmentId() : departmentId;
        Set<Long> allowed = new LinkedHashSet<>();
        allowed.add(catalog.get(t.resource(), SYSTEM).providerId());
        if (t.otherResource() != null) {
            allowed.add(catalog.get(t.otherResource(), SYSTEM).providerId());
        }
        if (!allowed.contains(target)) {
            throw InvalidInputException.of("departmentId", "the provider of " + t.resource() + (t.otherResource() == null ? "" : " or " + t.otherResource()));
        }
        t.status().transition(TicketStatus.ASSIGNED);
        assign(id, t.status(), target, caller.name(), comment);
        return get(id, caller);
    }

    /** Escalates assigned tickets past their deadline to the platform admin; returns how many. */
    @Transactional
    public int escalateOverdue() {
        int n = 0;
        for (Ticket t : tickets.overdue(LocalDate.now(clock))) {
            if (tickets.move(t.id(), TicketStatus.ASSIGNED, TicketStatus.ESCALATED, t.answer(), t.departmentId(), t.deadline(), clock.instant())) {
                tickets.event(t.id(), clock.instant(), "scheduler", TicketStatus.ASSIGNED, TicketStatus.ESCALATED, null, "no answer by " + t.deadline());
                n++;
            }
        }
        return n;
    }

    /** A later run where the key's values agree closes the ticket; a run that kept only part of its rows decides nothing. */
    @EventListener
    @Transactional
    void onRunFinished(ComparisonRunFinished event) {
        ComparisonRun run = comparisons.run(event.runId(), SYSTEM);
        boolean complete = run.rowsStored() >= run.conflicting() + run.onlyLeft() + run.onlyRight();
        if (!complete) {
            return;
        }
        for (Ticket t : tickets.openOf(event.comparisonId())) {
            if (t.runId() != null && t.runId() >= event.runId()) {
                continue;
            }
            var row = comparisons.row(event.runId(), t.rowKey());
            boolean agrees = row.isEmpty() || (row.get().kind().equals("CONFLICT") && row.get().item(t.item()).map(v -> !v.conflict()).orElse(false));
            if (agrees && tickets.move(t.id(), t.status(), TicketStatus.CLOSED, t.answer(), t.departmentId(), t.deadline(), clock.instant())) {
                tickets.event(t.id(), clock.instant(), "system", t.status(), TicketStatus.CLOSED, t.answer(),
                        "comparison run " + event.runId() + " shows the values agree");
            }
        }
    }

    /** A batch of a compared resource may carry a correction: re-run the comparisons that have open tickets. */
    @EventListener
    void onCommitted(BatchCommitted event) {
        try {
            for (ComparisonDefinition c : comparisons.reading(event.resourceCode())) {
                if (!tickets.openOf(c.id()).isEmpty()) {
                    comparisons.rerun(c.id(), "BATCH");
                }
            }
        } catch (RuntimeException e) {
            log.warn("Cannot re-run the comparisons of {} after batch {}: {}", event.resourceCode(), event.batchId(), e.getMessage());
        }
    }

    private List<ComparisonRow> selected(long runId, List<String> keys, Caller caller) {
        if (keys == null || keys.isEmpty()) {
            List<ComparisonRow> all = new ArrayList<>();
            for (int offset = 0;; offset += 10_000) {
                List<ComparisonRow> page = comparisons.rows(runId, "CONFLICT", offset, 10_000, caller);
                all.addAll(page);
                if (page.size() < 10_000) {
                    return all;
                }
            }
        }
        if (keys.size() > properties.maxPerRequest()) {
            throw InvalidInputException.of("keys", "at most " + properties.maxPerRequest() + " keys a request");
        }
        List<ComparisonRow> rows = new ArrayList<>();
        List<FieldError> errors = new ArrayList<>();
        for (int i = 0; i < keys.size(); i++) {
            var row = comparisons.row(runId, keys.get(i)).filter(r -> r.kind().equals("CONFLICT"));
            if (row.isEmpty()) {
                errors.add(new FieldError("keys[" + i + "]", "not a conflict of run " + runId));
            } else {
                rows.add(row.get());
            }
        }
        if (!errors.isEmpty()) {
            throw new InvalidInputException(errors);
        }
        return rows;
    }

    private void assign(long id, TicketStatus from, long departmentId, String actor, String comment) {
        LocalDate deadline = calendar.addWorkingDays(LocalDate.now(clock), properties.workingDays());
        if (!tickets.move(id, from, TicketStatus.ASSIGNED, null, departmentId, deadline, clock.instant())) {
            throw new ConflictException("Verification ticket " + id + " was changed meanwhile; reload it");
        }
        tickets.event(id, clock.instant(), actor, from, TicketStatus.ASSIGNED, null, comment);
    }

    private void move(Ticket t, TicketStatus to, TicketAnswer answer, long departmentId, LocalDate deadline, String actor, String comment) {
        t.status().transition(to);
        if (!tickets.move(t.id(), t.status(), to, answer, departmentId, deadline, clock.instant())) {
            throw new ConflictException("Verification ticket " + t.id() + " was changed meanwhile; reload it");
        }
        tickets.event(t.id(), clock.instant(), actor, t.status(), to, answer, comment);
    }

    private static void checkComment(String comment) {
        if (comment != null && comment.length() > 1000) {
            throw InvalidInputException.of("comment", "at most 1000 characters");
        }
    }

    private static void requireAdmin(Caller caller) {
        if (!caller.platformAdmin()) {
            throw new ForbiddenException("Only the platform admin does this with verification tickets");
        }
    }
}
