package io.yudex.exchange;

import io.yudex.catalog.CatalogService;
import io.yudex.catalog.DataItem;
import io.yudex.catalog.Resource;
import io.yudex.catalog.ResourceStatus;
import io.yudex.catalog.ShareMode;
import io.yudex.catalog.ShareType;
import io.yudex.exchange.serving.ServedTable;
import io.yudex.identity.Caller;
import io.yudex.identity.Role;
import io.yudex.organisation.Department;
import io.yudex.organisation.OrganisationService;
import io.yudex.organisation.RegionLevel;
import io.yudex.platform.ConflictException;
import io.yudex.platform.ForbiddenException;
import io.yudex.platform.InvalidInputException;
import io.yudex.platform.NotFoundException;
import java.time.Clock;
import java.util.EnumSet;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Propagation;
import org.springframework.transaction.annotation.Transactional;

/**
 * Return flow (数据回流, 政务数据共享条例): a province-level resource with a region item, marked by its provider's data
 * admin or the platform admin, flows back to every city and county department as a standing grant limited to the
 * department's own region — query, and the incremental feed with its batch webhooks where the resource is shared as
 * tables or files — without an application. Standing grants are made when a resource is marked and whenever a city
 * or county department is added later; the platform admin may revoke one (it is not made again while the flow lasts);
 * ending the flow revokes them all. Every step is a {@link SharingEvent}, so it is audited and notified.
 */
@Service
public class ReturnFlowService {

    static final String PLATFORM = "platform";

    private final ReturnFlowRepository flows;
    private final GrantRepository grants;
    private final CatalogService catalog;
    private final OrganisationService organisations;
    private final ApplicationEventPublisher events;
    private final Clock clock;

    ReturnFlowService(ReturnFlowRepository flows, GrantRepository grants, CatalogService catalog, OrganisationService organisations,
            ApplicationEventPublisher events, Clock clock) {
        this.flows = flows;
        this.grants = grants;
        this.catalog = catalog;
        this.organisations = organisations;
        this.events = events;
        this.clock = clock;
    }

    /** Every return flow: which province-level data flows back (visible to every signed-in department). */
    public List<ReturnFlow> list() {
        return flows.list();
    }

    /** @throws NotFoundException when the resource does not flow back */
    public ReturnFlow get(String resourceCode) {
        return flows.find(resourceCode).orElseThrow(() -> new NotFoundException(resourceCode + " does not flow back"));
    }

    /**
     * Marks a resource for return flow (or changes its items) and makes the standing grants of every city and county
     * department that has none.
     *
     * @throws ForbiddenException    unless the caller is the provider's data admin or the platform admin
     * @throws ConflictException     for a resource that is not published, not shared, or not provided at province level
     * @throws InvalidInputException for a resource without a region item, or an unknown item
     */
    @Transactional
    public ReturnFlow mark(String resourceCode, ReturnFlowCommand command, Caller caller) {
        Resource r = catalog.get(resourceCode, caller);
        checkMarker(r, caller);
        if (r.status() != ResourceStatus.PUBLISHED) {
            throw new ConflictException(r.code() + " is " + r.status() + "; only published resources flow back");
        }
        if (r.shareType() == ShareType.NOT_SHARED) {
            throw new ConflictException(r.code() + " is not shared (不予共享) and cannot flow back");
        }
        Department provider = organisations.department(r.providerId());
        if (provider.level() != RegionLevel.PROVINCE) {
            throw new ConflictException(r.code() + " is provided by " + provider.name() + " (" + provider.level()
                    + "); only province-level resources flow back to cities and counties");
        }
        if (ServedTable.regionItem(r).isEmpty()) {
            throw InvalidInputException.of("resourceCode", r.code() + " has no region item (xzqh, or an item labelled 行政区划) to limit each department to its own rows");
        }
        List<String> items = items(r, command == null ? null : command.items());
        String note = command == null || command.note() == null || command.note().isBlank() ? null : command.note().strip();
        if (note != null && note.length() > 2000) {
            throw InvalidInputException.of("note", "at most 2000 characters");
        }
        Set<AccessMode> modes = modes(r);
        boolean existing = flows.find(r.code()).isPresent();
        if (existing) {
            flows.update(r.code(), items, modes, caller.name(), clock.instant(), note);
            grants.updateStandingItems(r.code(), items, modes);
        } else {
            flows.insert(r.code(), items, modes, caller.name(), clock.instant(), note);
        }
        events.publishEvent(new SharingEvent(caller.name(), "GRANT_RETURN_FLOW_MARKED", null, r.code(),
                (existing ? "changed: " : "") + "items " + items + ", modes " + modes + (note == null ? "" : "; " + note), r.providerId(), r.providerId()));
        grantMissing(r.code(), r.providerId(), items, modes, null);
        return get(r.code());
    }

