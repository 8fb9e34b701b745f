package io.yudex.governance.comparison;

import org.springframework.boot.ApplicationArguments;
import org.springframework.boot.ApplicationRunner;
import org.springframework.core.annotation.Order;
import org.springframework.stereotype.Component;

/** At start-up no comparison run can be in flight: one still marked RUNNING was cut off and is marked failed. */
@Component
@Order(2)
class ComparisonRecovery implements ApplicationRunner {

    private final ComparisonService comparisons;

    ComparisonRecovery(ComparisonService comparisons) {
        this.comparisons = comparisons;
    }

    @Override
    public void run(ApplicationArguments args) {
        comparisons.failInterrupted();
    }
}
