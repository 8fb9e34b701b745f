package io.yudex.opendata;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Function;

/**
 * k-anonymity (GB/T 37964-2019): every combination of quasi-identifier values that occurs in the released data must
 * occur at least {@code k} times. Pure logic: the equivalence classes are counted elsewhere (DuckDB in production, a
 * list in tests); this class judges them and searches the least lossy generalisation that passes.
 */
final class KAnonymity {

    /** How a quasi-identifier can be coarsened, with the information it loses (higher loses more). */
    enum Generalisation {
        NONE(0, null),
        YEAR(2, "DATE_SHOW_YEAR"),
        CITY(1, "GENERALISE_DIVISION(CITY)"),
        PROVINCE(3, "GENERALISE_DIVISION(PROVINCE)"),
        SUPPRESS(4, ReleasePlan.DROP);

        final int loss;
        /** The masking rule (io.yudex.standards.masking spec) that gives the same values in the released file. */
        final String rule;

        Generalisation(int loss, String rule) {
            this.loss = loss;
            this.rule = rule;
        }
    }

    /** One equivalence class: the quasi-identifier values (after generalisation) and how many records share them. */
    record EquivalenceClass(List<String> values, long size) {}

    /**
     * The verdict over all equivalence classes.
     *
     * @param smallest the smallest violating classes (at most a few), so a data admin sees which records are at risk
     */
    record Summary(int k, long classes, long violatingClasses, long violatingRows, List<EquivalenceClass> smallest) {
        boolean passes() {
            return violatingClasses == 0;
        }
    }

    /** A suggested generalisation per quasi-identifier and the summary it reaches. */
    record Suggestion(Map<String, Generalisation> generalisations, Summary summary) {}

    static final int SHOWN_CLASSES = 10;

    private KAnonymity() {}

    /** Judges classes already counted; {@code k} must be at least 1. */
    static Summary summarise(List<EquivalenceClass> classes, int k) {
        if (k < 1) {
            throw new IllegalArgumentException("k must be at least 1, was " + k);
        }
        List<EquivalenceClass> violating = classes.stream().filter(c -> c.size() < k)
                .sorted(Comparator.comparingLong(EquivalenceClass::size)).toList();
        long rows = violating.stream().mapToLong(EquivalenceClass::size).sum();
        return new Summary(k, classes.size(), violating.size(), rows, violating.stream().limit(SHOWN_CLASSES).toList());
    }

    /** Counts the classes of in-memory records (each a list of values in quasi-identifier order). */
    static List<EquivalenceClass> classes(List<List<String>> records) {
        Map<List<String>, Long> counts = new LinkedHashMap<>();
        records.forEach(r -> counts.merge(r, 1L, Long::sum));
        return counts.entrySet().stream().map(e -> new EquivalenceClass(e.getKey(), e.getValue())).toList();
    }

    /**
     * The passing combination of generalisations with the least total loss, trying at most {@code maxTries}
     * combinations in order of loss (ties: fewer columns changed first). Empty when none of those passes.
     *
     * @param options  per quasi-identifier, the generalisations it allows (NONE is implied)
     * @param evaluate counts and judges the data under one combination
     */
    static Optional<Suggestion> suggest(Map<String, List<Generalisation>> options,
            Function<Map<String, Generalisation>, Summary> evaluate, int maxTries) {
        List<Map<String, Generalisation>> combinations = combinations(options);
        combinations.sort(Comparator.<Map<String, Generalisation>>comparingInt(KAnonymity::loss)
                .thenComparingLong(c -> c.values().stream().filter(g -> g != Generalisation.NONE).count()));
        int tries = 0;
        for (Map<String, Generalisation> combination : combinations) {
            if (loss(combination) == 0) {
                continue;
            }
            if (tries++ >= maxTries) {
                break;
            }
            Summary summary = evaluate.apply(combination);
            if (summary.passes()) {
                return Optional.of(new Suggestion(combination, summary));
            }
        }
        return Optional.empty();
    }

    static int loss(Map<String, Generalisation> combination) {
        return combination.values().stream().mapToInt(g -> g.loss).sum();
    }

    private static List<Map<String, Generalisation>> combinations(Map<String, List<Generalisation>> options) {
        List<Map<String, Generalisation>> out = new ArrayList<>();
        out.add(new LinkedHashMap<>());
        for (var e : options.entrySet()) {
            List<Generalisation> choices = new ArrayList<>();
            choices.add(Generalisation.NONE);
            e.getValue().stream().filter(g -> g != Generalisation.NONE).forEach(choices::add);
            List<Map<String, Generalisation>> next = new ArrayList<>();
            for (Map<String, Generalisation> partial : out) {
                for (Generalisation g : choices) {
                    Map<String, Generalisation> m = new LinkedHashMap<>(partial);
                    m.put(e.getKey(), g);
                    next.add(m);
                }
            }
            out = next;
        }
        return out;
    }
}
