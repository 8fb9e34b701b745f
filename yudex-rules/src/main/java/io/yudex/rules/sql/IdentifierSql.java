package io.yudex.rules.sql;

import static io.yudex.rules.sql.DuckDbSqlCompiler.literal;
import static io.yudex.rules.sql.SqlText.digits;
import static io.yudex.rules.sql.SqlText.in;
import static io.yudex.rules.sql.SqlText.part;

import io.yudex.rules.IdentifierType;
import io.yudex.standards.division.Division;
import io.yudex.standards.division.DivisionRegistry;
import io.yudex.standards.identifier.MobileNumber;
import io.yudex.standards.identifier.ProvinceParts;
import io.yudex.standards.identifier.RegistrationDepartment;
import io.yudex.standards.identifier.UnifiedSocialCreditCode;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.function.UnaryOperator;
import java.util.stream.Collectors;

/**
 * The national identifier checks as DuckDB SQL, reason for reason: for each type a cheap <em>fast test</em> that is true
 * only for values the Java check passes without any reason (the common case, one regex and integer arithmetic), and
 * the full list of reasons for the rest, computed over the value normalised as {@code IdentifierText} does. The Java
 * checks in {@code yudex-standards} are the reference; {@code IdentifierSqlTest} requires both to give the same codes and
 * severities in the same order on generated valid, invalid and edge values. The empty value ({@code EMPTY}) is not
 * compiled: a rule passes blank values before it would be reached. {@link IdentifierType#E_LICENCE} is not compiled.
 */
final class IdentifierSql {

    /** One reason: {@code condition} over the normalised value {@code n} (and the raw one), a code and its severity. */
    record Hit(String condition, String code, boolean warning) {}

    private static final int[] ID_WEIGHTS = {7, 9, 10, 5, 8, 4, 2, 1, 6, 3, 7, 9, 10, 5, 8, 4, 2};
    private static final int[] USCC_WEIGHTS = {1, 3, 9, 27, 19, 26, 16, 17, 20, 29, 25, 13, 8, 24, 10, 30, 28};
    private static final int[] ORG_WEIGHTS = {3, 7, 9, 10, 5, 8, 4, 2};
    private static final String USCC_CLASS = "[0-9A-HJ-NP-RTUWXY]";
    private static final String BASE36 = "0123456789ABCDEFGHIJKLMNOPQRSTUVWXYZ";
    private static final String PLATE_PROVINCES = "京津沪渝冀豫云辽黑湘皖鲁新苏浙赣鄂桂甘晋蒙陕吉闽贵粤青藏川宁琼";
    private static final String PLATE_CHAR = "[A-HJ-NP-Z0-9]";
    private static final String PLATE_REST = "[A-HJ-NP-Z](?:[DF]" + PLATE_CHAR + "[0-9]{4}|[0-9]{5}[DF]|" + PLATE_CHAR + "{4}(?:" + PLATE_CHAR
            + "|[挂学警港澳领使]))";
    private static final String EMAIL_LOCAL = "[A-Za-z0-9!#$%&'*+/=?^_`{|}~-]+(?:\\.[A-Za-z0-9!#$%&'*+/=?^_`{|}~-]+)*";
    private static final String EMAIL_LABEL = "[a-z0-9](?:[a-z0-9-]{0,61}[a-z0-9])?";

    private final DivisionRegistry registry;
    private final boolean requireKnownAddress;
    private final int todayYmd;
    private final String provinces;
    private final String registered;

    IdentifierSql(DivisionRegistry registry, boolean requireKnownAddress, LocalDate today) {
        this.registry = Objects.requireNonNull(registry, "registry");
        this.requireKnownAddress = requireKnownAddress;
        this.todayYmd = today.getYear() * 10_000 + today.getMonthValue() * 100 + today.getDayOfMonth();
        this.provinces = ProvinceParts.ASSIGNED.stream().sorted().map(DuckDbSqlCompiler::literal).collect(Collectors.joining(", "));
        this.registered = registry.all().stream().map(Division::code).sorted().map(DuckDbSqlCompiler::literal).collect(Collectors.joining(", "));
    }

