package io.yudex.exchange;

import io.yudex.platform.WorkCalendar;
import io.yudex.catalog.CatalogService;
import io.yudex.catalog.DataItem;
import io.yudex.catalog.Resource;
import io.yudex.catalog.ResourceStatus;
import io.yudex.catalog.ShareMode;
import io.yudex.catalog.ShareType;
import io.yudex.identity.Caller;
import io.yudex.identity.Role;
import io.yudex.organisation.OrganisationService;
import io.yudex.platform.ConflictException;
import io.yudex.platform.FieldError;
import io.yudex.platform.ForbiddenException;
import io.yudex.platform.InvalidInputException;
import io.yudex.platform.NotFoundException;
import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Applications under the national sharing rules: type 1 is granted on application, type 2 waits for the provider
 * (within a deadline in working days, then the platform admin), type 3 cannot be applied for but can be disputed
 * before the platform admin.
 */
@Service
public class ApplicationService {

    private final ApplicationRepository applications;
    private final GrantRepository grants;
    private final CatalogService catalog;
    private final OrganisationService organisations;
    private final WorkCalendar calendar;
    private final SharingProperties properties;
    private final ApplicationEventPublisher events;
    private final Clock clock;

    ApplicationService(ApplicationRepository applications, GrantRepository grants, CatalogService catalog, OrganisationService organisations,
            WorkCalendar calendar, SharingProperties properties, ApplicationEventPublisher events, Clock clock) {
        this.events = events;
        this.applications = applications;
        this.grants = grants;
        this.catalog = catalog;
        this.organisations = organisations;
        this.calendar = calendar;
        this.properties = properties;
        this.clock = clock;
    }

    /**
     * Applies for a published resource on behalf of the caller's department.
     *
     * @throws InvalidInputException listing every problem with the application
     * @throws ConflictException     when the resource is not shared (type 3: dispute instead) or not published
     */
    @Transactional
    public ShareApplication apply(ApplicationCommand command, Caller caller) {
        Resource r = shareable(command, caller);
        if (r.shareType() == ShareType.NOT_SHARED) {
            throw new ConflictException(r.code() + " is not shared (不予共享); legal basis: " + r.shareLegalBasis()
                    + ". If your duties require it, raise a dispute with the platform admin (POST /api/v1/sharing/disputes).");
        }
        LocalDate today = LocalDate.now(clock);
        if (r.shareType() == ShareType.UNCONDITIONAL) {
            long id = applications.insert(command, caller.departmentId(), caller.name(), ApplicationStatus.SUBMITTED, null, clock.instant());
            recordEvent(id, clock.instant(), caller.name(), "SUBMITTED", null, ApplicationStatus.SUBMITTED, null);
            return approve(applications.find(id).orElseThrow(), command.items(), command.validUntil(), null, null, "platform", "AUTO_GRANTED",
                    "无条件共享：申请即授权");
        }
        LocalDate due = calendar.addWorkingDays(today, properties.decisionWorkingDays());
        long id = applications.insert(command, caller.departmentId(), caller.name(), ApplicationStatus.SUBMITTED, due, clock.instant());
        recordEvent(id, clock.instant(), caller.name(), "SUBMITTED", null, ApplicationStatus.SUBMITTED, "due " + due);
        return applications.find(id).orElseThrow();
    }

    /**
     * Disputes a resource that is not shared: the platform admin decides.
     *
     * @throws ConflictException when the resource is shared (apply instead)
     */
    @Transactional
    public ShareApplication dispute(ApplicationCommand command, Caller caller) {
        Resource r = shareable(command, caller);
        if (r.shareType() != ShareType.NOT_SHARED) {
            throw new ConflictException(r.code() + " is shared (" + r.shareType() + "); apply for it instead of disputing");
        }
        long id = applications.insert(command, caller.departmentId(), caller.name(), ApplicationStatus.DISPUTED, null, clock.instant());
        recordEvent(id, clock.instant(), caller.name(), "DISPUTED", null, ApplicationStatus.DISPUTED, command.basis());
        return applications.find(id).orElseThrow();
    }

