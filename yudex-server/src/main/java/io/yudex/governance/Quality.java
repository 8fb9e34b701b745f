package io.yudex.governance;

import io.yudex.rules.check.UpdateCycle;
import java.time.LocalDate;
import java.time.temporal.ChronoUnit;

/**
 * The quality of a resource's data as one run measured it. Every dimension is a share in [0, 1], or null when it does
 * not apply (no rows, no rules, no key, no ID-consistency rule). The overall score (0–100) is the weighted mean of the
 * dimensions that apply, the weights renormalised over them:
 *
 * <pre>
 * score = 100 × Σ wᵢ·dᵢ / Σ wᵢ   over the non-null dimensions dᵢ
 * validity 0.35 · completeness 0.25 · uniqueness 0.15 · timeliness 0.15 · consistency 0.10
 * </pre>
 *
 * See {@code docs/decisions/2026-11-29-quality-score.md}.
 */
public record Quality(Double completeness, Double validity, Double uniqueness, Double consistency, Double timeliness, Double score) {

    static final double W_VALIDITY = 0.35;
    static final double W_COMPLETENESS = 0.25;
    static final double W_UNIQUENESS = 0.15;
    static final double W_TIMELINESS = 0.15;
    static final double W_CONSISTENCY = 0.10;

    /**
     * @param rows            rows checked
     * @param cells           rows × data items
     * @param filledCells     cells neither null nor blank
     * @param errorRows       rows with at least one error finding (null when the run had no rules)
     * @param inconsistent    rows failing an ID-consistency rule (null when the rule set has none)
     * @param keyedRows       rows with a complete key (null when the resource has no key)
     * @param distinctKeys    distinct keys among them
     * @param timeliness      see {@link #timeliness}
     */
    static Quality of(long rows, long cells, long filledCells, Long errorRows, Long inconsistent, Long keyedRows, Long distinctKeys,
            Double timeliness) {
        Double completeness = cells == 0 ? null : (double) filledCells / cells;
        Double validity = rows == 0 || errorRows == null ? null : 1.0 - (double) errorRows / rows;
        Double uniqueness = keyedRows == null || keyedRows == 0 ? null : (double) distinctKeys / keyedRows;
        Double consistency = rows == 0 || inconsistent == null ? null : 1.0 - (double) inconsistent / rows;
        return new Quality(completeness, validity, uniqueness, consistency, timeliness,
                score(completeness, validity, uniqueness, consistency, timeliness));
    }

    static Double score(Double completeness, Double validity, Double uniqueness, Double consistency, Double timeliness) {
        double sum = 0;
        double weights = 0;
        double[][] parts = {{W_VALIDITY, nz(validity)}, {W_COMPLETENESS, nz(completeness)}, {W_UNIQUENESS, nz(uniqueness)},
                {W_TIMELINESS, nz(timeliness)}, {W_CONSISTENCY, nz(consistency)}};
        for (double[] p : parts) {
            if (!Double.isNaN(p[1])) {
                sum += p[0] * p[1];
                weights += p[0];
            }
        }
        return weights == 0 ? null : Math.round(1000 * sum / weights) / 10.0;
    }

    /**
     * 1 while the data is within its update cycle plus one day's grace; then falling linearly to 0 when it is late by a
     * whole allowed gap again; 0 when never updated.
     *
     * @param lastUpdate day of the last successful batch, null if none
     */
    static double timeliness(LocalDate lastUpdate, UpdateCycle cycle, LocalDate today) {
        if (lastUpdate == null) {
            return 0;
        }
        LocalDate due = lastUpdate.plus(cycle.period()).plusDays(1);
        if (!today.isAfter(due)) {
            return 1;
        }
        double allowed = ChronoUnit.DAYS.between(lastUpdate, due);
        double late = ChronoUnit.DAYS.between(due, today);
        return Math.max(0, 1 - late / allowed);
    }

    /** The catalog's update cycle in the rules library's terms. */
    static UpdateCycle cycleOf(io.yudex.catalog.UpdateCycle cycle) {
        return switch (cycle) {
            case REALTIME -> UpdateCycle.REAL_TIME;
            case DAILY -> UpdateCycle.DAILY;
            case WEEKLY -> UpdateCycle.WEEKLY;
            case MONTHLY -> UpdateCycle.MONTHLY;
            case QUARTERLY -> UpdateCycle.QUARTERLY;
            case HALF_YEARLY -> UpdateCycle.HALF_YEARLY;
            case YEARLY -> UpdateCycle.YEARLY;
        };
    }

    private static double nz(Double d) {
        return d == null ? Double.NaN : d;
    }
}
