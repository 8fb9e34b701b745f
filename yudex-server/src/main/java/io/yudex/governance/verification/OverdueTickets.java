package io.yudex.governance.verification;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Component;

/** Escalates verification tickets past their deadline to the platform admin, every quarter of an hour. */
@Component
class OverdueTickets {

    private static final Logger log = LoggerFactory.getLogger(OverdueTickets.class);

    private final TicketService tickets;

    OverdueTickets(TicketService tickets) {
        this.tickets = tickets;
    }

    @Scheduled(fixedDelay = 900_000, initialDelay = 60_000)
    void escalate() {
        int n = tickets.escalateOverdue();
        if (n > 0) {
            log.info("Escalated {} overdue verification tickets to the platform admin", n);
        }
    }
}
