package io.yudex.governance.verification;

import io.yudex.identity.Callers;
import io.yudex.platform.InvalidInputException;
import java.util.List;
import org.springframework.http.HttpStatus;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.ResponseStatus;
import org.springframework.web.bind.annotation.RestController;

/** Verification tickets: opened from a comparison run or raised by a consumer, answered by the owner, decided by the platform admin. */
@RestController
@RequestMapping("/api/v1/governance")
class TicketController {

    /** @param keys normalised keys of conflicts in the run; empty or absent: all its conflicts */
    record OpenRequest(List<String> keys) {}

    record RaiseRequest(String resource, String key, String item, String expected, String comment) {}

    record AnswerRequest(String answer, String comment) {}

    record DecisionRequest(Long departmentId, String comment) {}

    private final TicketService tickets;

    TicketController(TicketService tickets) {
        this.tickets = tickets;
    }

    @PostMapping("/comparison-runs/{id}/tickets")
    @ResponseStatus(HttpStatus.CREATED)
    @PreAuthorize("hasRole('PLATFORM_ADMIN')")
    List<Ticket> open(@PathVariable long id, @RequestBody(required = false) OpenRequest request) {
        return tickets.openFromRun(id, request == null ? null : request.keys(), Callers.current());
    }

    @PostMapping("/tickets")
    @ResponseStatus(HttpStatus.CREATED)
    @PreAuthorize("hasAnyRole('DEPT_ADMIN', 'DEPT_USER')")
    Ticket raise(@RequestBody RaiseRequest request) {
        return tickets.raise(request.resource(), request.key(), request.item(), request.expected(), request.comment(), Callers.current());
    }

    @GetMapping("/tickets")
    @PreAuthorize("hasAnyRole('PLATFORM_ADMIN', 'DEPT_ADMIN', 'DEPT_USER', 'AUDITOR')")
    List<Ticket> queue(@RequestParam(required = false) Long department, @RequestParam(required = false) String status) {
        return tickets.queue(department, status == null ? null : parse(TicketStatus.class, status, "status"), Callers.current());
    }

    @GetMapping("/tickets/{id}")
    @PreAuthorize("hasAnyRole('PLATFORM_ADMIN', 'DEPT_ADMIN', 'DEPT_USER', 'AUDITOR')")
    Ticket get(@PathVariable long id) {
        return tickets.get(id, Callers.current());
    }

    @PostMapping("/tickets/{id}/answer")
    @PreAuthorize("hasRole('DEPT_ADMIN')")
    Ticket answer(@PathVariable long id, @RequestBody AnswerRequest request) {
        TicketAnswer answer = request.answer() == null ? null : parse(TicketAnswer.class, request.answer(), "answer");
        return tickets.answer(id, answer, request.comment(), Callers.current());
    }

    @PostMapping("/tickets/{id}/close")
    @PreAuthorize("hasRole('PLATFORM_ADMIN')")
    Ticket close(@PathVariable long id, @RequestBody(required = false) DecisionRequest request) {
        return tickets.close(id, request == null ? null : request.comment(), Callers.current());
    }

    @PostMapping("/tickets/{id}/reassign")
    @PreAuthorize("hasRole('PLATFORM_ADMIN')")
    Ticket reassign(@PathVariable long id, @RequestBody(required = false) DecisionRequest request) {
        return tickets.reassign(id, request == null ? null : request.departmentId(), request == null ? null : request.comment(), Callers.current());
    }

    static <E extends Enum<E>> E parse(Class<E> type, String value, String field) {
        try {
            return Enum.valueOf(type, value.toUpperCase(java.util.Locale.ROOT));
        } catch (IllegalArgumentException e) {
            throw InvalidInputException.of(field, "one of " + java.util.Arrays.toString(type.getEnumConstants()));
        }
    }
}