    static boolean compiles(IdentifierType type) {
        return type != IdentifierType.E_LICENCE;
    }

    /**
     * True only for raw values {@code v} (not null) the Java check passes without a reason. {@code known} tells whether
     * {@link #divisionPart}{@code (type, v)} is a code of the division table (a join against {@link #divisionTable()}:
     * an {@code IN} list of 3,000 codes is compared one by one); null for the other types.
     */
    String fast(IdentifierType type, String v, String known, String pre) {
        return switch (type) {
            case CITIZEN_ID -> "coalesce(" + pre + " IS NOT NULL AND " + citizenIdFast(v, known, pre) + ", false)";
            case DIVISION_CODE -> known;
            case USCC -> "coalesce(CASE WHEN regexp_full_match(" + v + ", '" + USCC_CLASS + "{18}') THEN " + usccFast(v, known) + " ELSE false END, false)";
            case ORG_CODE -> "coalesce(CASE WHEN regexp_full_match(" + v + ", '[0-9A-Z]{8}[0-9X]') THEN " + orgCheck(part(v, 0, 8)) + " = " + part(v, 8, 9)
                    + " ELSE false END, false)";
            case MOBILE -> "(regexp_full_match(" + v + ", '1[0-9]{10}') AND " + in(part(v, 0, 3), MobileNumber.SEGMENTS) + ")";
            case LANDLINE -> "regexp_full_match(" + v + ", '0(?:10|2[0-9])[2-9][0-9]{7}|0[3-9][0-9]{2}[2-9][0-9]{6,7}')";
            case POSTAL_CODE -> "regexp_full_match(" + v + ", '(?:0[1-9]|[1-8][0-9])[0-9]{4}')";
            case EMAIL -> "(regexp_full_match(" + v + ", " + literal(EMAIL_LOCAL + "@(?:" + EMAIL_LABEL + "\\.)+[a-z]{2,63}") + ") AND length(" + v
                    + ") <= 254 AND instr(" + v + ", '@') <= 65)";
            case BANK_CARD -> "coalesce(CASE WHEN regexp_full_match(" + v + ", '[0-9]{16,19}') THEN " + luhnOk(v) + " ELSE false END, false)";
            case LICENCE_PLATE -> "regexp_full_match(" + v + ", " + literal("[" + PLATE_PROVINCES + "]" + PLATE_REST) + ")";
            case E_LICENCE -> throw new IllegalArgumentException("e-licence identifiers are checked in Java");
        };
    }

    /** The steps from the raw value to the normalised form the reasons read, each over the previous step's result. */
    List<UnaryOperator<String>> normalisation(IdentifierType type) {
        List<UnaryOperator<String>> steps = new ArrayList<>(SqlText.normalise());
        switch (type) {
            case CITIZEN_ID, DIVISION_CODE, USCC, POSTAL_CODE -> { }
            case ORG_CODE -> steps.add(n -> "CASE WHEN length(" + n + ") = 10 AND substr(" + n + ", 9, 1) = '-' THEN substr(" + n + ", 1, 8) || substr("
                    + n + ", 10, 1) ELSE " + n + " END");
            case MOBILE -> {
                steps.addAll(SqlText.compact());
                steps.add(c -> "CASE WHEN length(" + c + ") = 13 AND starts_with(" + c + ", '86') THEN substr(" + c + ", 3) ELSE " + c + " END");
            }
            case LANDLINE -> {
                steps.addAll(SqlText.compact());
                steps.add(c -> "CASE WHEN starts_with(" + c + ", '86') AND length(" + c + ") >= 11 THEN '0' || substr(" + c + ", 3) ELSE " + c + " END");
            }
            case BANK_CARD -> steps.addAll(SqlText.compact());
            case LICENCE_PLATE -> steps.add(n -> "regexp_replace(" + n + ", '[·•\\t\\n\\x0B\\f\\r \\-\\x{3000}]', '', 'g')");
            case EMAIL -> {
                steps.clear();
                steps.add(SqlText::strip);
                steps.add(SqlText::utf16);
            }
            case E_LICENCE -> throw new IllegalArgumentException("e-licence identifiers are checked in Java");
        }
        return steps;
    }

