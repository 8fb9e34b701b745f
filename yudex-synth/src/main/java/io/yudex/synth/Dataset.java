package io.yudex.synth;

import java.util.EnumSet;
import java.util.List;
import java.util.Set;

import static io.yudex.synth.DefectKind.*;

/**
 * The data sets the generator can write. Column names are the data item names of the demo catalog
 * resources; dates are {@code yyyy-MM-dd}, amounts plain decimals with two places.
 */
public enum Dataset {
    /** 全省户籍人口基本信息 (公安厅). Row {@code i} is person {@code i}. */
    POPULATION("population", List.of("sfzhm", "xm", "xb", "csrq", "mz", "hjdz", "xzqh"),
            List.of("sfzhm"), "sfzhm", "xm", "csrq", List.of("sfzhm", "xm", "xb", "csrq", "xzqh"),
            EnumSet.of(CHECK_DIGIT, FULL_WIDTH_DIGITS, LOWER_CASE_LETTER, MISSING_VALUE, NAME_TYPO, DATE_FORMAT,
                    IMPOSSIBLE_DATE, CONFLICTING_BIRTH_DATE, CONFLICTING_SEX, DUPLICATE_KEY)),
    /** 社会保险参保信息 (人社厅): three lines (养老 110, 失业 210, 工伤 410) per working-age person. */
    SOCIAL_INSURANCE("social_insurance", List.of("sfzhm", "xm", "xz", "cbzt", "cbdw", "jfjs"),
            List.of("sfzhm", "xz"), "sfzhm", "xm", null, List.of("sfzhm", "xm", "xz", "cbzt"),
            EnumSet.of(CHECK_DIGIT, FULL_WIDTH_DIGITS, LOWER_CASE_LETTER, MISSING_VALUE, NAME_TYPO, CONFLICTING_NAME,
                    DUPLICATE_KEY)),
    /** 市场主体登记信息 (市场监管局); {@code zczb} in 10,000 yuan (万元). Row {@code i} is entity {@code i}. */
    ENTERPRISE("enterprise", List.of("tyshxydm", "qymc", "qylx", "fddbr", "zczb", "clrq", "zs", "djjg"),
            List.of("tyshxydm"), "tyshxydm", "qymc", "clrq", List.of("tyshxydm", "qymc", "qylx", "clrq"),
            EnumSet.of(CHECK_DIGIT, FULL_WIDTH_DIGITS, LOWER_CASE_LETTER, MISSING_VALUE, NAME_TYPO, DATE_FORMAT,
                    IMPOSSIBLE_DATE, DUPLICATE_KEY)),
    /** 行政处罚信息（市场监管）, 双公示; penalised entities come from the enterprise space. */
    ADMIN_PENALTY("admin_penalty", List.of("cfwsh", "xdrmc", "tyshxydm", "wfxw", "cfnr", "cfjdrq"),
            List.of("cfwsh"), "tyshxydm", "xdrmc", "cfjdrq", List.of("cfwsh", "xdrmc", "cfjdrq"),
            EnumSet.of(CHECK_DIGIT, FULL_WIDTH_DIGITS, LOWER_CASE_LETTER, MISSING_VALUE, NAME_TYPO, DATE_FORMAT,
                    IMPOSSIBLE_DATE, CONFLICTING_NAME, DUPLICATE_KEY)),
    /** 机动车登记信息 (公安厅交管); owners come from the population or enterprise space. */
    VEHICLE("vehicle", List.of("hphm", "hpzl", "clpp", "syr", "ccdjrq", "zt"),
            List.of("hphm"), "hphm", "syr", "ccdjrq", List.of("hphm", "hpzl", "ccdjrq"),
            EnumSet.of(FULL_WIDTH_DIGITS, LOWER_CASE_LETTER, MISSING_VALUE, NAME_TYPO, DATE_FORMAT, IMPOSSIBLE_DATE,
                    DUPLICATE_KEY)),
    /** 食品生产经营许可信息; licensees come from the enterprise space. */
    LICENCE("licence", List.of("xkzbh", "jyzmc", "tyshxydm", "jyxm", "yxqz"),
            List.of("xkzbh"), "tyshxydm", "jyzmc", "yxqz", List.of("xkzbh", "jyzmc"),
            EnumSet.of(CHECK_DIGIT, FULL_WIDTH_DIGITS, LOWER_CASE_LETTER, MISSING_VALUE, NAME_TYPO, DATE_FORMAT,
                    IMPOSSIBLE_DATE, CONFLICTING_NAME, DUPLICATE_KEY));

    private final String id;
    private final List<String> columns;
    private final List<String> keyColumns;
    private final String identifierColumn;
    private final String nameColumn;
    private final String dateColumn;
    private final List<String> requiredColumns;
    private final Set<DefectKind> defectKinds;

    Dataset(String id, List<String> columns, List<String> keyColumns, String identifierColumn, String nameColumn,
            String dateColumn, List<String> requiredColumns, Set<DefectKind> defectKinds) {
        this.id = id;
        this.columns = columns;
        this.keyColumns = keyColumns;
        this.identifierColumn = identifierColumn;
        this.nameColumn = nameColumn;
        this.dateColumn = dateColumn;
        this.requiredColumns = requiredColumns;
        this.defectKinds = defectKinds;
    }

    /** The CLI name, e.g. {@code social_insurance}. */
    public String id() {
        return id;
    }

    /** The dataset with this CLI name. @throws IllegalArgumentException for an unknown name */
    public static Dataset fromId(String id) {
        for (Dataset d : values()) {
            if (d.id.equals(id)) {
                return d;
            }
        }
        throw new IllegalArgumentException("Unknown dataset '" + id + "'; expected one of "
                + java.util.Arrays.stream(values()).map(Dataset::id).toList());
    }

    /** Header columns in order. */
    public List<String> columns() {
        return columns;
    }

    /** Columns that identify a row; duplicated by {@link DefectKind#DUPLICATE_KEY}. */
    public List<String> keyColumns() {
        return keyColumns;
    }

    /** The column holding a checked national identifier (or the plate number for vehicles). */
    public String identifierColumn() {
        return identifierColumn;
    }

    /** The column holding a person or entity name. */
    public String nameColumn() {
        return nameColumn;
    }

    /** The date column that date defects touch; null when the dataset has none. */
    public String dateColumn() {
        return dateColumn;
    }

    /** Columns the catalog marks required (R). */
    public List<String> requiredColumns() {
        return requiredColumns;
    }

    /** The defect kinds rows of this dataset can get. */
    public Set<DefectKind> defectKinds() {
        return EnumSet.copyOf(defectKinds);
    }

    int column(String name) {
        return columns.indexOf(name);
    }
}
