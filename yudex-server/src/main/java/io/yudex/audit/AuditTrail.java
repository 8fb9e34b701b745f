package io.yudex.audit;

import io.yudex.catalog.ResourceChanged;
import io.yudex.exchange.DataAccessed;
import io.yudex.exchange.SharingEvent;
import io.yudex.identity.Callers;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.security.authentication.event.AbstractAuthenticationFailureEvent;
import org.springframework.security.authentication.event.AuthenticationSuccessEvent;
import org.springframework.stereotype.Component;
import org.springframework.transaction.event.TransactionalEventListener;
import org.springframework.context.event.EventListener;

/**
 * Writes what happens on the platform into the audit log: catalog changes, sharing decisions and grants (once their
 * transaction has committed), log-ins and failed log-ins; signs a checkpoint every minute when entries were added.
 */
@Component
class AuditTrail {

    private final AuditLog log;

    AuditTrail(AuditLog log) {
        this.log = log;
    }

    @TransactionalEventListener(fallbackExecution = true)
    void on(ResourceChanged e) {
        log.append(Callers.current().name(), "catalog." + e.action().name(), e.code(), null);
    }

    @TransactionalEventListener(fallbackExecution = true)
    void on(SharingEvent e) {
        log.append(e.actor(), "sharing." + e.action(), "application " + e.applicationId() + (e.resourceCode() == null ? "" : " · " + e.resourceCode()),
                e.detail());
    }

    /** Synchronous: the data leaves only after its entry is stored. */
    @EventListener
    void on(DataAccessed e) {
        log.append(e.actor(), "data.query", e.resourceCode() + (e.grantId() == null ? "" : " · grant " + e.grantId()),
                "items=" + e.items() + "; filter=" + e.filter() + "; rows=" + e.rows() + "; " + e.result());
    }

    @EventListener
    void on(AuthenticationSuccessEvent e) {
        log.append(e.getAuthentication().getName(), "login.succeeded", null, null);
    }

    @EventListener
    void on(AbstractAuthenticationFailureEvent e) {
        log.append(String.valueOf(e.getAuthentication().getName()), "login.failed", null, e.getException().getClass().getSimpleName());
    }

    @Scheduled(fixedDelay = 60_000, initialDelay = 60_000)
    void checkpoint() {
        log.checkpoint();
    }
}