    /**
     * The part of the normalised value {@code n} whose presence in the division table a reason needs (the registry is
     * one list, looked up once per row into a helper column), or empty.
     */
    Optional<String> divisionPart(IdentifierType type, String n) {
        return switch (type) {
            case CITIZEN_ID -> Optional.of(part(n, 0, 6));
            case DIVISION_CODE -> Optional.of(n);
            case USCC -> Optional.of(part(n, 2, 8));
            default -> Optional.empty();
        };
    }

    /** The division table as a relation with one column {@code code} (VARCHAR, unique). */
    String divisionTable() {
        return "(SELECT * FROM (VALUES " + registry.all().stream().map(Division::code).sorted().map(c -> "(" + literal(c) + ")")
                .collect(Collectors.joining(", ")) + ") d(code))";
    }

    /**
     * Helper columns the reasons of {@code type} read, in order, each a name suffix and an expression over the
     * normalised value {@code n} and the helpers before it ({@code helper.apply(suffix)} names one): computing a
     * sub-expression once keeps the reasons query small.
     */
    List<Map.Entry<String, String>> helpers(IdentifierType type, String n, UnaryOperator<String> helper) {
        if (type != IdentifierType.CITIZEN_ID) {
            return List.of();
        }
        String len = "length(" + n + ")";
        String long8 = "CASE WHEN regexp_full_match(" + part(n, 6, 14) + ", '[0-9]{8}') THEN TRY_CAST(" + part(n, 6, 14) + " AS INTEGER) END";
        String legacy8 = "CASE WHEN regexp_full_match(" + part(n, 6, 12) + ", '[0-9]{6}') THEN 19000000 + TRY_CAST(" + part(n, 6, 12) + " AS INTEGER) END";
        String ymd = "CASE WHEN " + len + " = 18 THEN " + long8 + " WHEN " + len + " = 15 THEN " + legacy8 + " END";
        return List.of(Map.entry("y", ymd), Map.entry("r", "coalesce(" + realDate(helper.apply("y")) + " AND " + helper.apply("y") + " >= 18000101, false)"));
    }

    /** Whether {@code text} is a code of the division table. */
    String registered(String text) {
        return "coalesce(" + text + " IN (" + registered + "), false)";
    }

    /**
     * Every reason in the Java order (errors, then warnings), as conditions over the normalised value {@code n} (not
     * empty) and {@code known}, whether its {@link #divisionPart} is in the division table (null for other types).
     */
    List<Hit> reasons(IdentifierType type, String n, String known, UnaryOperator<String> helper) {
        return switch (type) {
            case CITIZEN_ID -> citizenId(n, known, helper.apply("y"), helper.apply("r"));
            case DIVISION_CODE -> divisionCode(n, known);
            case USCC -> uscc(n, known);
            case ORG_CODE -> orgCode(n);
            case MOBILE -> List.of(error("length(" + n + ") <> 11", "LENGTH"), error("NOT " + digits(n), "CHARACTERS"),
                    error("length(" + n + ") = 11 AND " + digits(n) + " AND NOT " + in(part(n, 0, 3), MobileNumber.SEGMENTS), "NUMBER_SEGMENT"));
            case LANDLINE -> landline(n);
            case POSTAL_CODE -> List.of(error("length(" + n + ") <> 6", "LENGTH"), error("NOT " + digits(n), "CHARACTERS"),
                    error("length(" + n + ") = 6 AND " + digits(n) + " AND (starts_with(" + n + ", '00') OR starts_with(" + n + ", '9'))", "REGION_CODE"));
            case EMAIL -> email(n);
            case BANK_CARD -> List.of(error("(length(" + n + ") < 16 OR length(" + n + ") > 19)", "LENGTH"), error("NOT " + digits(n), "CHARACTERS"),
                    error("length(" + n + ") >= 2 AND " + digits(n) + " AND NOT " + luhnOk(n), "CHECK_DIGIT"));
            case LICENCE_PLATE -> List.of(error("NOT regexp_matches(" + n + ", " + literal("^[" + PLATE_PROVINCES + "]") + ")", "PROVINCE"),
                    error("regexp_matches(" + n + ", " + literal("^[" + PLATE_PROVINCES + "]") + ") AND NOT regexp_full_match(substr(" + n + ", 2), "
                            + literal(PLATE_REST) + ")", "FORMAT"));
            case E_LICENCE -> throw new IllegalArgumentException("e-licence identifiers are checked in Java");
        };
    }

