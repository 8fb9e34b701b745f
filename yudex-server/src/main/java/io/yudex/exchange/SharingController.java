package io.yudex.exchange;

import io.yudex.platform.WorkCalendar;
import io.yudex.identity.Callers;
import io.yudex.platform.InvalidInputException;
import java.time.LocalDate;
import java.util.List;
import org.springframework.http.HttpStatus;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.PutMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.ResponseStatus;
import org.springframework.web.bind.annotation.RestController;

/** The sharing API: applications, decisions, disputes, grants, and the working-day calendar of deadlines. */
@RestController
@RequestMapping("/api/v1")
class SharingController {

    record RevokeRequest(String reason) {}

    record CalendarDay(Boolean working, String name) {}

    private final ApplicationService applications;
    private final GrantService grants;
    private final WorkCalendar calendar;

    SharingController(ApplicationService applications, GrantService grants, WorkCalendar calendar) {
        this.applications = applications;
        this.grants = grants;
        this.calendar = calendar;
    }

    @PostMapping("/sharing/applications")
    @ResponseStatus(HttpStatus.CREATED)
    @PreAuthorize("hasAnyRole('DEPT_ADMIN', 'DEPT_USER', 'PLATFORM_ADMIN')")
    ShareApplication apply(@RequestBody ApplicationCommand command) {
        return applications.apply(command, Callers.current());
    }

    @PostMapping("/sharing/disputes")
    @ResponseStatus(HttpStatus.CREATED)
    @PreAuthorize("hasAnyRole('DEPT_ADMIN', 'DEPT_USER', 'PLATFORM_ADMIN')")
    ShareApplication dispute(@RequestBody ApplicationCommand command) {
        return applications.dispute(command, Callers.current());
    }

    /** {@code view=mine} (default), {@code incoming} (for the department's resources) or {@code all}. */
    @GetMapping("/sharing/applications")
    @PreAuthorize("isAuthenticated()")
    List<ShareApplication> list(@RequestParam(defaultValue = "mine") String view) {
        return applications.list(view, Callers.current());
    }

    @GetMapping("/sharing/applications/{id}")
    @PreAuthorize("isAuthenticated()")
    ShareApplication get(@PathVariable long id) {
        return applications.get(id, Callers.current());
    }

    @GetMapping("/sharing/applications/{id}/history")
    @PreAuthorize("isAuthenticated()")
    List<ShareApplication.Event> history(@PathVariable long id) {
        return applications.history(id, Callers.current());
    }

    @PostMapping("/sharing/applications/{id}/decision")
    @PreAuthorize("hasAnyRole('DEPT_ADMIN', 'PLATFORM_ADMIN')")
    ShareApplication decide(@PathVariable long id, @RequestBody DecisionCommand command) {
        return applications.decide(id, command, Callers.current());
    }

    @PostMapping("/sharing/applications/{id}/withdraw")
    @PreAuthorize("hasAnyRole('DEPT_ADMIN', 'DEPT_USER', 'PLATFORM_ADMIN')")
    ShareApplication withdraw(@PathVariable long id) {
        return applications.withdraw(id, Callers.current());
    }

    @GetMapping("/sharing/grants")
    @PreAuthorize("isAuthenticated()")
    List<Grant> grants() {
        return grants.list(Callers.current());
    }

    @GetMapping("/sharing/grants/{id}")
    @PreAuthorize("isAuthenticated()")
    Grant grant(@PathVariable long id) {
        return grants.get(id, Callers.current());
    }

    @PostMapping("/sharing/grants/{id}/revoke")
    @PreAuthorize("hasAnyRole('DEPT_ADMIN', 'PLATFORM_ADMIN')")
    Grant revoke(@PathVariable long id, @RequestBody RevokeRequest request) {
        return grants.revoke(id, request.reason(), Callers.current());
    }

    @GetMapping("/admin/calendar/{year}")
    @PreAuthorize("hasRole('PLATFORM_ADMIN')")
    List<WorkCalendar.Exception> calendar(@PathVariable int year) {
        return calendar.list(year);
    }

    /** Records a public holiday ({@code working=false}) or a make-up working day ({@code true}); no name removes it. */
    @PutMapping("/admin/calendar/days/{day}")
    @PreAuthorize("hasRole('PLATFORM_ADMIN')")
    List<WorkCalendar.Exception> putDay(@PathVariable LocalDate day, @RequestBody CalendarDay body) {
        if (body.name() != null && (body.name().isBlank() || body.name().length() > 100 || body.working() == null)) {
            throw InvalidInputException.of("name", "a name of 1-100 characters and working=true|false, or no name to remove the day");
        }
        calendar.put(day, body.working() != null && body.working(), body.name() == null ? null : body.name().strip());
        return calendar.list(day.getYear());
    }
}