    /**
     * Approves (possibly narrowed) or rejects an open application.
     *
     * @throws ForbiddenException    when the caller may not decide it (provider's data admin while SUBMITTED; the
     *                               platform admin always, and alone once ESCALATED or DISPUTED)
     * @throws InvalidInputException for an unknown decision, a widened grant or a rejection without reason
     * @throws ConflictException     when the application is no longer open
     */
    @Transactional
    public ShareApplication decide(long id, DecisionCommand command, Caller caller) {
        ShareApplication a = get(id, caller);
        checkDecider(a, caller);
        String decision = command.decision() == null ? "" : command.decision().strip().toLowerCase(java.util.Locale.ROOT);
        String reason = command.reason() == null || command.reason().isBlank() ? null : command.reason().strip();
        if (reason != null && reason.length() > 2000) {
            throw InvalidInputException.of("reason", "at most 2000 characters");
        }
        return switch (decision) {
            case "approve" -> {
                List<String> items = narrowedItems(a, command.items());
                Map<String, String> masks = MaskStrictness.checked(catalog.get(a.resourceCode(), caller), items, command.masks());
                yield approve(a, items, narrowedUntil(a, command.validUntil()), masks, quota(command.quotaPerMinute()), caller.name(), "APPROVED", reason);
            }
            case "reject" -> reject(a, reason, caller);
            default -> throw InvalidInputException.of("decision", "must be approve or reject");
        };
    }

    /** For the decision form: per item asked for, its default masking and the stricter rules the approver may pick. */
    public List<MaskChoice> maskChoices(long id, Caller caller) {
        ShareApplication a = get(id, caller);
        Resource r = catalog.get(a.resourceCode(), caller);
        return r.items().stream().filter(i -> a.items().contains(i.name())).map(MaskStrictness::choice).toList();
    }

    /** The applicant's department takes back an open application. */
    @Transactional
    public ShareApplication withdraw(long id, Caller caller) {
        ShareApplication a = get(id, caller);
        if (!caller.belongsTo(a.consumerDepartmentId())) {
            throw new ForbiddenException("Only " + a.consumerDepartmentName() + " withdraws its application " + id);
        }
        move(a, ApplicationStatus.WITHDRAWN, caller.name(), "WITHDRAWN", null);
        return applications.find(id).orElseThrow();
    }

    /** Escalates every application past its deadline to the platform admin; returns how many. */
    @Transactional
    public int escalateOverdue() {
        int n = 0;
        for (ShareApplication a : applications.overdue(LocalDate.now(clock))) {
            if (applications.move(a.id(), ApplicationStatus.SUBMITTED, ApplicationStatus.ESCALATED)) {
                recordEvent(a.id(), clock.instant(), "scheduler", "ESCALATED", ApplicationStatus.SUBMITTED, ApplicationStatus.ESCALATED,
                        "no decision by " + a.dueDate());
                n++;
            }
        }
        return n;
    }

    /** The purposes an application may name, as configured. */
    public List<String> purposes() {
        return properties.purposes();
    }

    public ShareApplication get(long id, Caller caller) {
        ShareApplication a = applications.find(id).orElseThrow(() -> new NotFoundException("No application " + id));
        boolean visible = caller.platformAdmin() || caller.has(Role.AUDITOR) || caller.belongsTo(a.consumerDepartmentId())
                || caller.has(Role.DEPT_ADMIN) && caller.belongsTo(a.providerId());
        if (!visible) {
            throw new NotFoundException("No application " + id);
        }
        return a;
    }

    public List<ShareApplication.Event> history(long id, Caller caller) {
        get(id, caller);
        return applications.events(id);
    }

    /**
     * @param view {@code mine}: the caller department's applications; {@code incoming}: applications for its
     *             resources (data admins); {@code all}: every application (platform admin, auditor)
     */
    public List<ShareApplication> list(String view, Caller caller) {
        return switch (view) {
            case "mine" -> applications.list(null, department(caller), 500);
            case "incoming" -> {
                if (!caller.has(Role.DEPT_ADMIN)) {
                    throw new ForbiddenException("Only a department's data admin sees the applications for its resources");
                }
                yield applications.list(department(caller), null, 500);
            }
            case "all" -> {
                if (!caller.platformAdmin() && !caller.has(Role.AUDITOR)) {
                    throw new ForbiddenException("Only the platform admin and auditors see every application");
                }
                yield applications.list(null, null, 500);
            }
            default -> throw InvalidInputException.of("view", "must be mine, incoming or all");
        };
    }

