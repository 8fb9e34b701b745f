package io.yudex.opendata;

import io.yudex.catalog.CatalogScope;
import io.yudex.catalog.OpenType;
import io.yudex.identity.Caller;
import io.yudex.identity.PublicUser;
import io.yudex.identity.Role;
import io.yudex.platform.Audited;
import io.yudex.platform.ConflictException;
import io.yudex.platform.ForbiddenException;
import io.yudex.platform.InvalidInputException;
import io.yudex.platform.NotFoundException;
import java.time.Clock;
import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.List;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * 有条件开放: a registered user applies for a conditionally open dataset (purpose, scenario, security commitment,
 * period); the provider's data admin approves, possibly for a shorter period, or rejects with a reason. Access to the
 * data then works only for that user, within the approved period, and every access is recorded for the provider and
 * written to the audit log.
 */
@Service
public class OpenApplications {

    private final OpenApplicationRepository applications;
    private final OpenCatalog open;
    private final OpenAccountProperties properties;
    private final ApplicationEventPublisher events;
    private final Clock clock;

    OpenApplications(OpenApplicationRepository applications, OpenCatalog open, OpenAccountProperties properties, ApplicationEventPublisher events,
            Clock clock) {
        this.applications = applications;
        this.open = open;
        this.properties = properties;
        this.events = events;
        this.clock = clock;
    }

    /**
     * Submits an application.
     *
     * @throws NotFoundException     when the code is not an open dataset (不予开放 ones included)
     * @throws ConflictException     when the dataset is not conditional or the user has one pending or active already
     * @throws InvalidInputException naming the field for missing text, no commitment or a bad period
     */
    @Transactional
    public OpenApplication apply(PublicUser user, String code, ApplicationForm form) {
        OpenDataset d = open.get(code);
        if (d.resource().openType() != OpenType.CONDITIONAL) {
            throw new ConflictException("Dataset " + code + " is open to everyone; no application is needed");
        }
        validate(form);
        LocalDate today = today();
        boolean busy = applications.ofUserAndResource(user.id(), d.resource().code()).stream()
                .anyMatch(a -> a.status() == ApplicationStatus.PENDING || (a.status() == ApplicationStatus.APPROVED && !a.expiredOn(today)));
        if (busy) {
            throw new ConflictException("You have a pending or approved application for " + code + " already");
        }
        long id = applications.insert(d.resource().code(), d.resource().providerId(), user.id(), form, clock.instant());
        events.publishEvent(new Audited(user.actor(), "open.application.SUBMITTED", "application " + id, "from=" + form.from() + "; to=" + form.to(),
                d.resource().code(), null));
        return applications.find(id).orElseThrow();
    }

    private void validate(ApplicationForm f) {
        if (f.purpose() == null || f.purpose().isBlank() || f.purpose().length() > 1000) {
            throw InvalidInputException.of("purpose", "is required, at most 1000 characters");
        }
        if (f.scenario() == null || f.scenario().isBlank() || f.scenario().length() > 1000) {
            throw InvalidInputException.of("scenario", "is required, at most 1000 characters");
        }
        if (!Boolean.TRUE.equals(f.commitment())) {
            throw InvalidInputException.of("commitment", "the security commitment must be accepted");
        }
        if (f.from() == null || f.to() == null) {
            throw InvalidInputException.of("from", "the period needs a first and a last day");
        }
        if (f.from().isBefore(today())) {
            throw InvalidInputException.of("from", "must not lie in the past");
        }
        if (f.to().isBefore(f.from())) {
            throw InvalidInputException.of("to", "must not be before the first day");
        }
        if (ChronoUnit.DAYS.between(f.from(), f.to()) + 1 > properties.maxApplicationDays()) {
            throw InvalidInputException.of("to", "the period may last at most " + properties.maxApplicationDays() + " days");
        }
    }

    /** The user's applications, newest first. */
    public List<OpenApplication> of(PublicUser user) {
        return applications.ofUser(user.id());
    }

    /** The user's applications for one dataset, newest first. */
    public List<OpenApplication> of(PublicUser user, String code) {
        return applications.ofUserAndResource(user.id(), code);
    }

    /** The queue: the caller's department's applications (all for the platform admin and auditors), pending first. */
    public List<OpenApplication> queue(Caller caller) {
        if (caller.platformAdmin() || caller.has(Role.AUDITOR)) {
            return applications.ofProvider(null, 500);
        }
        if (!caller.has(Role.DEPT_ADMIN) || caller.departmentId() == null) {
            throw new ForbiddenException("Only data admins of a department see its applications");
        }
        return applications.ofProvider(caller.departmentId(), 500);
    }

