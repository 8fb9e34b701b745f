package io.yudex.opendata;

import java.util.List;
import java.util.Map;

/**
 * What a data admin asks to open: the quasi-identifiers to check for k-anonymity and, per data item (its name), a
 * treatment — {@link #DROP} or a masking rule spec of io.yudex.standards.masking (e.g. {@code DATE_SHOW_YEAR},
 * {@code GENERALISE_DIVISION(CITY)}, {@code MASK_SHOW_FIRST_LAST(1,0)}). Items without a treatment are released as
 * they are. {@code k} null means the configured default.
 */
public record ReleasePlan(String resourceCode, List<String> quasiIdentifiers, Map<String, String> treatments, Integer k, String note) {

    public static final String DROP = "DROP";

    public ReleasePlan {
        quasiIdentifiers = quasiIdentifiers == null ? List.of() : List.copyOf(quasiIdentifiers);
        treatments = treatments == null ? Map.of() : Map.copyOf(treatments);
    }

    /** The treatment of an item, or null to keep it as it is. */
    public String treatmentOf(String item) {
        return treatments.get(item);
    }
}
