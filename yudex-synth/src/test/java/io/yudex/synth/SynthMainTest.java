package io.yudex.synth;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.PrintStream;
import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;

import static org.assertj.core.api.Assertions.assertThat;

class SynthMainTest {

    @TempDir
    Path dir;

    @Test
    void run_writesTheFileAndReportsRowsPerSecond() throws IOException {
        Path out = dir.resolve("population.csv");
        ByteArrayOutputStream err = new ByteArrayOutputStream();
        int status = SynthMain.run(new String[] {"--dataset", "population", "--rows", "1000", "--seed", "42",
            "--defects", "0.03", "--encoding", "GB18030", "--out", out.toString()}, new PrintStream(err, true, StandardCharsets.UTF_8));
        assertThat(status).isZero();
        assertThat(Files.readAllLines(out, Charset.forName("GB18030"))).hasSize(1001).first().isEqualTo("sfzhm,xm,xb,csrq,mz,hjdz,xzqh");
        assertThat(err.toString(StandardCharsets.UTF_8)).contains("population: 1,000 rows", "rows/s");
    }

    @Test
    void run_rejectsBadArgumentsWithUsage() {
        ByteArrayOutputStream err = new ByteArrayOutputStream();
        PrintStream print = new PrintStream(err, true, StandardCharsets.UTF_8);
        assertThat(SynthMain.run(new String[] {"--dataset", "people", "--rows", "10", "--out", "x.csv"}, print)).isEqualTo(2);
        assertThat(SynthMain.run(new String[] {"--dataset", "population", "--rows", "ten", "--out", "x.csv"}, print)).isEqualTo(2);
        assertThat(SynthMain.run(new String[] {"--dataset", "population", "--rows", "10", "--defects", "2", "--out", "x.csv"}, print)).isEqualTo(2);
        assertThat(SynthMain.run(new String[] {"--rows", "10"}, print)).isEqualTo(2);
        assertThat(err.toString(StandardCharsets.UTF_8)).contains("Unknown dataset 'people'", "Usage:");
    }
}
