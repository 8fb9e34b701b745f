package io.yudex.web;

import io.yudex.identity.Caller;
import io.yudex.identity.Callers;
import io.yudex.identity.Role;
import org.springframework.context.i18n.LocaleContextHolder;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.ControllerAdvice;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.servlet.support.ServletUriComponentsBuilder;
import org.springframework.web.util.UriComponents;

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
        model.addAttribute("isAuditor", me.has(Role.AUDITOR));
        model.addAttribute("langZhUrl", withLanguage("zh_CN"));
        model.addAttribute("langEnUrl", withLanguage("en"));
    }

    /** The current page with only the language changed, so switching keeps the query and the filters. */
    private static String withLanguage(String lang) {
        try {
            UriComponents current = ServletUriComponentsBuilder.fromCurrentRequest().replaceQueryParam("lang", lang).build();
            return current.getPath() + "?" + current.getQuery();
        } catch (IllegalStateException e) {
            return "?lang=" + lang;
        }
    }
}
