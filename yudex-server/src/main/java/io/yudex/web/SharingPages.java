package io.yudex.web;

import io.yudex.catalog.CatalogService;
import io.yudex.catalog.Resource;
import io.yudex.catalog.ShareType;
import io.yudex.exchange.AccessMode;
import io.yudex.exchange.ApplicationCommand;
import io.yudex.exchange.ApplicationService;
import io.yudex.exchange.DecisionCommand;
import io.yudex.exchange.GrantService;
import io.yudex.exchange.ShareApplication;
import io.yudex.identity.Caller;
import io.yudex.identity.Callers;
import io.yudex.identity.Role;
import io.yudex.platform.ConflictException;
import io.yudex.platform.ForbiddenException;
import io.yudex.platform.InvalidInputException;
import io.yudex.platform.NotFoundException;
import java.time.Clock;
import java.time.LocalDate;
import java.util.EnumSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.springframework.util.MultiValueMap;
import org.springframework.format.annotation.DateTimeFormat;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/** Console pages of sharing: apply (or dispute), follow applications, decide them, see and revoke grants. */
@Controller
class SharingPages {

    private final ApplicationService applications;
    private final GrantService grants;
    private final CatalogService catalog;
    private final Clock clock;

    SharingPages(ApplicationService applications, GrantService grants, CatalogService catalog, Clock clock) {
        this.applications = applications;
        this.grants = grants;
        this.catalog = catalog;
        this.clock = clock;
    }

    @GetMapping("/sharing/apply")
    @PreAuthorize("hasAnyRole('DEPT_ADMIN', 'DEPT_USER', 'PLATFORM_ADMIN')")
    String applyForm(@RequestParam String code, Model model) {
        Resource r = catalog.get(code, Callers.current());
        model.addAttribute("r", r);
        model.addAttribute("dispute", r.shareType() == ShareType.NOT_SHARED);
        model.addAttribute("purposes", applications.purposes());
        model.addAttribute("modes", AccessMode.values());
        model.addAttribute("defaultUntil", LocalDate.now(clock).plusYears(1));
        return "sharing/apply";
    }

    @PostMapping("/sharing/apply")
    @PreAuthorize("hasAnyRole('DEPT_ADMIN', 'DEPT_USER', 'PLATFORM_ADMIN')")
    String apply(@RequestParam String code, @RequestParam(required = false) List<String> items, @RequestParam String purpose,
            @RequestParam String basis, @RequestParam(required = false) String rowScope, @RequestParam(required = false) Set<AccessMode> modes,
            @RequestParam(required = false) @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate validUntil,
            @RequestParam(defaultValue = "false") boolean dispute, RedirectAttributes redirect) {
        var command = new ApplicationCommand(code, items == null ? List.of() : items, purpose, basis,
                rowScope == null || rowScope.isBlank() ? null : rowScope.strip(), modes == null ? EnumSet.noneOf(AccessMode.class) : modes, validUntil);
        Caller caller = Callers.current();
        try {
            ShareApplication a = dispute ? applications.dispute(command, caller) : applications.apply(command, caller);
            redirect.addFlashAttribute("message", "sharing.submitted");
            return "redirect:/sharing/application?id=" + a.id();
        } catch (InvalidInputException e) {
            redirect.addFlashAttribute("error", ConsoleActions.describe(e));
        } catch (ConflictException | ForbiddenException | NotFoundException e) {
            redirect.addFlashAttribute("error", e.getMessage());
        }
        return "redirect:/sharing/apply?code=" + java.net.URLEncoder.encode(code, java.nio.charset.StandardCharsets.UTF_8);
    }

    @GetMapping("/sharing/applications")
    @PreAuthorize("isAuthenticated()")
    String list(@RequestParam(required = false) String view, Model model) {
        Caller caller = Callers.current();
        String shown = view != null ? view : caller.platformAdmin() || caller.has(Role.AUDITOR) ? "all" : caller.has(Role.DEPT_ADMIN) ? "incoming" : "mine";
        model.addAttribute("view", shown);
        model.addAttribute("applications", applications.list(shown, caller));
        return "sharing/applications";
    }

    @GetMapping("/sharing/application")
    @PreAuthorize("isAuthenticated()")
    String detail(@RequestParam long id, Model model) {
        Caller caller = Callers.current();
        ShareApplication a = applications.get(id, caller);
        model.addAttribute("a", a);
        model.addAttribute("history", applications.history(id, caller));
        boolean provider = caller.has(Role.DEPT_ADMIN) && caller.belongsTo(a.providerId()) && a.status().name().equals("SUBMITTED");
        boolean canDecide = a.status().open() && (caller.platformAdmin() || provider);
        model.addAttribute("canDecide", canDecide);
        model.addAttribute("maskChoices", canDecide ? applications.maskChoices(id, caller) : List.of());
        if (a.grantId() != null) {
            model.addAttribute("grant", grants.get(a.grantId(), caller));
        }
        return "sharing/application";
    }

    @PostMapping("/sharing/application/decision")
    @PreAuthorize("hasAnyRole('DEPT_ADMIN', 'PLATFORM_ADMIN')")
    String decide(@RequestParam long id, @RequestParam String decision, @RequestParam(required = false) List<String> items,
            @RequestParam(required = false) @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate validUntil,
            @RequestParam(required = false) String reason, @RequestParam(required = false) String quotaPerMinute,
            @RequestParam MultiValueMap<String, String> form, RedirectAttributes redirect) {
        // mask.<item>=<rule>: an empty choice keeps the item's default; masks of items not granted are dropped
        Map<String, String> masks = new LinkedHashMap<>();
        form.forEach((name, values) -> {
            String item = name.startsWith(MASK_PARAM) ? name.substring(MASK_PARAM.length()) : null;
            String spec = values.isEmpty() ? null : values.getFirst();
            if (item != null && spec != null && !spec.isBlank() && (items == null || items.contains(item))) {
                masks.put(item, spec.strip());
            }
        });
        return ConsoleActions.act("/sharing/application?id=" + id, redirect, () -> applications.decide(id,
                new DecisionCommand(decision, items, validUntil, reason, masks, quota(quotaPerMinute)), Callers.current()));
    }

    private static final String MASK_PARAM = "mask.";

    private static Integer quota(String text) {
        if (text == null || text.isBlank()) {
            return null;
        }
        try {
            return Integer.valueOf(text.strip());
        } catch (NumberFormatException e) {
            throw InvalidInputException.of("quotaPerMinute", "must be a whole number of requests per minute");
        }
    }

    @GetMapping("/sharing/grants")
    @PreAuthorize("isAuthenticated()")
    String grants(Model model) {
        model.addAttribute("grants", grants.list(Callers.current()));
        return "sharing/grants";
    }

    @PostMapping("/sharing/grants/revoke")
    @PreAuthorize("hasAnyRole('DEPT_ADMIN', 'PLATFORM_ADMIN')")
    String revoke(@RequestParam long id, @RequestParam(required = false) String reason, RedirectAttributes redirect) {
        return ConsoleActions.act("/sharing/grants", redirect, () -> grants.revoke(id, reason, Callers.current()));
    }
}
