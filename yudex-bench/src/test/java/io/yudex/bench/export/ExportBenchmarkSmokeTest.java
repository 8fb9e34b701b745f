package io.yudex.bench.export;

import static org.assertj.core.api.Assertions.assertThat;

import io.yudex.data.DuckDbDataStore;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** A 20,000-row pass of every side: each writes every row, so the benchmark cannot silently measure nothing. */
class ExportBenchmarkSmokeTest {

    @TempDir
    Path dir;

    @Test
    void everySide_writesEveryRow() throws Exception {
        try (DuckDbDataStore store = ExportBenchmark.table(dir.resolve("smoke.duckdb"), 20_000)) {
            Map<String, List<ExportBenchmark.Run>> runs = ExportBenchmark.run(store, 1, List.of());
            assertThat(runs).hasSize(6);
            runs.values().forEach(list -> assertThat(list).allSatisfy(r -> {
                assertThat(r.rows()).as(r.what()).isEqualTo(20_000);
                assertThat(r.bytes()).as(r.what()).isPositive();
            }));
        }
    }
}
