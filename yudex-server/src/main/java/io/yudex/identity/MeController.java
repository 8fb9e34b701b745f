package io.yudex.identity;

import jakarta.validation.Valid;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Size;
import io.yudex.platform.ForbiddenException;
import org.springframework.http.HttpStatus;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.ResponseStatus;
import org.springframework.web.bind.annotation.RestController;

/** The caller's own identity, and a person's own password change. */
@RestController
class MeController {

    record PasswordChange(@NotBlank @Size(max = 128) String currentPassword, @NotBlank @Size(max = 128) String newPassword) {}

    private final UserService users;

    MeController(UserService users) {
        this.users = users;
    }

    @GetMapping("/api/v1/me")
    @PreAuthorize("isAuthenticated()")
    Caller me() {
        return Callers.current();
    }

    @PostMapping("/api/v1/me/password")
    @ResponseStatus(HttpStatus.NO_CONTENT)
    @PreAuthorize("isAuthenticated()")
    void changePassword(@Valid @RequestBody PasswordChange change) {
        Caller caller = Callers.current();
        if (caller.machine()) {
            throw new ForbiddenException("API clients have secrets, not passwords");
        }
        users.changeOwnPassword(caller.name(), change.currentPassword(), change.newPassword());
    }
}
