package io.yudex.organisation;

import jakarta.validation.Valid;
import java.util.List;
import org.springframework.http.HttpStatus;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.PutMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.ResponseStatus;
import org.springframework.web.bind.annotation.RestController;

@RestController
class OrganisationController {

    private final OrganisationService organisations;

    OrganisationController(OrganisationService organisations) {
        this.organisations = organisations;
    }

    @GetMapping("/api/v1/regions")
    @PreAuthorize("permitAll()")
    List<Region> regions() {
        return organisations.regions();
    }

    @GetMapping("/api/v1/departments")
    @PreAuthorize("isAuthenticated()")
    List<Department> departments() {
        return organisations.departments();
    }

    @PostMapping("/api/v1/admin/departments")
    @ResponseStatus(HttpStatus.CREATED)
    @PreAuthorize("hasRole('PLATFORM_ADMIN')")
    Department create(@Valid @RequestBody DepartmentCommand command) {
        return organisations.create(command);
    }

    @PutMapping("/api/v1/admin/departments/{id}")
    @PreAuthorize("hasRole('PLATFORM_ADMIN')")
    Department update(@PathVariable long id, @Valid @RequestBody DepartmentCommand command) {
        return organisations.update(id, command);
    }
}
