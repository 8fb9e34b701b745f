package io.yudex.web;

import io.yudex.governance.comparison.ComparisonDefinition;
import io.yudex.governance.comparison.ComparisonRun;
import io.yudex.governance.comparison.ComparisonService;
import io.yudex.governance.verification.TicketAnswer;
import io.yudex.governance.verification.TicketService;
import io.yudex.governance.verification.TicketStatus;
import io.yudex.identity.Caller;
import io.yudex.identity.Callers;
import io.yudex.identity.Role;
import io.yudex.platform.InvalidInputException;
import java.util.List;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/** Console pages of comparisons (比对) and verification tickets (校核): results with their conflicts, and each department's queue. */
@Controller
class VerificationPages {

    private final ComparisonService comparisons;
    private final TicketService tickets;

    VerificationPages(ComparisonService comparisons, TicketService tickets) {
        this.comparisons = comparisons;
        this.tickets = tickets;
    }

    @GetMapping("/governance/comparisons")
    @PreAuthorize("hasAnyRole('PLATFORM_ADMIN', 'DEPT_ADMIN', 'AUDITOR')")
    String list(Model model) {
        model.addAttribute("comparisons", comparisons.list(Callers.current()));
        return "governance/comparisons";
    }

    /** One comparison: its definition, runs, and the latest (or chosen) run's counts and conflicts. */
    @GetMapping("/governance/comparison")
    @PreAuthorize("hasAnyRole('PLATFORM_ADMIN', 'DEPT_ADMIN', 'AUDITOR')")
    String comparison(@RequestParam long id, @RequestParam(required = false) Long run, Model model) {
        Caller caller = Callers.current();
        ComparisonDefinition c = comparisons.get(id, caller);
        List<ComparisonRun> runs = comparisons.runs(id, caller);
        ComparisonRun shown = run != null ? comparisons.run(run, caller)
                : runs.stream().filter(r -> r.status().equals("SUCCEEDED")).findFirst().orElse(null);
        model.addAttribute("c", c);
        model.addAttribute("runs", runs);
        model.addAttribute("run", shown);
        model.addAttribute("conflicts", shown == null ? List.of() : comparisons.rows(shown.id(), "CONFLICT", 0, 200, caller));
        return "governance/comparison";
    }

    @PostMapping("/governance/comparison/run")
    @PreAuthorize("hasRole('PLATFORM_ADMIN')")
    String run(@RequestParam long id, RedirectAttributes redirect) {
        return ConsoleActions.act("/governance/comparison?id=" + id, redirect, () -> comparisons.start(id, Callers.current()));
    }

    /** Tickets for the selected conflicts of a run (all of them when none is selected). */
    @PostMapping("/governance/comparison/tickets")
    @PreAuthorize("hasRole('PLATFORM_ADMIN')")
    String open(@RequestParam long run, @RequestParam(required = false) List<String> keys, RedirectAttributes redirect) {
        return ConsoleActions.act("/governance/tickets", redirect, () -> tickets.openFromRun(run, keys, Callers.current()));
    }

    /** The caller's queue: its department's tickets, or all of them for the platform admin and auditors. */
    @GetMapping("/governance/tickets")
    @PreAuthorize("hasAnyRole('PLATFORM_ADMIN', 'DEPT_ADMIN', 'AUDITOR')")
    String queue(@RequestParam(required = false) String status, Model model) {
        TicketStatus s = null;
        if (status != null && !status.isBlank()) {
            try {
                s = TicketStatus.valueOf(status);
            } catch (IllegalArgumentException e) {
                throw InvalidInputException.of("status", "one of " + java.util.Arrays.toString(TicketStatus.values()));
            }
        }
        model.addAttribute("tickets", tickets.queue(null, s, Callers.current()));
        model.addAttribute("status", status);
        model.addAttribute("statuses", TicketStatus.values());
        return "governance/tickets";
    }

    @GetMapping("/governance/ticket")
    @PreAuthorize("hasAnyRole('PLATFORM_ADMIN', 'DEPT_ADMIN', 'AUDITOR')")
    String ticket(@RequestParam long id, Model model) {
        Caller caller = Callers.current();
        var t = tickets.get(id, caller);
        model.addAttribute("t", t);
        model.addAttribute("canAnswer", caller.has(Role.DEPT_ADMIN) && caller.belongsTo(t.departmentId()) && t.status().open()
                && t.status() != TicketStatus.ANSWERED);
        model.addAttribute("answers", TicketAnswer.values());
        return "governance/ticket";
    }

    @PostMapping("/governance/ticket/answer")
    @PreAuthorize("hasRole('DEPT_ADMIN')")
    String answer(@RequestParam long id, @RequestParam String answer, @RequestParam(required = false) String comment, RedirectAttributes redirect) {
        return ConsoleActions.act("/governance/ticket?id=" + id, redirect, () -> {
            TicketAnswer a;
            try {
                a = TicketAnswer.valueOf(answer);
            } catch (IllegalArgumentException e) {
                throw InvalidInputException.of("answer", "CORRECTED, CONFIRMED or DISPUTED");
            }
            return tickets.answer(id, a, comment, Callers.current());
        });
    }

    @PostMapping("/governance/ticket/close")
    @PreAuthorize("hasRole('PLATFORM_ADMIN')")
    String close(@RequestParam long id, @RequestParam(required = false) String comment, RedirectAttributes redirect) {
        return ConsoleActions.act("/governance/ticket?id=" + id, redirect, () -> tickets.close(id, comment, Callers.current()));
    }

    @PostMapping("/governance/ticket/reassign")
    @PreAuthorize("hasRole('PLATFORM_ADMIN')")
    String reassign(@RequestParam long id, @RequestParam(required = false) Long departmentId, @RequestParam(required = false) String comment,
            RedirectAttributes redirect) {
        return ConsoleActions.act("/governance/ticket?id=" + id, redirect, () -> tickets.reassign(id, departmentId, comment, Callers.current()));
    }
}