    private ShareApplication approve(ShareApplication a, List<String> items, LocalDate until, Map<String, String> masks, Integer quota, String actor,
            String action, String reason) {
        String note = narrowing(a, items, until, reason);
        if (masks != null && !masks.isEmpty()) {
            note = (note == null ? "" : note + "; ") + "masks " + masks;
        }
        move(a, ApplicationStatus.APPROVED, actor, action, note);
        applications.decide(a.id(), actor, clock.instant(), reason, items, until);
        grants.insert(a, items, until, masks, quota, clock.instant());
        return applications.find(a.id()).orElseThrow();
    }

    private ShareApplication reject(ShareApplication a, String reason, Caller caller) {
        if (reason == null) {
            throw InvalidInputException.of("reason", "a rejection must give the applicant a reason");
        }
        move(a, ApplicationStatus.REJECTED, caller.name(), "REJECTED", reason);
        applications.decide(a.id(), caller.name(), clock.instant(), reason, null, null);
        return applications.find(a.id()).orElseThrow();
    }

    private void move(ShareApplication a, ApplicationStatus to, String actor, String action, String comment) {
        a.status().transition(to);
        if (!applications.move(a.id(), a.status(), to)) {
            throw new ConflictException("Application " + a.id() + " changed meanwhile; reload it");
        }
        recordEvent(a.id(), clock.instant(), actor, action, a.status(), to, comment);
    }

    /** Writes a step of the application's history and tells the audit log (and other listeners) about it. */
    private void recordEvent(long id, java.time.Instant at, String actor, String action, ApplicationStatus from, ApplicationStatus to,
            String comment) {
        applications.event(id, at, actor, action, from, to, comment);
        ShareApplication a = applications.find(id).orElseThrow();
        events.publishEvent(new SharingEvent(actor, action, id, a.resourceCode(), comment, a.providerId(), a.consumerDepartmentId()));
    }

    private static String narrowing(ShareApplication a, List<String> items, LocalDate until, String reason) {
        List<String> notes = new ArrayList<>();
        if (!items.equals(a.items())) {
            notes.add("items narrowed to " + items);
        }
        if (!until.equals(a.validUntil())) {
            notes.add("valid until " + until + " instead of " + a.validUntil());
        }
        if (reason != null) {
            notes.add(reason);
        }
        return notes.isEmpty() ? null : String.join("; ", notes);
    }

    private void checkDecider(ShareApplication a, Caller caller) {
        if (!a.status().open()) {
            throw new ConflictException("Application " + a.id() + " is " + a.status() + " and cannot be decided");
        }
        if (caller.platformAdmin()) {
            return;
        }
        if (a.status() != ApplicationStatus.SUBMITTED) {
            throw new ForbiddenException("Application " + a.id() + " is " + a.status() + ": the platform admin decides it");
        }
        if (!(caller.has(Role.DEPT_ADMIN) && caller.belongsTo(a.providerId()))) {
            throw new ForbiddenException("Only the provider's data admin or the platform admin decides application " + a.id());
        }
    }

    private static Integer quota(Integer perMinute) {
        if (perMinute != null && (perMinute < 1 || perMinute > 1_000_000)) {
            throw InvalidInputException.of("quotaPerMinute", "must be from 1 to 1000000 requests per minute");
        }
        return perMinute;
    }

    private static List<String> narrowedItems(ShareApplication a, List<String> items) {
        if (items == null || items.isEmpty()) {
            return a.items();
        }
        List<String> wider = items.stream().filter(i -> !a.items().contains(i)).toList();
        if (!wider.isEmpty()) {
            throw InvalidInputException.of("items", "a decision may only narrow the items asked for; not asked: " + wider);
        }
        return a.items().stream().filter(items::contains).toList();
    }