    // --- GB 11643 citizen ID -------------------------------------------------------------------------------------

    /**
     * A value computed once per row (in a projection of its own) that {@link #fast} reads as {@code pre}, or empty: for a
     * citizen ID its first 17 characters as a number when it is 17 digits and a digit or X.
     */
    Optional<String> fastInput(IdentifierType type, String v) {
        return type == IdentifierType.CITIZEN_ID
                ? Optional.of("CASE WHEN regexp_full_match(" + v + ", '[0-9]{17}[0-9X]') THEN TRY_CAST(left(" + v + ", 17) AS BIGINT) END")
                : Optional.empty();
    }

    /** For {@code n17}, the first 17 digits as a number: check digit, assigned province, plausible birth, known address. */
    private String citizenIdFast(String v, String known, String n17) {
        return "(" + citizenCheckChar(n17, true) + " = right(" + v + ", 1) AND " + plausibleBirth("CAST(" + n17 + " // 1000 % 100000000 AS INTEGER)")
                + " AND " + known + " AND CAST(" + n17 + " // 1000000000000000 AS INTEGER) IN (" + ProvinceParts.ASSIGNED.stream().sorted()
                .map(x -> String.valueOf(Integer.parseInt(x))).collect(Collectors.joining(", ")) + "))";
    }

    /** The check character of the first 17 digits: of a BIGINT when {@code numeric}, else of a text of 17 digits. */
    private static String citizenCheckChar(String first17, boolean numeric) {
        List<String> terms = new ArrayList<>();
        for (int i = 0; i < 17; i++) {
            String digit = numeric ? "(" + first17 + " // " + pow10(16 - i) + " % 10)" : "TRY_CAST(substr(" + first17 + ", " + (i + 1) + ", 1) AS INTEGER)";
            terms.add(digit + " * " + ID_WEIGHTS[i]);
        }
        return "substr('10X98765432', CAST((" + String.join(" + ", terms) + ") % 11 AS INTEGER) + 1, 1)";
    }

    private static String pow10(int k) {
        return "1" + "0".repeat(k);
    }

    /** A real date yyyymmdd from 1800-01-01 to today, of an INTEGER expression. */
    private String plausibleBirth(String ymd) {
        return "(" + realDate(ymd) + " AND " + ymd + " BETWEEN 18000101 AND " + todayYmd + ")";
    }

    private static String realDate(String ymd) {
        String y = "(" + ymd + " // 10000)";
        String m = "(" + ymd + " // 100 % 100)";
        String d = "(" + ymd + " % 100)";
        return "(" + m + " BETWEEN 1 AND 12 AND " + d + " >= 1 AND " + d + " <= CASE WHEN " + m + " = 2 THEN CASE WHEN " + y + " % 4 = 0 AND (" + y
                + " % 100 <> 0 OR " + y + " % 400 = 0) THEN 29 ELSE 28 END WHEN " + m + " IN (4, 6, 9, 11) THEN 30 ELSE 31 END)";
    }

