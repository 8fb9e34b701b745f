package io.yudex.standards.identifier;

import java.util.Arrays;
import java.util.Optional;

/**
 * The registration-department character that opens a unified social credit code, with the
 * entity-type characters (position 2) each department assigns. GB 32100-2015 table 1 itself
 * assigns departments 1, 5, 9 and Y and their types ({@link #fromStandard()}); the others were
 * assigned by later national notices (⚠ not confirmed against the official text), so an
 * unexpected entity type under them is only a warning.
 */
public enum RegistrationDepartment {
    ESTABLISHMENT_ADMINISTRATION('1', "机构编制", "1239", true),
    FOREIGN_AFFAIRS('2', "外交", "19", false),
    JUDICIAL_ADMINISTRATION('3', "司法行政", "123459", false),
    CULTURE('4', "文化", "19", false),
    CIVIL_AFFAIRS('5', "民政", "1239", true),
    TOURISM('6', "旅游", "129", false),
    RELIGIOUS_AFFAIRS('7', "宗教", "129", false),
    TRADE_UNION('8', "工会", "19", false),
    MARKET_REGULATION('9', "工商", "123", true),
    MILITARY_ESTABLISHMENT('A', "中央军委改革和编制办公室", "19", false),
    AGRICULTURE('N', "农业", "1239", false),
    OTHER('Y', "其他", "1", true);

    private final char code;
    private final String chineseName;
    private final String entityTypes;
    private final boolean fromStandard;

    RegistrationDepartment(char code, String chineseName, String entityTypes, boolean fromStandard) {
        this.code = code;
        this.chineseName = chineseName;
        this.entityTypes = entityTypes;
        this.fromStandard = fromStandard;
    }

    /** The department for a code character, or empty if it is not a known assignment. */
    public static Optional<RegistrationDepartment> of(char code) {
        return Arrays.stream(values()).filter(d -> d.code == code).findFirst();
    }

    public char code() {
        return code;
    }

    /** The department's name as the standard writes it. */
    public String chineseName() {
        return chineseName;
    }

    /**
     * The entity-type characters this department assigns, e.g. {@code 123} for 工商 (企业,
     * 个体工商户, 农民专业合作社) and {@code 1239} for 机构编制 (机关, 事业单位, 群众团体, 其他).
     */
    public String entityTypes() {
        return entityTypes;
    }

    /** Whether {@code type} is one of {@link #entityTypes()}. */
    public boolean assignsEntityType(char type) {
        return entityTypes.indexOf(type) >= 0;
    }

    /** True for the departments (and their types) that GB 32100-2015 table 1 itself assigns: 1, 5, 9, Y. */
    public boolean fromStandard() {
        return fromStandard;
    }
}
