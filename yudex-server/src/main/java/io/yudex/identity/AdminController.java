package io.yudex.identity;

import jakarta.validation.Valid;
import java.util.List;
import org.springframework.http.HttpStatus;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.PutMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.ResponseStatus;
import org.springframework.web.bind.annotation.RestController;

/** The platform admin's API for people and API clients. */
@RestController
@RequestMapping("/api/v1/admin")
@PreAuthorize("hasRole('PLATFORM_ADMIN')")
class AdminController {

    private final UserService users;
    private final ApiClientService clients;

    AdminController(UserService users, ApiClientService clients) {
        this.users = users;
        this.clients = clients;
    }

    @GetMapping("/users")
    @PreAuthorize("hasRole('PLATFORM_ADMIN')")
    List<UserAccount> users() {
        return users.list();
    }

    @PostMapping("/users")
    @ResponseStatus(HttpStatus.CREATED)
    @PreAuthorize("hasRole('PLATFORM_ADMIN')")
    UserAccount createUser(@Valid @RequestBody UserCommand command) {
        return users.create(command);
    }

    @PutMapping("/users/{username}")
    @PreAuthorize("hasRole('PLATFORM_ADMIN')")
    UserAccount updateUser(@PathVariable String username, @Valid @RequestBody UserCommand command) {
        return users.update(username, command);
    }

    @PostMapping("/users/{username}/unlock")
    @PreAuthorize("hasRole('PLATFORM_ADMIN')")
    UserAccount unlock(@PathVariable String username) {
        return users.unlock(username);
    }

    @GetMapping("/clients")
    @PreAuthorize("hasRole('PLATFORM_ADMIN')")
    List<ApiClient> clients() {
        return clients.list();
    }

    @PostMapping("/clients")
    @ResponseStatus(HttpStatus.CREATED)
    @PreAuthorize("hasRole('PLATFORM_ADMIN')")
    IssuedClient createClient(@Valid @RequestBody ApiClientCommand command) {
        return clients.create(command);
    }

    @PostMapping("/clients/{clientId}/disable")
    @PreAuthorize("hasRole('PLATFORM_ADMIN')")
    ApiClient disable(@PathVariable String clientId) {
        return clients.setEnabled(clientId, false);
    }

    @PostMapping("/clients/{clientId}/enable")
    @PreAuthorize("hasRole('PLATFORM_ADMIN')")
    ApiClient enable(@PathVariable String clientId) {
        return clients.setEnabled(clientId, true);
    }
}
