package io.yudex.web;

import io.yudex.exchange.ReturnFlowCommand;
import io.yudex.exchange.ReturnFlowService;
import io.yudex.identity.Caller;
import io.yudex.identity.Callers;
import io.yudex.identity.Role;
import java.util.Arrays;
import java.util.List;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/**
 * The console page of return flows (数据回流): every department sees which province-level data flows back; a
 * provider's data admin and the platform admin mark, change and end them. Standing grants are on the grants page.
 */
@Controller
class ReturnFlowPages {

    private final ReturnFlowService flows;

    ReturnFlowPages(ReturnFlowService flows) {
        this.flows = flows;
    }

    @GetMapping("/sharing/return-flows")
    @PreAuthorize("isAuthenticated()")
    String list(Model model) {
        Caller caller = Callers.current();
        model.addAttribute("flows", flows.list());
        model.addAttribute("canMark", caller.platformAdmin() || caller.has(Role.DEPT_ADMIN));
        model.addAttribute("myDepartment", caller.departmentId());
        return "sharing/return-flows";
    }

    @PostMapping("/sharing/return-flows/mark")
    @PreAuthorize("hasAnyRole('DEPT_ADMIN', 'PLATFORM_ADMIN')")
    String mark(@RequestParam(required = false) String code, @RequestParam(required = false) String items, @RequestParam(required = false) String note,
            RedirectAttributes redirect) {
        List<String> chosen = items == null || items.isBlank() ? List.of()
                : Arrays.stream(items.split("[,，\\s]+")).filter(s -> !s.isBlank()).toList();
        return ConsoleActions.act("/sharing/return-flows", redirect,
                () -> flows.mark(code == null ? "" : code.strip(), new ReturnFlowCommand(chosen, note), Callers.current()));
    }

    @PostMapping("/sharing/return-flows/end")
    @PreAuthorize("hasAnyRole('DEPT_ADMIN', 'PLATFORM_ADMIN')")
    String end(@RequestParam(required = false) String code, @RequestParam(required = false) String reason, RedirectAttributes redirect) {
        // parameters are optional so that authorization, not binding, answers a caller who may not end flows
        return ConsoleActions.act("/sharing/return-flows", redirect, () -> flows.end(code == null ? "" : code, reason, Callers.current()));
    }
}
