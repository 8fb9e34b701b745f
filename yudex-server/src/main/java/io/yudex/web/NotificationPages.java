package io.yudex.web;

import io.yudex.identity.Callers;
import io.yudex.notification.IssuedWebhook;
import io.yudex.notification.Notifications;
import io.yudex.notification.WebhookCommand;
import io.yudex.notification.WebhookEndpoint;
import io.yudex.notification.WebhookService;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/** Console pages of notifications (with the unread badge in the top bar) and of a department's webhooks. */
@Controller
class NotificationPages {

    private final Notifications notifications;
    private final WebhookService webhooks;

    NotificationPages(Notifications notifications, WebhookService webhooks) {
        this.notifications = notifications;
        this.webhooks = webhooks;
    }

    @GetMapping("/notifications")
    @PreAuthorize("isAuthenticated()")
    String notifications(Model model) {
        model.addAttribute("notifications", notifications.list(Callers.current(), false, 100));
        return "notifications/list";
    }

    /** The unread count the top bar polls. */
    @GetMapping("/notifications/badge")
    @PreAuthorize("isAuthenticated()")
    String badge(Model model) {
        model.addAttribute("unread", notifications.unread(Callers.current()));
        return "notifications/badge";
    }

    @PostMapping("/notifications/read")
    @PreAuthorize("isAuthenticated()")
    String read(RedirectAttributes redirect) {
        return ConsoleActions.act("/notifications", redirect, () -> notifications.markRead(Callers.current(), null));
    }

    @GetMapping("/webhooks")
    @PreAuthorize("hasAnyRole('DEPT_ADMIN', 'PLATFORM_ADMIN', 'AUDITOR')")
    String webhooks(@RequestParam(required = false) Long id, Model model) {
        List<WebhookEndpoint> all = webhooks.list(Callers.current());
        model.addAttribute("webhooks", all);
        if (id != null) {
            model.addAttribute("selected", webhooks.get(id, Callers.current()));
            model.addAttribute("deliveries", webhooks.deliveries(id, null, Callers.current()));
        }
        return "notifications/webhooks";
    }

    @PostMapping("/webhooks")
    @PreAuthorize("hasAnyRole('DEPT_ADMIN', 'PLATFORM_ADMIN')")
    String register(@RequestParam String url, @RequestParam(required = false) String events, @RequestParam(required = false) Long departmentId,
            RedirectAttributes redirect) {
        List<String> names = events == null || events.isBlank() ? List.of("*")
                : Arrays.stream(events.split("[,\\s]+")).filter(s -> !s.isEmpty()).toList();
        return ConsoleActions.act("/webhooks", redirect, () -> showSecret(redirect,
                webhooks.register(new WebhookCommand(departmentId, url, names), Callers.current())));
    }

    @PostMapping("/webhooks/secret")
    @PreAuthorize("hasAnyRole('DEPT_ADMIN', 'PLATFORM_ADMIN')")
    String rekey(@RequestParam long id, RedirectAttributes redirect) {
        return ConsoleActions.act("/webhooks?id=" + id, redirect, () -> showSecret(redirect, webhooks.rekey(id, Callers.current())));
    }

    @PostMapping("/webhooks/ping")
    @PreAuthorize("hasAnyRole('DEPT_ADMIN', 'PLATFORM_ADMIN')")
    String ping(@RequestParam long id, RedirectAttributes redirect) {
        return ConsoleActions.act("/webhooks?id=" + id, redirect, () -> {
            webhooks.ping(id, Callers.current());
            return id;
        });
    }

    @PostMapping("/webhooks/remove")
    @PreAuthorize("hasAnyRole('DEPT_ADMIN', 'PLATFORM_ADMIN')")
    String remove(@RequestParam long id, RedirectAttributes redirect) {
        return ConsoleActions.act("/webhooks?id=" + id, redirect, () -> webhooks.remove(id, Callers.current()));
    }

    @PostMapping("/webhooks/replay")
    @PreAuthorize("hasAnyRole('DEPT_ADMIN', 'PLATFORM_ADMIN')")
    String replay(@RequestParam long id, @RequestParam long delivery, RedirectAttributes redirect) {
        return ConsoleActions.act("/webhooks?id=" + id, redirect, () -> webhooks.replay(delivery, Callers.current()));
    }

    private static IssuedWebhook showSecret(RedirectAttributes redirect, IssuedWebhook issued) {
        Map<String, Object> shown = new LinkedHashMap<>();
        shown.put("id", issued.endpoint().id());
        shown.put("secret", issued.secret());
        redirect.addFlashAttribute("issued", shown);
        return issued;
    }
}