    private LocalDate narrowedUntil(ShareApplication a, LocalDate until) {
        if (until == null) {
            return a.validUntil();
        }
        if (until.isAfter(a.validUntil()) || !until.isAfter(LocalDate.now(clock))) {
            throw InvalidInputException.of("validUntil", "must be after today and not after the " + a.validUntil() + " asked for");
        }
        return until;
    }

    /** Checks the application and returns the published resource it is for. */
    private Resource shareable(ApplicationCommand c, Caller caller) {
        long consumer = department(caller);
        if (c.resourceCode() == null || c.resourceCode().isBlank()) {
            throw InvalidInputException.of("resourceCode", "is required");
        }
        Resource r = catalog.get(c.resourceCode().strip(), caller);
        if (r.status() != ResourceStatus.PUBLISHED) {
            throw new ConflictException(r.code() + " is " + r.status() + "; only published resources are shared");
        }
        if (r.providerId() == consumer) {
            throw InvalidInputException.of("resourceCode", r.code() + " is your department's own resource; it needs no application");
        }
        List<FieldError> errors = new ArrayList<>();
        checkItems(c.items(), r, errors);
        if (c.purpose() == null || !properties.purposes().contains(c.purpose().strip())) {
            errors.add(new FieldError("purpose", "must be one of " + properties.purposes()));
        }
        if (c.basis() == null || c.basis().isBlank() || c.basis().length() > 2000) {
            errors.add(new FieldError("basis", "the legal basis or business scenario is required (at most 2000 characters)"));
        }
        if (c.rowScope() != null && !c.rowScope().isBlank() && organisations.region(c.rowScope().strip()).isEmpty()) {
            errors.add(new FieldError("rowScope", "'" + c.rowScope() + "' is no GB/T 2260 region code"));
        }
        checkModes(c.modes(), r, errors);
        LocalDate today = LocalDate.now(clock);
        if (c.validUntil() == null || !c.validUntil().isAfter(today) || c.validUntil().isAfter(today.plus(properties.maxValidity()))) {
            errors.add(new FieldError("validUntil", "must be after today and at most " + properties.maxValidity() + " ahead"));
        }
        if (!errors.isEmpty()) {
            throw new InvalidInputException(errors);
        }
        return r;
    }

    private static void checkItems(List<String> items, Resource r, List<FieldError> errors) {
        if (items == null || items.isEmpty()) {
            errors.add(new FieldError("items", "name at least one data item"));
            return;
        }
        Set<String> known = new HashSet<>(r.items().stream().map(DataItem::name).toList());
        Set<String> seen = new HashSet<>();
        for (int i = 0; i < items.size(); i++) {
            String item = items.get(i);
            if (item == null || !known.contains(item)) {
                errors.add(new FieldError("items[" + i + "]", r.code() + " has no data item '" + item + "'"));
            } else if (!seen.add(item)) {
                errors.add(new FieldError("items[" + i + "]", "'" + item + "' is named twice"));
            }
        }
    }

    /**
     * Interface queries need the resource's interface mode; exports and feeds its table or file mode. A resource that
     * is not shared offers no mode, so a dispute names the modes it needs.
     */
    private static void checkModes(Set<AccessMode> modes, Resource r, List<FieldError> errors) {
        if (modes == null || modes.isEmpty()) {
            errors.add(new FieldError("modes", "name at least one of QUERY, EXPORT, FEED"));
            return;
        }
        if (r.shareType() == ShareType.NOT_SHARED) {
            return;
        }
        boolean bulk = r.shareModes().contains(ShareMode.TABLE) || r.shareModes().contains(ShareMode.FILE);
        for (AccessMode m : modes) {
            boolean offered = m == AccessMode.QUERY ? r.shareModes().contains(ShareMode.INTERFACE) : bulk;
            if (!offered) {
                errors.add(new FieldError("modes", r.code() + " is shared by " + r.shareModes() + ", which does not offer " + m));
            }
        }
    }

    private static long department(Caller caller) {
        if (caller.departmentId() == null) {
            throw new ForbiddenException("Only members of a department apply for shared data");
        }
        return caller.departmentId();
    }
}
