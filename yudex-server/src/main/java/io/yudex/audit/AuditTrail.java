package io.yudex.audit;

import io.yudex.auditlog.AuditRecord;
import io.yudex.catalog.ResourceChanged;
import io.yudex.exchange.DataAccessed;
import io.yudex.exchange.SharingEvent;
import io.yudex.identity.Caller;
import io.yudex.identity.Callers;
import io.yudex.identity.IdentityEvent;
import io.yudex.organisation.DepartmentChanged;
import org.springframework.context.event.EventListener;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.security.authentication.event.AbstractAuthenticationFailureEvent;
import org.springframework.security.authentication.event.AuthenticationSuccessEvent;
import org.springframework.stereotype.Component;
import org.springframework.transaction.event.TransactionalEventListener;
import org.springframework.transaction.support.TransactionSynchronization;
import org.springframework.transaction.support.TransactionSynchronizationManager;

/**
 * Writes what happens on the platform into the audit log: catalog changes, sharing decisions and grants, account,
 * API-client and department changes (once their transaction has committed), every data access (synchronously, before
 * a row leaves), log-ins and failed log-ins of people and systems; signs a checkpoint every minute when entries were
 * added. The features only publish events; nothing here is called by them.
 */
@Component
class AuditTrail {

    private final AuditLog log;
    private final AuditContext context;

    AuditTrail(AuditLog log, AuditContext context) {
        this.log = log;
        this.context = context;
    }

    @TransactionalEventListener(fallbackExecution = true)
    void on(ResourceChanged e) {
        Caller c = Callers.current();
        log.append(AuditRecord.of(c.name(), "catalog." + e.action().name(), e.code(), null)
                .withContext(c.departmentCode(), e.code(), client(c), null, null, null));
    }

    @TransactionalEventListener(fallbackExecution = true)
    void on(SharingEvent e) {
        Caller c = Callers.current();
        // a return flow and its standing grants have no application: their subject is the resource, their purpose 数据回流
        String subject = e.applicationId() == null ? "return flow" : "application " + e.applicationId();
        log.append(AuditRecord.of(e.actor(), "sharing." + e.action(), subject + (e.resourceCode() == null ? "" : " · " + e.resourceCode()),
                e.detail()).withContext(c.name().equals(e.actor()) ? c.departmentCode() : null, e.resourceCode(), client(c),
                e.applicationId() == null ? AuditContext.RETURN_FLOW_PURPOSE : context.applicationPurpose(e.applicationId()), null, null));
    }

    /** Synchronous: the data leaves only after its entry is durable; a failure here stops the response. */
    @EventListener
    void on(DataAccessed e) {
        Caller c = Callers.current();
        log.append(AuditRecord.of(e.actor(), "data.query", e.resourceCode() + (e.grantId() == null ? "" : " · grant " + e.grantId()),
                "items=" + e.items() + "; filter=" + e.filter() + "; rows=" + e.rows() + "; " + e.result())
                .withContext(context.departmentCode(e.departmentId()), e.resourceCode(), client(c), context.grantPurpose(e.grantId()), e.rows(),
                        e.filter() == null || e.filter().isBlank() ? null : e.filter()));
    }

    /** Log-ins at once (whatever the transaction does); changes once committed. */
    @EventListener
    void on(IdentityEvent e) {
        AuditRecord r = AuditRecord.of(e.actor(), "identity." + e.action(), e.subject(), e.detail())
                .withContext(context.departmentCode(e.departmentId()), null, e.action().startsWith("CLIENT_LOGIN") ? e.subject() : client(Callers.current()),
                        null, null, null);
        afterCommit(() -> log.append(r), e.action().contains("LOGIN"));
    }

    @EventListener
    void on(DepartmentChanged e) {
        Caller c = Callers.current();
        AuditRecord r = AuditRecord.of(c.name(), "organisation.DEPARTMENT_" + e.action(), e.code(), e.name())
                .withContext(c.departmentCode(), null, client(c), null, null, null);
        afterCommit(() -> log.append(r), false);
    }

    @EventListener
    void on(AuthenticationSuccessEvent e) {
        Caller c = Callers.of(e.getAuthentication());
        log.append(AuditRecord.of(e.getAuthentication().getName(), "login.succeeded", null, null)
                .withContext(c.departmentCode(), null, null, null, null, null));
    }

    @EventListener
    void on(AbstractAuthenticationFailureEvent e) {
        log.append(String.valueOf(e.getAuthentication().getName()), "login.failed", null, e.getException().getClass().getSimpleName());
    }

    @Scheduled(fixedDelay = 60_000, initialDelay = 60_000)
    void checkpoint() {
        log.checkpoint();
    }

    private static String client(Caller c) {
        return c.machine() ? c.name() : null;
    }

    private static void afterCommit(Runnable append, boolean now) {
        if (now || !TransactionSynchronizationManager.isSynchronizationActive()) {
            append.run();
            return;
        }
        TransactionSynchronizationManager.registerSynchronization(new TransactionSynchronization() {
            @Override
            public void afterCommit() {
                append.run();
            }
        });
    }
}
