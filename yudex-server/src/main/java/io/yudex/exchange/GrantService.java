package io.yudex.exchange;

import io.yudex.identity.Caller;
import io.yudex.identity.Role;
import io.yudex.platform.ConflictException;
import io.yudex.platform.ForbiddenException;
import io.yudex.platform.InvalidInputException;
import io.yudex.platform.NotFoundException;
import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.stereotype.Service;

/** Grants: who may use what; the consumer and provider departments see theirs, the platform admin and auditors all. */
@Service
public class GrantService {

    private final GrantRepository grants;
    private final ApplicationEventPublisher events;
    private final Clock clock;

    GrantService(GrantRepository grants, ApplicationEventPublisher events, Clock clock) {
        this.grants = grants;
        this.events = events;
        this.clock = clock;
    }

    public List<Grant> list(Caller caller) {
        LocalDate today = LocalDate.now(clock);
        if (caller.platformAdmin() || caller.has(Role.AUDITOR)) {
            return grants.list(null, null, today);
        }
        if (caller.departmentId() == null) {
            return List.of();
        }
        List<Grant> all = new ArrayList<>(grants.list(null, caller.departmentId(), today));
        if (caller.has(Role.DEPT_ADMIN)) {
            grants.list(caller.departmentId(), null, today).stream().filter(g -> !all.contains(g)).forEach(all::add);
        }
        all.sort(Comparator.comparingLong(Grant::id).reversed());
        return all;
    }

    public Grant get(long id, Caller caller) {
        Grant g = grants.find(id, LocalDate.now(clock)).orElseThrow(() -> new NotFoundException("No grant " + id));
        long provider = grants.providerOf(id).orElseThrow();
        boolean visible = caller.platformAdmin() || caller.has(Role.AUDITOR) || caller.belongsTo(g.consumerDepartmentId())
                || caller.has(Role.DEPT_ADMIN) && caller.belongsTo(provider);
        if (!visible) {
            throw new NotFoundException("No grant " + id);
        }
        return g;
    }

    /** The provider's data admin or the platform admin revokes a grant; it ends with the next request. */
    public Grant revoke(long id, String reason, Caller caller) {
        Grant g = get(id, caller);
        long provider = grants.providerOf(id).orElseThrow();
        if (g.returnFlow() && !caller.platformAdmin()) {
            throw new ForbiddenException("Grant " + id + " is a standing grant of a return flow: the platform admin revokes it (the provider ends the whole flow)");
        }
        if (!caller.platformAdmin() && !(caller.has(Role.DEPT_ADMIN) && caller.belongsTo(provider))) {
            throw new ForbiddenException("Only the provider's data admin or the platform admin revokes grant " + id);
        }
        if (reason == null || reason.isBlank() || reason.length() > 2000) {
            throw InvalidInputException.of("reason", "a reason of 1-2000 characters is required to revoke a grant");
        }
        if (!grants.revoke(id, caller.name(), clock.instant(), reason.strip())) {
            throw new ConflictException("Grant " + id + " is already " + g.state());
        }
        events.publishEvent(new SharingEvent(caller.name(), "GRANT_REVOKED", g.applicationId(), g.resourceCode(), "grant " + id + ": " + reason.strip(),
                provider, g.consumerDepartmentId()));
        return get(id, caller);
    }
}
