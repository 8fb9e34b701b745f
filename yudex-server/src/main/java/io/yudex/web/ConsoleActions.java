package io.yudex.web;

import io.yudex.platform.ConflictException;
import io.yudex.platform.ForbiddenException;
import io.yudex.platform.InvalidInputException;
import io.yudex.platform.NotFoundException;
import java.util.function.Supplier;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/** Runs a console form's action and redirects back with a flash message: "saved", or the readable reason it failed. */
final class ConsoleActions {

    private ConsoleActions() {}

    static String act(String back, RedirectAttributes redirect, Supplier<?> action) {
        try {
            action.get();
            redirect.addFlashAttribute("message", "flash.saved");
        } catch (InvalidInputException e) {
            redirect.addFlashAttribute("error", describe(e));
        } catch (ConflictException | ForbiddenException | NotFoundException e) {
            redirect.addFlashAttribute("error", e.getMessage());
        }
        return "redirect:" + back;
    }

    /** Every offending field with its message, on one line. */
    static String describe(InvalidInputException e) {
        return e.errors().stream().map(f -> f.field() + ": " + f.message()).reduce((a, b) -> a + "; " + b).orElse(e.getMessage());
    }
}
