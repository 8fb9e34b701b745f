package io.yudex.web;

import io.yudex.identity.ApiClientCommand;
import io.yudex.identity.ApiClientService;
import io.yudex.identity.Role;
import io.yudex.identity.UserCommand;
import io.yudex.identity.UserService;
import io.yudex.organisation.DepartmentCommand;
import io.yudex.organisation.OrganisationService;
import io.yudex.organisation.RegionLevel;
import io.yudex.platform.ConflictException;
import io.yudex.platform.InvalidInputException;
import io.yudex.platform.NotFoundException;
import java.util.Set;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/** The platform admin's pages for departments, users and API clients. */
@Controller
@PreAuthorize("hasRole('PLATFORM_ADMIN')")
class AdminPages {

    private final OrganisationService organisations;
    private final UserService users;
    private final ApiClientService clients;

    AdminPages(OrganisationService organisations, UserService users, ApiClientService clients) {
        this.organisations = organisations;
        this.users = users;
        this.clients = clients;
    }

    @GetMapping("/admin/departments")
    @PreAuthorize("hasRole('PLATFORM_ADMIN')")
    String departments(Model model) {
        model.addAttribute("departments", organisations.departments());
        model.addAttribute("regions", organisations.regions());
        model.addAttribute("levels", RegionLevel.values());
        return "admin/departments";
    }

    @PostMapping("/admin/departments")
    @PreAuthorize("hasRole('PLATFORM_ADMIN')")
    String createDepartment(@RequestParam String code, @RequestParam String name, @RequestParam String shortName,
            @RequestParam String regionCode, @RequestParam RegionLevel level, @RequestParam(required = false) Long parentId,
            RedirectAttributes redirect) {
        return attempt(redirect, "/admin/departments",
                () -> organisations.create(new DepartmentCommand(code.trim(), name.trim(), shortName.trim(), regionCode, level, parentId)));
    }

    @GetMapping("/admin/users")
    @PreAuthorize("hasRole('PLATFORM_ADMIN')")
    String users(Model model) {
        model.addAttribute("users", users.list());
        model.addAttribute("departments", organisations.departments());
        model.addAttribute("roles", Role.values());
        return "admin/users";
    }

    @PostMapping("/admin/users")
    @PreAuthorize("hasRole('PLATFORM_ADMIN')")
    String createUser(@RequestParam String username, @RequestParam String displayName, @RequestParam long departmentId,
            @RequestParam Role role, @RequestParam String password, RedirectAttributes redirect) {
        return attempt(redirect, "/admin/users",
                () -> users.create(new UserCommand(username.trim(), displayName.trim(), departmentId, Set.of(role), true, password)));
    }

    @PostMapping("/admin/users/unlock")
    @PreAuthorize("hasRole('PLATFORM_ADMIN')")
    String unlock(@RequestParam String username, RedirectAttributes redirect) {
        return attempt(redirect, "/admin/users", () -> users.unlock(username));
    }

    @PostMapping("/admin/users/enabled")
    @PreAuthorize("hasRole('PLATFORM_ADMIN')")
    String setEnabled(@RequestParam String username, @RequestParam boolean enabled, RedirectAttributes redirect) {
        return attempt(redirect, "/admin/users", () -> users.setEnabled(username, enabled));
    }

    @GetMapping("/admin/clients")
    @PreAuthorize("hasRole('PLATFORM_ADMIN')")
    String clients(Model model) {
        model.addAttribute("clients", clients.list());
        model.addAttribute("departments", organisations.departments());
        model.addAttribute("roles", Role.values());
        return "admin/clients";
    }

    @PostMapping("/admin/clients")
    @PreAuthorize("hasRole('PLATFORM_ADMIN')")
    String createClient(@RequestParam String name, @RequestParam long departmentId, @RequestParam Role role,
            RedirectAttributes redirect) {
        try {
            var issued = clients.create(new ApiClientCommand(name.trim(), departmentId, role));
            redirect.addFlashAttribute("issued", issued);
        } catch (InvalidInputException | NotFoundException e) {
            redirect.addFlashAttribute("error", e.getMessage());
        }
        return "redirect:/admin/clients";
    }

    @PostMapping("/admin/clients/disable")
    @PreAuthorize("hasRole('PLATFORM_ADMIN')")
    String disable(@RequestParam String clientId, RedirectAttributes redirect) {
        return attempt(redirect, "/admin/clients", () -> clients.setEnabled(clientId, false));
    }

    private static String attempt(RedirectAttributes redirect, String page, Runnable action) {
        try {
            action.run();
            redirect.addFlashAttribute("message", "flash.saved");
        } catch (InvalidInputException | ConflictException | NotFoundException e) {
            redirect.addFlashAttribute("error", e.getMessage());
        }
        return "redirect:" + page;
    }
}