    /** {@code ymd}: the birth date as yyyymmdd (NULL unless digits); {@code plausible}: a real date not before 1800. */
    private List<Hit> citizenId(String n, String known, String ymd, String plausible) {
        String len = "length(" + n + ")";
        String digits6 = "regexp_full_match(" + part(n, 0, 6) + ", '[0-9]{6}')";
        String province = part(n, 0, 2) + " IN (" + provinces + ")";
        String unknownAddress = len + " IN (15, 18) AND " + digits6 + " AND " + province + " AND NOT " + known;
        String characters = "CASE WHEN " + len + " = 15 THEN NOT " + digits(n) + " ELSE NOT " + digits(n) + " AND NOT regexp_full_match(" + n
                + ", '[0-9]{17}X[0-9]*') END";
        String birthInvalid = "(" + ymd + " IS NOT NULL AND NOT " + plausible + ")";
        String birthFuture = "(" + plausible + " AND " + ymd + " > " + todayYmd + ")";
        String addressCode = len + " IN (15, 18) AND " + digits6 + " AND NOT " + province;
        List<Hit> hits = new ArrayList<>(List.of(
                error(len + " NOT IN (15, 18)", "LENGTH"),
                error(characters, "CHARACTERS"),
                error(addressCode, "ADDRESS_CODE"),
                error(birthInvalid, "BIRTH_DATE_INVALID"),
                error(birthFuture, "BIRTH_DATE_FUTURE"),
                error(len + " = 18 AND regexp_full_match(" + n + ", '[0-9]{17}[0-9X]') AND " + citizenCheckChar(part(n, 0, 17), false) + " <> right(" + n
                        + ", 1)", "CHECK_DIGIT")));
        if (requireKnownAddress) {
            hits.add(error(unknownAddress, "ADDRESS_UNKNOWN"));
        }
        String legacyClean = len + " = 15 AND " + digits(n) + " AND " + province + " AND NOT " + birthInvalid + " AND NOT " + birthFuture
                + (requireKnownAddress ? " AND NOT (" + unknownAddress + ")" : "");
        hits.add(warning(legacyClean, "LEGACY_FORMAT"));
        if (!requireKnownAddress) {
            hits.add(warning(unknownAddress, "ADDRESS_UNKNOWN"));
        }
        return hits;
    }

    /** The 18-digit form of a valid normalised citizen ID {@code n} (15-digit numbers upgraded). */
    static String citizenId18(String n) {
        String first17 = "(substr(" + n + ", 1, 6) || '19' || substr(" + n + ", 7, 9))";
        return "CASE WHEN length(" + n + ") = 15 THEN " + first17 + " || " + citizenCheckChar(first17, false) + " ELSE " + n + " END";
    }

    // --- GB/T 2260 division code ------------------------------------------------------------------------------

    private List<Hit> divisionCode(String n, String known) {
        String wellFormed = "length(" + n + ") = 6 AND " + digits(n);
        return List.of(error("length(" + n + ") <> 6", "LENGTH"), error("NOT " + digits(n), "CHARACTERS"),
                error(wellFormed + " AND " + part(n, 0, 2) + " NOT IN (" + provinces + ")", "REGION_CODE"),
                error(wellFormed + " AND " + part(n, 0, 2) + " IN (" + provinces + ") AND NOT " + known, "DIVISION_UNKNOWN"));
    }

    // --- GB 32100 USCC and GB 11714 organisation code -------------------------------------------------------------

    private String usccFast(String v, String known) {
        List<String> pairs = new ArrayList<>();
        for (RegistrationDepartment d : RegistrationDepartment.values()) {
            if (d.fromStandard()) {
                d.entityTypes().chars().forEach(t -> pairs.add("" + d.code() + (char) t));
            }
        }
        String region = part(v, 2, 8);
        return "(" + usccCheckChar(v) + " = right(" + v + ", 1) AND " + in(part(v, 0, 2), pairs) + " AND regexp_full_match(" + region
                + ", '[0-9]{6}') AND (" + region + " = '100000' OR (" + part(v, 2, 4) + " IN (" + provinces + ") AND " + known + ")) AND " + orgCheck(part(v, 8, 16)) + " = " + part(v, 16, 17) + ")";
    }

