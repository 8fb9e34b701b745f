package io.yudex.synth;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

import java.io.IOException;
import java.io.StringWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

import org.junit.jupiter.api.io.TempDir;

import static org.assertj.core.api.Assertions.assertThat;

class DeterminismTest {

    @TempDir
    Path dir;

    @ParameterizedTest
    @EnumSource(Dataset.class)
    void sameSeed_writesIdenticalBytes_andAnotherSeedDoesNot(Dataset dataset) throws IOException {
        Path a = dir.resolve("a.csv");
        Path b = dir.resolve("b.csv");
        Path c = dir.resolve("c.csv");
        SyntheticData.write(dataset, 3_000, 7, 0.05, StandardCharsets.UTF_8, a);
        SyntheticData.write(dataset, 3_000, 7, 0.05, StandardCharsets.UTF_8, b);
        SyntheticData.write(dataset, 3_000, 8, 0.05, StandardCharsets.UTF_8, c);
        assertThat(Files.readAllBytes(a)).isEqualTo(Files.readAllBytes(b)).isNotEqualTo(Files.readAllBytes(c));
    }

    @ParameterizedTest
    @EnumSource(Dataset.class)
    void rowAlone_equalsTheWrittenLine_andRangesConcatenate(Dataset dataset) throws IOException {
        SyntheticData data = Rows.defective(dataset, 0.1, 50_000);
        List<String> lines = Rows.lines(data, 2_000);
        for (int i = 1_999; i >= 0; i -= 7) {
            assertThat(data.row(i)).isEqualTo(lines.get(i));
        }
        StringWriter parts = new StringWriter();
        data.write(0, 1_000, true, parts);
        data.write(1_000, 2_000, false, parts);
        StringWriter whole = new StringWriter();
        data.write(2_000, whole);
        assertThat(parts.toString()).isEqualTo(whole.toString());
    }

    @ParameterizedTest
    @EnumSource(Dataset.class)
    void cleanRows_doNotDependOnTheDefectRate(Dataset dataset) {
        SyntheticData clean = Rows.clean(dataset, 50_000);
        SyntheticData defective = Rows.defective(dataset, 0.5, 50_000);
        for (long i = 0; i < 500; i++) {
            if (defective.defect(i).isEmpty()) {
                assertThat(defective.row(i)).isEqualTo(clean.row(i));
            }
        }
    }

    @ParameterizedTest
    @EnumSource(Dataset.class)
    void output_isPlainCsvWithTheCatalogColumnsAndUniqueKeys(Dataset dataset) {
        SyntheticData data = Rows.clean(dataset, 10_000);
        List<String> lines = Rows.lines(data, 10_000);
        assertThat(data.header()).isEqualTo(String.join(",", dataset.columns()));
        Set<String> keys = new HashSet<>();
        for (String line : lines) {
            String[] f = Rows.fields(line);
            assertThat(f).as(line).hasSameSizeAs(dataset.columns().toArray()).doesNotContain("");
            assertThat(line).doesNotContain("\"");
            keys.add(String.join("|", dataset.keyColumns().stream().map(k -> f[dataset.columns().indexOf(k)]).toList()));
        }
        assertThat(keys).as("distinct keys").hasSize(lines.size());
    }
}
