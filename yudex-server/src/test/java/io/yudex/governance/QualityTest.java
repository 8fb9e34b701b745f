package io.yudex.governance;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import io.yudex.rules.check.UpdateCycle;
import java.time.LocalDate;
import org.junit.jupiter.api.Test;

class QualityTest {

    private static final LocalDate TODAY = LocalDate.of(2026, 6, 15);

    @Test
    void of_everyDimension_isAShare_andTheScoreTheirWeightedMean() {
        Quality q = Quality.of(100, 700, 630, 10L, 5L, 100L, 98L, 1.0);
        assertThat(q.completeness()).isEqualTo(0.9);
        assertThat(q.validity()).isEqualTo(0.9);
        assertThat(q.uniqueness()).isEqualTo(0.98);
        assertThat(q.consistency()).isEqualTo(0.95);
        double expected = 100 * (0.35 * 0.9 + 0.25 * 0.9 + 0.15 * 0.98 + 0.15 * 1.0 + 0.10 * 0.95);
        assertThat(q.score()).isCloseTo(expected, within(0.05));
    }

    @Test
    void of_dimensionsThatDoNotApply_areLeftOut_andTheWeightsRenormalised() {
        Quality q = Quality.of(10, 20, 20, null, null, null, null, 0.5);
        assertThat(q.validity()).isNull();
        assertThat(q.uniqueness()).isNull();
        assertThat(q.consistency()).isNull();
        assertThat(q.score()).isCloseTo(100 * (0.25 * 1.0 + 0.15 * 0.5) / 0.40, within(0.05));
        assertThat(Quality.of(0, 0, 0, 0L, null, 0L, 0L, null).score()).isNull();
    }

    @Test
    void timeliness_isFullWithinTheCyclePlusGrace_thenFallsToZeroOverOneMoreGap() {
        assertThat(Quality.timeliness(TODAY.minusDays(2), UpdateCycle.DAILY, TODAY)).isEqualTo(1.0);
        assertThat(Quality.timeliness(TODAY.minusDays(3), UpdateCycle.DAILY, TODAY)).isEqualTo(0.5);
        assertThat(Quality.timeliness(TODAY.minusDays(4), UpdateCycle.DAILY, TODAY)).isEqualTo(0.0);
        assertThat(Quality.timeliness(TODAY.minusDays(30), UpdateCycle.YEARLY, TODAY)).isEqualTo(1.0);
        assertThat(Quality.timeliness(null, UpdateCycle.DAILY, TODAY)).isEqualTo(0.0);
    }
}
