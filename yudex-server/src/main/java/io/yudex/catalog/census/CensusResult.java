package io.yudex.catalog.census;

import java.util.List;

/**
 * The outcome of a census upload: either every resource was registered as a draft ({@code problems} empty), or
 * nothing was ({@code imported} 0, {@code codes} empty, every problem listed).
 *
 * @param imported how many resources were registered
 * @param codes    the codes of the registered resources, in file order
 * @param problems what must be fixed before the file can be imported
 */
public record CensusResult(int imported, List<String> codes, List<CensusProblem> problems) {

    public CensusResult {
        codes = List.copyOf(codes);
        problems = List.copyOf(problems);
    }

    static CensusResult applied(List<String> codes) {
        return new CensusResult(codes.size(), codes, List.of());
    }

    static CensusResult rejected(List<CensusProblem> problems) {
        return new CensusResult(0, List.of(), problems);
    }

    public boolean applied() {
        return problems.isEmpty();
    }
}
