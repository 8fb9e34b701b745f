package io.yudex.ingest.batch;

import io.yudex.catalog.Sensitivity;
import io.yudex.data.ColumnProfile;
import io.yudex.standards.detect.SensitiveKind;

/**
 * A column's profile in a batch, the sensitive data detected in it and, when the catalog rates the data item lower
 * than the detection suggests, the sensitivity a data admin should confirm.
 *
 * @param detectedShare share of the sampled values that are of the detected kind (0–1), null when nothing detected
 */
public record ColumnReport(ColumnProfile profile, SensitiveKind detected, Double detectedShare, Sensitivity declared,
        Sensitivity suggested) {

    /** The sensitivity a detected kind implies (GB/T 35273: identity documents and bank accounts are sensitive). */
    static Sensitivity impliedBy(SensitiveKind kind) {
        return switch (kind) {
            case CITIZEN_ID, BANK_CARD -> Sensitivity.SENSITIVE_PERSONAL;
            case MOBILE, EMAIL, LANDLINE, LICENCE_PLATE, CHINESE_NAME, ADDRESS -> Sensitivity.PERSONAL;
            case USCC -> Sensitivity.NONE;
        };
    }
}