    private static String usccCheckChar(String s) {
        List<String> terms = new ArrayList<>();
        for (int i = 0; i < 17; i++) {
            terms.add("(instr(" + literal(UnifiedSocialCreditCode.ALPHABET) + ", substr(" + s + ", " + (i + 1) + ", 1)) - 1) * " + USCC_WEIGHTS[i]);
        }
        return "substr(" + literal(UnifiedSocialCreditCode.ALPHABET) + ", CAST((31 - (" + String.join(" + ", terms) + ") % 31) % 31 AS INTEGER) + 1, 1)";
    }

    /** GB 11714's check character of eight characters {@code 0-9 A-Z}. */
    private static String orgCheck(String first8) {
        List<String> terms = new ArrayList<>();
        for (int i = 0; i < 8; i++) {
            terms.add("(instr('" + BASE36 + "', substr(" + first8 + ", " + (i + 1) + ", 1)) - 1) * " + ORG_WEIGHTS[i]);
        }
        String check = "(11 - (" + String.join(" + ", terms) + ") % 11)";
        return "CASE WHEN " + check + " = 10 THEN 'X' ELSE CAST(" + check + " % 11 AS VARCHAR) END";
    }

    private List<Hit> uscc(String n, String known) {
        String len18 = "length(" + n + ") = 18";
        String alphabet = "regexp_full_match(" + n + ", '" + USCC_CLASS + "*')";
        String department = part(n, 0, 1);
        String type = part(n, 1, 2);
        List<String> assigned = new ArrayList<>();
        List<String> standardPairs = new ArrayList<>();
        List<String> later = new ArrayList<>();
        for (RegistrationDepartment d : RegistrationDepartment.values()) {
            assigned.add(String.valueOf(d.code()));
            if (d.fromStandard()) {
                d.entityTypes().chars().forEach(t -> standardPairs.add("" + d.code() + (char) t));
            } else {
                later.add(String.valueOf(d.code()));
            }
        }
        List<String> standard = Arrays.stream(RegistrationDepartment.values()).filter(RegistrationDepartment::fromStandard)
                .map(d -> String.valueOf(d.code())).toList();
        String region = part(n, 2, 8);
        String regionDigits = "regexp_full_match(" + region + ", '[0-9]{6}')";
        String orgPart = part(n, 8, 17);
        return List.of(
                error("length(" + n + ") <> 18", "LENGTH"),
                error("NOT " + alphabet, "CHARACTERS"),
                error(len18 + " AND NOT " + in(department, assigned), "REGISTRATION_DEPARTMENT"),
                error(len18 + " AND " + in(department, standard) + " AND NOT " + in(department + " || " + type, standardPairs), "ENTITY_TYPE"),
                error(len18 + " AND (NOT " + regionDigits + " OR (" + region + " <> '100000' AND " + part(n, 2, 4) + " NOT IN (" + provinces + ")))",
                        "REGION_CODE"),
                error(len18 + " AND regexp_full_match(" + orgPart + ", '" + USCC_CLASS + "*') AND (NOT regexp_full_match(" + part(n, 16, 17)
                        + ", '[0-9X]') OR " + orgCheck(part(n, 8, 16)) + " <> " + part(n, 16, 17) + ")", "ORGANIZATION_CODE_CHECK"),
                error(len18 + " AND " + alphabet + " AND " + usccCheckChar(n) + " <> right(" + n + ", 1)", "CHECK_DIGIT"),
                warning(len18 + " AND " + in(department, later), "ENTITY_TYPE"),
                warning(len18 + " AND " + region + " <> '100000' AND " + regionDigits + " AND NOT " + known,
                        "REGION_UNKNOWN"));
    }

    private List<Hit> orgCode(String n) {
        String shapeOk = "length(" + n + ") = 9 AND regexp_full_match(" + n + ", '[0-9A-Z]{0,8}[0-9X]*')";
        return List.of(error("length(" + n + ") <> 9", "LENGTH"),
                error("NOT regexp_full_match(" + n + ", '[0-9A-Z]{0,8}[0-9X]*')", "CHARACTERS"),
                error(shapeOk + " AND " + orgCheck(part(n, 0, 8)) + " <> " + part(n, 8, 9), "CHECK_DIGIT"));
    }

