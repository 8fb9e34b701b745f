package io.yudex.opendata;

import io.yudex.catalog.OpenType;
import io.yudex.identity.PublicAccounts;
import io.yudex.identity.PublicRegistration;
import io.yudex.identity.PublicUser;
import io.yudex.platform.ConflictException;
import io.yudex.platform.InvalidInputException;
import io.yudex.platform.NotFoundException;
import java.time.Clock;
import java.time.LocalDate;
import java.util.Comparator;
import java.util.List;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/**
 * Public accounts on the portal: register, log in (the form posts to Spring Security at {@code /open/login}), and "my
 * account" — app keys (issue, rotate, revoke; a secret is shown once), applications for conditional datasets with
 * their status, and the notices of decisions.
 */
@Controller
class PortalAccountPages {

    private final PublicAccounts accounts;
    private final AppKeys keys;
    private final OpenApplications applications;
    private final OpenCatalog open;
    private final Clock clock;

    PortalAccountPages(PublicAccounts accounts, AppKeys keys, OpenApplications applications, OpenCatalog open, Clock clock) {
        this.accounts = accounts;
        this.keys = keys;
        this.applications = applications;
        this.open = open;
        this.clock = clock;
    }

    @GetMapping("/open/register")
    @PreAuthorize("permitAll()")
    String registerForm(Model model) {
        model.addAttribute("form", new PublicRegistration("", "", "", ""));
        return "open/register";
    }

    @PostMapping("/open/register")
    @PreAuthorize("permitAll()")
    String register(@ModelAttribute PublicRegistration form, Model model) {
        try {
            accounts.register(form);
            return "redirect:/open/login?registered";
        } catch (InvalidInputException | ConflictException e) {
            model.addAttribute("form", new PublicRegistration(form.username(), form.email(), "", ""));
            model.addAttribute("error", e.getMessage());
            return "open/register";
        }
    }

    @GetMapping("/open/login")
    @PreAuthorize("permitAll()")
    String login() {
        return "open/login";
    }

    @GetMapping("/open/account")
    @PreAuthorize("hasRole('PUBLIC')")
    String account(Model model) {
        PublicUser me = me();
        List<OpenApplication> mine = applications.of(me);
        model.addAttribute("user", me);
        model.addAttribute("site", org.springframework.web.servlet.support.ServletUriComponentsBuilder.fromCurrentContextPath().build().toUriString());
        model.addAttribute("keys", keys.of(me));
        model.addAttribute("applications", mine);
        model.addAttribute("today", LocalDate.now(clock));
        model.addAttribute("notices", mine.stream().filter(a -> a.decidedAt() != null)
                .sorted(Comparator.comparing(OpenApplication::decidedAt).reversed()).toList());
        return "open/account";
    }

    @PostMapping("/open/account/keys")
    @PreAuthorize("hasRole('PUBLIC')")
    String issue(@RequestParam(defaultValue = "") String name, RedirectAttributes flash) {
        try {
            flash.addFlashAttribute("issued", keys.issueFor(me(), name));
        } catch (InvalidInputException | ConflictException e) {
            flash.addFlashAttribute("error", e.getMessage());
        }
        return "redirect:/open/account";
    }

    @PostMapping("/open/account/keys/{id}/rotate")
    @PreAuthorize("hasRole('PUBLIC')")
    String rotate(@PathVariable long id, RedirectAttributes flash) {
        flash.addFlashAttribute("issued", keys.rotate(me(), id));
        return "redirect:/open/account";
    }

    @PostMapping("/open/account/keys/{id}/revoke")
    @PreAuthorize("hasRole('PUBLIC')")
    String revoke(@PathVariable long id, RedirectAttributes flash) {
        keys.revoke(me(), id);
        flash.addFlashAttribute("revoked", id);
        return "redirect:/open/account";
    }

    @GetMapping("/open/account/apply/{classification}/{sequence}")
    @PreAuthorize("hasRole('PUBLIC')")
    String applyForm(@PathVariable String classification, @PathVariable String sequence, Model model) {
        OpenDataset d = conditional(classification + "/" + sequence);
        LocalDate today = LocalDate.now(clock);
        model.addAttribute("r", d.resource());
        model.addAttribute("form", new ApplicationForm("", "", false, today, today.plusDays(89)));
        model.addAttribute("previous", applications.of(me(), d.resource().code()));
        return "open/apply";
    }

    @PostMapping("/open/account/apply/{classification}/{sequence}")
    @PreAuthorize("hasRole('PUBLIC')")
    String apply(@PathVariable String classification, @PathVariable String sequence, @ModelAttribute ApplicationForm form, Model model,
            RedirectAttributes flash) {
        OpenDataset d = conditional(classification + "/" + sequence);
        try {
            OpenApplication a = applications.apply(me(), d.resource().code(), form);
            flash.addFlashAttribute("applied", a.id());
            return "redirect:/open/account";
        } catch (InvalidInputException | ConflictException e) {
            model.addAttribute("r", d.resource());
            model.addAttribute("form", form);
            model.addAttribute("previous", applications.of(me(), d.resource().code()));
            model.addAttribute("error", e.getMessage());
            return "open/apply";
        }
    }

    private OpenDataset conditional(String code) {
        OpenDataset d = open.get(code);
        if (d.resource().openType() != OpenType.CONDITIONAL) {
            throw new NotFoundException("Dataset " + code + " is open to everyone; no application is needed");
        }
        return d;
    }

    private static PublicUser me() {
        return PublicAccounts.current().orElseThrow(() -> new org.springframework.security.access.AccessDeniedException("log in first"));
    }
}
