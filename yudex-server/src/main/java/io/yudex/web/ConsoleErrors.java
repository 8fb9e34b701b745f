package io.yudex.web;

import io.yudex.platform.ConflictException;
import io.yudex.platform.ForbiddenException;
import io.yudex.platform.InvalidInputException;
import io.yudex.platform.NotFoundException;
import jakarta.servlet.http.HttpServletResponse;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.ControllerAdvice;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.method.annotation.MethodArgumentTypeMismatchException;
import org.springframework.web.bind.MissingServletRequestParameterException;

/** Console failures become a readable page with the right status, never a stack trace. */
@ControllerAdvice(annotations = Controller.class)
class ConsoleErrors {

    private static final Logger log = LoggerFactory.getLogger(ConsoleErrors.class);

    @ExceptionHandler(NotFoundException.class)
    String notFound(NotFoundException e, Model model, HttpServletResponse response) {
        return page(404, "error.notFound", e.getMessage(), model, response);
    }

    @ExceptionHandler({ForbiddenException.class, AccessDeniedException.class})
    String forbidden(RuntimeException e, Model model, HttpServletResponse response) {
        return page(403, "error.forbidden", e.getMessage(), model, response);
    }

    @ExceptionHandler({InvalidInputException.class, ConflictException.class, IllegalArgumentException.class,
            MethodArgumentTypeMismatchException.class, MissingServletRequestParameterException.class})
    String badRequest(Exception e, Model model, HttpServletResponse response) {
        return page(400, "error.badRequest", e.getMessage(), model, response);
    }

    @ExceptionHandler(Exception.class)
    String unexpected(Exception e, Model model, HttpServletResponse response) {
        log.error("Unexpected console error", e);
        return page(500, "error.unexpected", null, model, response);
    }

    private static String page(int status, String key, String detail, Model model, HttpServletResponse response) {
        response.setStatus(status);
        ConsoleModel.addCommon(model);
        model.addAttribute("status", status);
        model.addAttribute("messageKey", key);
        model.addAttribute("detail", detail);
        return "error-page";
    }
}