    // --- telephone numbers, e-mail, bank cards --------------------------------------------------------------------

    private List<Hit> landline(String n) {
        String area = "(" + digits(n) + " AND NOT (starts_with(" + n + ", '0') AND length(" + n + ") >= 3 AND substr(" + n + ", 2, 1) <> '0'))";
        String area01 = "(" + digits(n) + " AND NOT " + area + " AND substr(" + n + ", 2, 1) = '1' AND substr(" + n + ", 3, 1) <> '0')";
        String passed = "(" + digits(n) + " AND NOT " + area + " AND NOT " + area01 + ")";
        String two = "substr(" + n + ", 2, 1) IN ('1', '2')";
        String localLength = "length(" + n + ") - CASE WHEN " + two + " THEN 3 ELSE 4 END";
        String lengthOk = "CASE WHEN " + two + " THEN " + localLength + " = 8 ELSE " + localLength + " IN (7, 8) END";
        String localFirst = "substr(" + n + ", CASE WHEN " + two + " THEN 4 ELSE 5 END, 1)";
        return List.of(error("NOT " + digits(n), "CHARACTERS"), error(area, "AREA_CODE"), error(area01, "AREA_CODE"),
                error(passed + " AND NOT (" + lengthOk + ")", "LENGTH"), error(passed + " AND " + lengthOk + " AND " + localFirst + " < '2'", "FORMAT"));
    }

    private static List<Hit> email(String n) {
        // at: zero-based index of the last '@', -1 when there is none
        String at = "(length(" + n + ") - instr(reverse(" + n + "), '@'))";
        String shape = "(instr(" + n + ", '@') > 0 AND " + at + " > 0 AND " + at + " < length(" + n + ") - 1)";
        String local = "substr(" + n + ", 1, " + at + ")";
        String rawDomain = "substr(" + n + ", " + at + " + 2)";
        String domain = "translate(" + rawDomain + ", 'ABCDEFGHIJKLMNOPQRSTUVWXYZ\u212A', 'abcdefghijklmnopqrstuvwxyzk')";
        // toLowerCase(Locale.ROOT) turns U+0130 into two characters
        String length = "(length(" + n + ") + length(" + rawDomain + ") - length(replace(" + rawDomain + ", '\u0130', '')))";
        String labels = "string_split(" + domain + ", '.')";
        String labelsOk = "(len(" + labels + ") >= 2 AND list_bool_and(list_transform(" + labels + ", lambda l: regexp_full_match(l, " + literal(EMAIL_LABEL)
                + "))) AND regexp_full_match(" + labels + "[-1], '[a-z]{2,63}'))";
        return List.of(error("NOT " + shape, "FORMAT"),
                error(shape + " AND " + length + " > 254", "LENGTH"),
                error(shape + " AND (" + at + " > 64 OR NOT regexp_full_match(" + local + ", " + literal(EMAIL_LOCAL) + "))", "FORMAT"),
                error(shape + " AND NOT " + labelsOk, "FORMAT"));
    }

    /** Luhn over a text of ASCII digits (at least one). */
    private static String luhnOk(String s) {
        return "(list_sum(list_transform(range(length(" + s + ")), lambda i: CASE WHEN i % 2 = 1 THEN (TRY_CAST(substr(" + s + ", length(" + s
                + ") - i, 1) AS INTEGER) * 2) % 9 + CASE WHEN substr(" + s + ", length(" + s + ") - i, 1) = '9' THEN 9 ELSE 0 END ELSE TRY_CAST(substr(" + s
                + ", length(" + s + ") - i, 1) AS INTEGER) END)) % 10 = 0)";
    }

    private static Hit error(String condition, String code) {
        return new Hit(condition, code, false);
    }

    private static Hit warning(String condition, String code) {
        return new Hit(condition, code, true);
    }
}
