package io.yudex.opendata;

import java.util.List;
import java.util.Map;

/**
 * The safe-publication check of a release: per column whether it is a direct identifier and how it is treated, the
 * k-anonymity of the quasi-identifiers (with the equivalence classes that violate it and a generalisation that would
 * fix it), and every problem that blocks publication. {@code passed} is true exactly when {@code problems} is empty.
 */
public record ReleaseReport(boolean passed, long rows, long batchId, List<ColumnCheck> columns, KCheck kAnonymity, List<String> problems) {

    /**
     * @param directIdentifier why the column identifies people (item sensitivity or detected kind), null when it does not
     * @param treatment        DROP, a masking rule spec, or null (kept as is)
     * @param required         the public masking profile's rule for a direct identifier (DROP or NULLIFY also accepted)
     * @param residual         what the detector still finds in the treated values, null when nothing
     * @param ok               false when the column would leak
     */
    public record ColumnCheck(String item, String label, String directIdentifier, String treatment, String required, String residual,
            boolean ok) {}

    /** One equivalence class below k: its quasi-identifier values (after generalisation) and size. */
    public record SmallClass(List<String> values, long size) {}

    /**
     * @param suggestion generalisation per quasi-identifier (as masking specs) that passes, null when none was needed or found
     */
    public record KCheck(int k, List<String> quasiIdentifiers, long classes, long violatingClasses, long violatingRows,
            List<SmallClass> smallest, Map<String, String> suggestion, Long suggestionViolatingRows) {

        public boolean passes() {
            return violatingClasses == 0;
        }
    }
}
