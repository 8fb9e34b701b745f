package io.yudex.governance;

import java.time.Clock;
import org.springframework.boot.ApplicationArguments;
import org.springframework.boot.ApplicationRunner;
import org.springframework.core.annotation.Order;
import org.springframework.stereotype.Component;

/** At start-up no rule run can be in flight: one still marked RUNNING was cut off and is marked failed. */
@Component
@Order(2)
class RunRecovery implements ApplicationRunner {

    private final RunRepository runs;
    private final Clock clock;

    RunRecovery(RunRepository runs, Clock clock) {
        this.runs = runs;
        this.clock = clock;
    }

    @Override
    public void run(ApplicationArguments args) {
        runs.failRunning("interrupted: the platform stopped during the run; start it again", clock.instant());
    }
}
