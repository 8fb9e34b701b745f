package io.yudex.web;

import io.yudex.identity.ApiClientCommand;
import io.yudex.identity.ApiClientService;
import io.yudex.identity.Caller;
import io.yudex.identity.Callers;
import io.yudex.identity.Role;
import java.util.List;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/** A department's own API clients in the console: its data admin registers its systems, rotates and disables secrets. */
@Controller
class ClientPages {

    private final ApiClientService clients;

    ClientPages(ApiClientService clients) {
        this.clients = clients;
    }

    @GetMapping("/clients")
    @PreAuthorize("hasAnyRole('DEPT_ADMIN', 'PLATFORM_ADMIN', 'AUDITOR')")
    String clients(Model model) {
        model.addAttribute("clients", clients.listFor(Callers.current()));
        model.addAttribute("roles", List.of(Role.DEPT_USER, Role.DEPT_ADMIN));
        return "sharing/clients";
    }

    @PostMapping("/clients")
    @PreAuthorize("hasAnyRole('DEPT_ADMIN', 'PLATFORM_ADMIN')")
    String register(@RequestParam String name, @RequestParam Role role, RedirectAttributes redirect) {
        Caller caller = Callers.current();
        return ConsoleActions.act("/clients", redirect, () -> issued(redirect,
                clients.register(new ApiClientCommand(name.strip(), caller.departmentId(), role), caller)));
    }

    @PostMapping("/clients/secret")
    @PreAuthorize("hasAnyRole('DEPT_ADMIN', 'PLATFORM_ADMIN')")
    String rotate(@RequestParam String clientId, RedirectAttributes redirect) {
        return ConsoleActions.act("/clients", redirect, () -> issued(redirect, clients.rotate(clientId, Callers.current())));
    }

    @PostMapping("/clients/enabled")
    @PreAuthorize("hasAnyRole('DEPT_ADMIN', 'PLATFORM_ADMIN')")
    String enabled(@RequestParam String clientId, @RequestParam boolean enabled, RedirectAttributes redirect) {
        return ConsoleActions.act("/clients", redirect, () -> clients.setEnabled(clientId, enabled, Callers.current()));
    }

    private static Object issued(RedirectAttributes redirect, Object issued) {
        redirect.addFlashAttribute("issued", issued);
        return issued;
    }
}
