package io.yudex.bench.ingest;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

/** A smoke-sized pass of the ingest benchmark, so its harness cannot silently measure nothing. */
class IngestBenchmarkSmokeTest {

    @Test
    void bothSides_loadTheWholeFile_andYudexAccountsForEveryRow() throws Exception {
        var csv = IngestBenchmark.population(20_000);
        IngestBenchmark.Run duck = IngestBenchmark.duckDbReadCsv(csv, 20_000);
        IngestBenchmark.Run yudex = IngestBenchmark.yudexPipeline(csv);

        assertThat(duck.seconds()).isPositive();
        assertThat(yudex.rows()).isEqualTo(20_000);
        assertThat(yudex.loaded() + yudex.rejected()).isEqualTo(yudex.rows());
        // the generator's 3% defects include some that conversion refuses (impossible dates, missing values)
        assertThat(yudex.rejected()).isPositive().isLessThan(2_000);
    }
}