    /** One application with its recorded accesses, for the provider and auditors. */
    public OpenApplication get(long id, Caller caller) {
        OpenApplication a = applications.find(id).orElseThrow(() -> new NotFoundException("No application " + id));
        if (!caller.has(Role.AUDITOR) && !CatalogScope.canEdit(caller, a.providerId())) {
            throw new ForbiddenException("Application " + id + " belongs to another department");
        }
        return a;
    }

    /** The accesses under an application, newest first (at most 200), for whoever may {@link #get} it. */
    public List<OpenApplication.Access> accesses(long id, Caller caller) {
        get(id, caller);
        return applications.accesses(id, 200);
    }

    /**
     * Approves until {@code until} (null: the last day asked for); it may be earlier than asked, never later.
     *
     * @throws ForbiddenException when the caller is not the provider's data admin (or the platform admin)
     * @throws ConflictException  when the application was decided already
     */
    @Transactional
    public OpenApplication approve(long id, LocalDate until, Caller caller) {
        OpenApplication a = decidable(id, caller);
        LocalDate to = until == null ? a.requestedTo() : until;
        if (to.isAfter(a.requestedTo())) {
            throw InvalidInputException.of("until", "may not be later than the last day asked for, " + a.requestedTo());
        }
        if (to.isBefore(a.requestedFrom()) || to.isBefore(today())) {
            throw InvalidInputException.of("until", "must not be before " + (a.requestedFrom().isAfter(today()) ? a.requestedFrom() : today()));
        }
        return decide(a, ApplicationStatus.APPROVED, to, null, caller);
    }

    /** Rejects with a reason. @throws InvalidInputException when the reason is missing */
    @Transactional
    public OpenApplication reject(long id, String reason, Caller caller) {
        if (reason == null || reason.isBlank() || reason.length() > 1000) {
            throw InvalidInputException.of("reason", "a rejection states its reason (at most 1000 characters)");
        }
        OpenApplication a = decidable(id, caller);
        return decide(a, ApplicationStatus.REJECTED, null, reason.strip(), caller);
    }

    private OpenApplication decidable(long id, Caller caller) {
        OpenApplication a = applications.find(id).orElseThrow(() -> new NotFoundException("No application " + id));
        if (!CatalogScope.canEdit(caller, a.providerId())) {
            throw new ForbiddenException("Only the data admin of the providing department decides application " + id);
        }
        return a;
    }

    private OpenApplication decide(OpenApplication a, ApplicationStatus to, LocalDate approvedTo, String reason, Caller caller) {
        a.status().transition(to);
        if (!applications.decide(a.id(), a.status(), to, approvedTo, reason, caller.name(), clock.instant())) {
            throw new ConflictException("Application " + a.id() + " was decided meanwhile");
        }
        events.publishEvent(new Audited(caller.name(), "open.application." + to, "application " + a.id() + " · public:" + a.username(),
                to == ApplicationStatus.APPROVED ? "until=" + approvedTo : "reason=" + reason, a.resourceCode(), null));
        return applications.find(a.id()).orElseThrow();
    }

    /**
     * The application under which the owner of a key (or the signed-in user) may use a conditional dataset today.
     *
     * @param userId the public user, null for keys the platform admin issued (which never get conditional data)
     * @throws ForbiddenException saying why: no application, pending, rejected, or the approved period not (yet) running
     */
    OpenApplication active(Long userId, String code) {
        if (userId == null) {
            throw new ForbiddenException("Dataset " + code + " is open on application only; use a key of the registered user whose application was approved");
        }
        LocalDate today = today();
        List<OpenApplication> mine = applications.ofUserAndResource(userId, code);
        return mine.stream().filter(a -> a.activeOn(today)).findFirst().orElseThrow(() -> new ForbiddenException(
                mine.isEmpty() ? "Dataset " + code + " is open on application only, and this key's owner has not applied"
                        : switch (mine.getFirst().status()) {
                            case PENDING -> "The application for " + code + " is still waiting for the department's decision";
                            case REJECTED -> "The application for " + code + " was rejected: " + mine.getFirst().reason();
                            case APPROVED -> mine.getFirst().expiredOn(today)
                                    ? "The approval for " + code + " ended on " + mine.getFirst().approvedTo()
                                    : "The approval for " + code + " starts on " + mine.getFirst().requestedFrom();
                        }));
    }

    /** Records one use of the data under an application and writes it to the audit log before any row leaves. */
    void recordAccess(OpenApplication a, String actor, String kind, Long keyId, String detail, Long rows) {
        applications.recordAccess(a.id(), kind, keyId, detail, clock.instant());
        events.publishEvent(new Audited(actor, "open.conditional." + kind, "application " + a.id(), detail, a.resourceCode(), rows));
    }

    private LocalDate today() {
        return LocalDate.now(clock);
    }
}
