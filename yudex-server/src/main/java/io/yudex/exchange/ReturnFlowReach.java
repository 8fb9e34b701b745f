package io.yudex.exchange;

import io.yudex.organisation.DepartmentChanged;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.ApplicationArguments;
import org.springframework.boot.ApplicationRunner;
import org.springframework.core.annotation.Order;
import org.springframework.stereotype.Component;
import org.springframework.transaction.event.TransactionalEventListener;

/**
 * Keeps return flows reaching every city and county department: a department added (or changed) gets its standing
 * grants once its own transaction has committed, and at start-up every missing one is made.
 */
@Component
@Order(20)
class ReturnFlowReach implements ApplicationRunner {

    private static final Logger log = LoggerFactory.getLogger(ReturnFlowReach.class);

    private final ReturnFlowService flows;

    ReturnFlowReach(ReturnFlowService flows) {
        this.flows = flows;
    }

    @TransactionalEventListener(fallbackExecution = true)
    void on(DepartmentChanged e) {
        if (e.action().equals("UPDATED")) {
            flows.followRegion(e.id());
        }
        int made = flows.reachDepartment(e.id());
        if (made > 0) {
            log.info("Return flow: {} standing grants made for department {}", made, e.code());
        }
    }

    @Override
    public void run(ApplicationArguments args) {
        int made = flows.reconcile();
        if (made > 0) {
            log.info("Return flow: {} missing standing grants made at start-up", made);
        }
    }
}
