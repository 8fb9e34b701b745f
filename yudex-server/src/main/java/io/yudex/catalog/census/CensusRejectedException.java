package io.yudex.catalog.census;

import java.util.List;

/**
 * Thrown out of {@link CensusWriter#write} so its transaction rolls back; {@link CensusService} turns it into a
 * rejected {@link CensusResult}. Never leaves this package.
 */
final class CensusRejectedException extends RuntimeException {

    private final transient List<CensusProblem> problems;

    CensusRejectedException(List<CensusProblem> problems) {
        super(problems.size() + " census rows could not be registered");
        this.problems = List.copyOf(problems);
    }

    List<CensusProblem> problems() {
        return problems;
    }
}
