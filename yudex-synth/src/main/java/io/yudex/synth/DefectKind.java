package io.yudex.synth;

/**
 * A realistic fault put into one row. Each defective row gets exactly one kind; which kinds a
 * dataset can get is {@link Dataset#defectKinds()}. "Identifier" is the dataset's
 * {@link Dataset#identifierColumn()}, "name" its {@link Dataset#nameColumn()} and "date" its
 * {@link Dataset#dateColumn()}.
 */
public enum DefectKind {
    /** The identifier's check character is wrong (validation reports {@code CHECK_DIGIT}). */
    CHECK_DIGIT,
    /** The identifier's digits are full-width ({@code ４１０１…}); valid after normalisation. */
    FULL_WIDTH_DIGITS,
    /** The identifier's letters are lower case ({@code …123x}, {@code 91410100ma…}, {@code 豫a12345}). */
    LOWER_CASE_LETTER,
    /** A required column (one of {@link Dataset#requiredColumns()}) is empty. */
    MISSING_VALUE,
    /** One character of the name is replaced by a similar-looking or same-sounding one. */
    NAME_TYPO,
    /** The date is written {@code 2023/1/5}, {@code 2023年1月5日} or {@code 20230105}. */
    DATE_FORMAT,
    /** The date does not exist, e.g. {@code 2023-02-30}; the year is kept. */
    IMPOSSIBLE_DATE,
    /**
     * The name differs from the one the owning department holds: social insurance gives the person
     * another given name than population does; penalties and licences give the entity another name
     * than its registration.
     */
    CONFLICTING_NAME,
    /** Population: {@code csrq} differs from the birth date inside {@code sfzhm}. */
    CONFLICTING_BIRTH_DATE,
    /** Population: {@code xb} contradicts the sex encoded in {@code sfzhm}. */
    CONFLICTING_SEX,
    /** The key columns repeat those of an earlier clean row (within the last 1,000 rows). */
    DUPLICATE_KEY
}
