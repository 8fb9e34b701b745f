package io.yudex.ingest.batch;

import java.time.Clock;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.ApplicationArguments;
import org.springframework.boot.ApplicationRunner;
import org.springframework.core.annotation.Order;
import org.springframework.stereotype.Component;

/**
 * At start-up no load can be running, so a batch still marked RUNNING was cut off by a crash or a kill. Its rows
 * never became visible (the store applies a batch in one transaction); it is marked failed so it can be re-run.
 */
@Component
@Order(1)
class BatchRecovery implements ApplicationRunner {

    private static final Logger log = LoggerFactory.getLogger(BatchRecovery.class);

    private final BatchRepository batches;
    private final Clock clock;

    BatchRecovery(BatchRepository batches, Clock clock) {
        this.batches = batches;
        this.clock = clock;
    }

    @Override
    public void run(ApplicationArguments args) {
        int failed = batches.failRunning("interrupted: the platform stopped during the load; nothing of it was applied, re-run it",
                clock.instant());
        if (failed > 0) {
            log.warn("Marked {} interrupted batches as failed", failed);
        }
    }
}
