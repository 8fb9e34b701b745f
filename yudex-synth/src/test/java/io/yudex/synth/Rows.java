package io.yudex.synth;

import java.io.IOException;
import java.io.StringWriter;
import java.io.UncheckedIOException;
import java.util.List;

/** Test helpers: generators and parsed rows. */
final class Rows {

    static final long SEED = 42;

    private Rows() {
    }

    static SyntheticData clean(Dataset dataset, long referenceRows) {
        return SyntheticData.builder(dataset).seed(SEED).defectRate(0).referenceRows(referenceRows).build();
    }

    static SyntheticData defective(Dataset dataset, double rate, long referenceRows) {
        return SyntheticData.builder(dataset).seed(SEED).defectRate(rate).referenceRows(referenceRows).build();
    }

    /** The data lines (no header) of the first {@code rows} rows. */
    static List<String> lines(SyntheticData data, long rows) {
        StringWriter out = new StringWriter();
        try {
            data.write(rows, out);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        List<String> lines = out.toString().lines().toList();
        return lines.subList(1, lines.size());
    }

    static String[] fields(String line) {
        return line.split(",", -1);
    }

    static String field(Dataset dataset, String line, String column) {
        return fields(line)[dataset.columns().indexOf(column)];
    }
}
