package io.yudex.opendata;

import io.yudex.identity.Callers;
import java.util.List;
import org.springframework.http.HttpStatus;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.ResponseStatus;
import org.springframework.web.bind.annotation.RestController;

/** The platform admin issues and lists the open API's app keys. */
@RestController
@RequestMapping("/api/v1/opendata/keys")
class AppKeyController {

    private final AppKeys keys;

    AppKeyController(AppKeys keys) {
        this.keys = keys;
    }

    @PostMapping
    @ResponseStatus(HttpStatus.CREATED)
    @PreAuthorize("hasRole('PLATFORM_ADMIN')")
    AppKeys.IssuedKey issue(@RequestBody AppKeys.KeyCommand command) {
        return keys.issue(command, Callers.current().name());
    }

    @GetMapping
    @PreAuthorize("hasRole('PLATFORM_ADMIN')")
    List<AppKeys.AppKey> list() {
        return keys.list();
    }
}
