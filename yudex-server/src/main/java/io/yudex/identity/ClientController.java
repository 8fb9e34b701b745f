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

/** A department's own API clients: its data admin registers the department's systems, rotates and disables their secrets. */
@RestController
@RequestMapping("/api/v1/clients")
class ClientController {

    record Enabled(boolean enabled) {}

    private final ApiClientService clients;

    ClientController(ApiClientService clients) {
        this.clients = clients;
    }

    @GetMapping
    @PreAuthorize("hasAnyRole('DEPT_ADMIN', 'PLATFORM_ADMIN', 'AUDITOR')")
    List<ApiClient> list() {
        return clients.listFor(Callers.current());
    }

    @PostMapping
    @ResponseStatus(HttpStatus.CREATED)
    @PreAuthorize("hasAnyRole('DEPT_ADMIN', 'PLATFORM_ADMIN')")
    IssuedClient register(@Valid @RequestBody ApiClientCommand command) {
        return clients.register(command, Callers.current());
    }

    @PostMapping("/{clientId}/secret")
    @PreAuthorize("hasAnyRole('DEPT_ADMIN', 'PLATFORM_ADMIN')")
    IssuedClient rotate(@PathVariable String clientId) {
        return clients.rotate(clientId, Callers.current());
    }

    @PutMapping("/{clientId}/enabled")
    @PreAuthorize("hasAnyRole('DEPT_ADMIN', 'PLATFORM_ADMIN')")
    ApiClient enabled(@PathVariable String clientId, @RequestBody Enabled body) {
        return clients.setEnabled(clientId, body.enabled(), Callers.current());
    }
}
