package io.yudex.exchange;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Component;

/** Escalates applications past their deadline to the platform admin, every quarter of an hour. */
@Component
class OverdueApplications {

    private static final Logger log = LoggerFactory.getLogger(OverdueApplications.class);

    private final ApplicationService applications;

    OverdueApplications(ApplicationService applications) {
        this.applications = applications;
    }

    @Scheduled(fixedDelay = 900_000, initialDelay = 60_000)
    void escalate() {
        int n = applications.escalateOverdue();
        if (n > 0) {
            log.info("Escalated {} overdue sharing applications to the platform admin", n);
        }
    }
}
