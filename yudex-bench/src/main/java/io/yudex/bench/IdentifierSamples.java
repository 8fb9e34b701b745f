package io.yudex.bench;

import io.yudex.synth.Dataset;
import io.yudex.synth.SyntheticData;

import java.util.ArrayList;
import java.util.List;

/**
 * Identifier columns from {@code yudex-synth}: realistic Henan citizen IDs and USCCs with the
 * generator's defects (wrong check character, full-width digits, lower case, missing values …).
 */
final class IdentifierSamples {

    private IdentifierSamples() {
    }

    /** The {@code sfzhm} column of the first {@code count} population rows. */
    static List<String> citizenIds(long seed, int count, double defectRate) {
        return firstColumn(Dataset.POPULATION, seed, count, defectRate);
    }

    /** The {@code tyshxydm} column of the first {@code count} enterprise rows. */
    static List<String> usccs(long seed, int count, double defectRate) {
        return firstColumn(Dataset.ENTERPRISE, seed, count, defectRate);
    }

    private static List<String> firstColumn(Dataset dataset, long seed, int count, double defectRate) {
        SyntheticData data = SyntheticData.builder(dataset).seed(seed).defectRate(defectRate).referenceRows(Math.max(count, 1_000)).build();
        List<String> values = new ArrayList<>(count);
        for (long i = 0; i < count; i++) {
            String row = data.row(i);
            int comma = row.indexOf(',');
            values.add(comma < 0 ? row : row.substring(0, comma));
        }
        return values;
    }
}
