package io.yudex.standards.identifier;

import java.util.Arrays;
import java.util.Optional;

/**
 * The registration-department character that opens a unified social credit code. GB 32100-2015
 * itself assigns 1, 5, 9 and Y; the others were assigned by later national notices (⚠ not
 * confirmed against the official text), which is why an unknown character is only a warning.
 */
public enum RegistrationDepartment {
    ESTABLISHMENT_ADMINISTRATION('1', "机构编制"),
    FOREIGN_AFFAIRS('2', "外交"),
    JUDICIAL_ADMINISTRATION('3', "司法行政"),
    CULTURE('4', "文化"),
    CIVIL_AFFAIRS('5', "民政"),
    TOURISM('6', "旅游"),
    RELIGIOUS_AFFAIRS('7', "宗教"),
    TRADE_UNION('8', "工会"),
    MARKET_REGULATION('9', "工商"),
    MILITARY_ESTABLISHMENT('A', "中央军委改革和编制办公室"),
    AGRICULTURE('N', "农业"),
    OTHER('Y', "其他");

    private final char code;
    private final String chineseName;

    RegistrationDepartment(char code, String chineseName) {
        this.code = code;
        this.chineseName = chineseName;
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
}
