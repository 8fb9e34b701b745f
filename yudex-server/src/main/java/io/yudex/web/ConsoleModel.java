package io.yudex.web;

import io.yudex.identity.Caller;
import io.yudex.identity.Callers;
import io.yudex.identity.Role;
import org.springframework.context.i18n.LocaleContextHolder;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.ControllerAdvice;
import org.springframework.web.bind.annotation.ModelAttribute;

/** What every console page knows: the caller, its roles and the language. */
@ControllerAdvice(annotations = Controller.class)
class ConsoleModel {

    @ModelAttribute
    void common(Model model) {
        addCommon(model);
    }

    /** Also called by the error handlers, for which Spring applies no {@code @ModelAttribute} methods. */
    static void addCommon(Model model) {
        Caller me = Callers.current();
        model.addAttribute("me", me);
        model.addAttribute("zh", LocaleContextHolder.getLocale().getLanguage().equals("zh"));
        model.addAttribute("isPlatformAdmin", me.platformAdmin());
        model.addAttribute("isDeptAdmin", me.has(Role.DEPT_ADMIN));
    }
}
