package io.yudex.bench.governance;

import static org.assertj.core.api.Assertions.assertThat;

import io.yudex.bench.ingest.IngestBenchmark;
import io.yudex.data.DuckDbDataStore;
import java.nio.file.Files;
import org.junit.jupiter.api.Test;

/** A smoke-sized pass of the governance benchmark, so its harness cannot silently measure nothing. */
class GovernanceBenchmarkSmokeTest {

    @Test
    void everySide_doesItsWork_onTheSameTables() throws Exception {
        var dir = Files.createTempDirectory("yudex-bench-governance-smoke-");
        try (DuckDbDataStore store = DuckDbDataStore.open(dir.resolve("store.duckdb"))) {
            GovernanceBenchmark.prepare(store, IngestBenchmark.population(20_000));
            assertThat(GovernanceBenchmark.bareScan(store, 20_000).result()).isGreaterThan(20_000);
            // the generator's 3% defects fail the national rules somewhere
            assertThat(GovernanceBenchmark.ruleSet(store, 20_000).result()).isPositive().isLessThan(20_000);
            long joined = GovernanceBenchmark.bareJoin(store, 40_000).result();
            assertThat(joined).isGreaterThan(20_000);
            // the summary's first figure is the matched keys: most people are in both, about 1% only in the population
            long matched = GovernanceBenchmark.comparisonSummary(store, 40_000).result();
            assertThat(matched).isBetween(18_000L, 20_000L);
            assertThat(GovernanceBenchmark.comparison(store, 40_000).result()).isGreaterThan(matched);
        } finally {
            try (var paths = Files.walk(dir)) {
                for (var p : paths.sorted(java.util.Comparator.reverseOrder()).toList()) {
                    Files.deleteIfExists(p);
                }
            }
        }
    }
}
