package io.yudex.web;

import io.yudex.identity.Callers;
import io.yudex.opendata.ReleaseService;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;

/** The open releases of the department's (or every) resource, refused ones with the check's problems. */
@Controller
class OpenDataPages {

    private final ReleaseService releases;

    OpenDataPages(ReleaseService releases) {
        this.releases = releases;
    }

    @GetMapping("/opendata/releases")
    @PreAuthorize("hasAnyRole('PLATFORM_ADMIN', 'DEPT_ADMIN', 'AUDITOR')")
    String releases(Model model) {
        model.addAttribute("releases", releases.latest(Callers.current(), 200));
        return "opendata/releases";
    }
}