    /**
     * Ends a return flow: every standing grant of it is revoked at once.
     *
     * @throws ForbiddenException unless the caller is the provider's data admin or the platform admin
     */
    @Transactional
    public int end(String resourceCode, String reason, Caller caller) {
        Resource r = catalog.get(resourceCode, caller);
        checkMarker(r, caller);
        get(r.code());
        if (reason == null || reason.isBlank() || reason.length() > 2000) {
            throw InvalidInputException.of("reason", "a reason of 1-2000 characters is required to end a return flow");
        }
        List<Long> active = flows.activeGrants(r.code());
        for (long id : active) {
            if (grants.revoke(id, caller.name(), clock.instant(), "return flow ended: " + reason.strip())) {
                Grant g = grants.find(id, java.time.LocalDate.now(clock)).orElseThrow();
                events.publishEvent(new SharingEvent(caller.name(), "GRANT_REVOKED", null, r.code(), "grant " + id + ": return flow ended: " + reason.strip(),
                        r.providerId(), g.consumerDepartmentId()));
            }
        }
        flows.delete(r.code());
        events.publishEvent(new SharingEvent(caller.name(), "GRANT_RETURN_FLOW_ENDED", null, r.code(),
                reason.strip() + "; " + active.size() + " standing grants revoked", r.providerId(), r.providerId()));
        return active.size();
    }

    /** Makes the standing grants missing for one department (a department added or changed), of every flow. */
    @Transactional(propagation = Propagation.REQUIRES_NEW)
    public int reachDepartment(long departmentId) {
        int made = 0;
        for (ReturnFlow f : flows.list()) {
            made += grantMissing(f.resourceCode(), f.providerId(), f.items(), f.modes(), departmentId);
        }
        return made;
    }

    /** Moves a department's standing grants to its current region (its region was changed). */
    @Transactional(propagation = Propagation.REQUIRES_NEW)
    public void followRegion(long departmentId) {
        Department d = organisations.department(departmentId);
        grants.updateStandingScope(departmentId, d.regionCode());
    }

    /** Makes every missing standing grant of every flow (at start-up: departments may have been added meanwhile). */
    @Transactional
    public int reconcile() {
        int made = 0;
        for (ReturnFlow f : flows.list()) {
            made += grantMissing(f.resourceCode(), f.providerId(), f.items(), f.modes(), null);
        }
        return made;
    }

    private int grantMissing(String code, long providerId, List<String> items, Set<AccessMode> modes, Long onlyDepartment) {
        int made = 0;
        for (ReturnFlowRepository.Receiver d : flows.missingReceivers(code, providerId, onlyDepartment)) {
            long id = grants.insertStanding(code, d.id(), items, d.regionCode(), modes, clock.instant());
            flows.link(code, d.id(), id);
            events.publishEvent(new SharingEvent(PLATFORM, "GRANT_RETURN_FLOW", null, code,
                    "grant " + id + ": region " + d.regionCode() + ", items " + items + ", modes " + modes, providerId, d.id()));
            made++;
        }
        return made;
    }

    private static void checkMarker(Resource r, Caller caller) {
        if (!caller.platformAdmin() && !(caller.has(Role.DEPT_ADMIN) && caller.belongsTo(r.providerId()))) {
            throw new ForbiddenException("Only the provider's data admin or the platform admin marks " + r.code() + " for return flow");
        }
    }

    private static List<String> items(Resource r, List<String> asked) {
        List<String> all = r.items().stream().map(DataItem::name).toList();
        if (asked == null || asked.isEmpty()) {
            return all;
        }
        Set<String> unique = new LinkedHashSet<>(asked);
        List<String> unknown = unique.stream().filter(i -> !all.contains(i)).toList();
        if (!unknown.isEmpty()) {
            throw InvalidInputException.of("items", r.code() + " has no data items " + unknown);
        }
        return all.stream().filter(unique::contains).toList();
    }

    /** Query where the resource is shared by interface; feed and export where by table or file. */
    private static Set<AccessMode> modes(Resource r) {
        Set<AccessMode> modes = EnumSet.noneOf(AccessMode.class);
        if (r.shareModes().contains(ShareMode.INTERFACE)) {
            modes.add(AccessMode.QUERY);
        }
        if (r.shareModes().contains(ShareMode.TABLE) || r.shareModes().contains(ShareMode.FILE)) {
            modes.add(AccessMode.FEED);
            modes.add(AccessMode.EXPORT);
        }
        return modes;
    }
}
