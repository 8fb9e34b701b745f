package io.yudex.opendata;

import io.yudex.identity.PublicAccounts;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.ControllerAdvice;
import org.springframework.web.bind.annotation.ModelAttribute;

/** What every portal page knows: the signed-in public user ({@code portalUser}, null for visitors) for the top bar. */
@ControllerAdvice(basePackageClasses = PortalModel.class)
class PortalModel {

    @ModelAttribute
    void portalUser(Model model) {
        model.addAttribute("portalUser", PublicAccounts.current().orElse(null));
    }
}
