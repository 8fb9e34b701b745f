package io.yudex.audit;

import io.yudex.auditlog.AuditRecord;
import io.yudex.platform.Audited;
import org.springframework.context.event.EventListener;
import org.springframework.stereotype.Component;

/** Appends {@link Audited} events (open API calls, uses of conditionally open data) to the audit log, synchronously. */
@Component
class AuditedListener {

    private final AuditLog log;

    AuditedListener(AuditLog log) {
        this.log = log;
    }

    @EventListener
    void on(Audited e) {
        log.append(AuditRecord.of(e.actor(), e.action(), e.subject(), e.detail()).withContext(null, e.resourceCode(), null, null, e.rows(), null));
    }
}
