package io.yudex.rules.sql;

import static org.assertj.core.api.Assertions.assertThat;

import io.yudex.rules.IdentifierChecks;
import io.yudex.rules.IdentifierType;
import io.yudex.rules.Reason;
import io.yudex.rules.Severity;
import io.yudex.rules.check.Check;
import io.yudex.rules.check.CheckEvaluator;
import io.yudex.rules.check.CodeTables;
import io.yudex.rules.check.ReferenceLookup;
import io.yudex.rules.check.Rule;
import io.yudex.standards.division.Division;
import io.yudex.standards.division.DivisionRegistry;
import io.yudex.standards.identifier.BankCardNumber;
import io.yudex.standards.identifier.CitizenIdNumber;
import io.yudex.standards.identifier.MobileNumber;
import io.yudex.standards.identifier.OrganizationCode;
import io.yudex.standards.identifier.UnifiedSocialCreditCode;
import io.yudex.synth.Dataset;
import io.yudex.synth.SyntheticData;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Clock;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;
import org.junit.jupiter.api.Test;

/**
 * The compiled identifier checks mean what the Java checks mean: over generated valid values, mutations of them
 * (wrong characters, lengths, check digits, dates, regions, case, full width, white space of every kind, characters
 * outside the BMP) and the defects of the synthetic data, the SQL gives every row the same reason codes with the same
 * severities in the same order as {@link CheckEvaluator}, and every reason code of each type is met at least once.
 */
class IdentifierSqlTest {

    private static final ZoneId CHINA = ZoneId.of("Asia/Shanghai");
    private static final Clock CLOCK = Clock.fixed(LocalDate.of(2025, 6, 15).atStartOfDay(CHINA).toInstant(), CHINA);
    private static final LocalDate TODAY = LocalDate.now(CLOCK);
    private static final DivisionRegistry REGISTRY = DivisionRegistry.loadDefault();
    private static final List<String> CODES = REGISTRY.all().stream().map(Division::code).toList();
    private static final String POOL = "0123456789XxABIOZSVady-. ()+@·•豫京学挂DF\u3000\u2003\u00A0\t\n０１９Ｘｘａ－＋😀é\u0130\u212A";
    private static final String[] WHITE = {" ", "\t", "\u3000", "\u2003", "\u00A0", "\u000B", "\u2028", "\u001C", "\n"};
    private static final int PER_TYPE = 800;

    /** The reason codes each type must show in the generated values (so the generator cannot silently miss a path). */
    private static final Map<IdentifierType, Set<String>> EXPECTED = Map.of(
            IdentifierType.CITIZEN_ID, Set.of("LENGTH", "CHARACTERS", "ADDRESS_CODE", "BIRTH_DATE_INVALID", "BIRTH_DATE_FUTURE", "CHECK_DIGIT",
                    "ADDRESS_UNKNOWN", "LEGACY_FORMAT"),
            IdentifierType.USCC, Set.of("LENGTH", "CHARACTERS", "REGISTRATION_DEPARTMENT", "ENTITY_TYPE", "REGION_CODE", "REGION_UNKNOWN",
                    "ORGANIZATION_CODE_CHECK", "CHECK_DIGIT"),
            IdentifierType.ORG_CODE, Set.of("LENGTH", "CHARACTERS", "CHECK_DIGIT"),
            IdentifierType.DIVISION_CODE, Set.of("LENGTH", "CHARACTERS", "REGION_CODE", "DIVISION_UNKNOWN"),
            IdentifierType.MOBILE, Set.of("EMPTY", "LENGTH", "CHARACTERS", "NUMBER_SEGMENT"),
            IdentifierType.LANDLINE, Set.of("EMPTY", "CHARACTERS", "AREA_CODE", "LENGTH", "FORMAT"),
            IdentifierType.POSTAL_CODE, Set.of("LENGTH", "CHARACTERS", "REGION_CODE"),
            IdentifierType.EMAIL, Set.of("FORMAT", "LENGTH"),
            IdentifierType.BANK_CARD, Set.of("EMPTY", "LENGTH", "CHARACTERS", "CHECK_DIGIT"),
            IdentifierType.LICENCE_PLATE, Set.of("EMPTY", "PROVINCE", "FORMAT"));

    private static Connection connection;

    @BeforeAll
    static void open() throws SQLException {
        connection = DriverManager.getConnection("jdbc:duckdb:");
        try (Statement s = connection.createStatement()) {
            s.execute("SET threads = 1");
            s.execute("SET memory_limit = '512MB'");
        }
    }

    @AfterAll
    static void close() throws SQLException {
        connection.close();
    }

    @ParameterizedTest
    @EnumSource(value = IdentifierType.class, names = "E_LICENCE", mode = EnumSource.Mode.EXCLUDE)
    void everyReason_sameAsJava(IdentifierType type) throws SQLException {
        List<String> values = values(type, new Random(type.ordinal() * 7919L + 11));
        IdentifierChecks checks = new IdentifierChecks(CLOCK, REGISTRY, false);
        Map<Long, List<String>> java = java(new Rule("v", new Check.Identifier(type.apiName()), Severity.ERROR), values, checks);
        assertThat(java.values().stream().flatMap(List::stream).map(r -> r.substring(0, r.indexOf('/'))).toList())
                .as("reason codes the generated %s values meet", type).containsAll(EXPECTED.get(type));
        assertSame(type.apiName(), new Rule("v", new Check.Identifier(type.apiName()), Severity.ERROR), values, checks);
        assertSame(type.apiName() + " as a warning rule", new Rule("v", new Check.Identifier(type.apiName()), Severity.WARNING), values, checks);
    }

    @Test
    void citizenId_strictAddresses_sameAsJava() throws SQLException {
        List<String> values = values(IdentifierType.CITIZEN_ID, new Random(4));
        assertSame("strict citizen-id", new Rule("v", new Check.Identifier("citizen-id"), Severity.ERROR), values,
                new IdentifierChecks(CLOCK, REGISTRY, true));
    }

    @Test
    void idConsistency_sameAsJava() throws SQLException {
        Random random = new Random(5);
        List<String[]> rows = new ArrayList<>();
        for (String id : values(IdentifierType.CITIZEN_ID, random)) {
            String n = CitizenIdNumber.normalise(id);
            String birth = n != null && n.length() >= 14 ? n.substring(6, 10) + "-" + n.substring(10, 12) + "-" + n.substring(12, 14) : "2000-01-01";
            String sex = n != null && n.length() >= 17 && Character.isDigit(n.charAt(16)) ? ((n.charAt(16) - '0') % 2 == 1 ? "1" : "2") : "1";
            birth = switch (random.nextInt(10)) {
                case 0 -> null;
                case 1 -> " " + birth + "\u3000";
                case 2 -> birth.replace("-", "/");
                case 3 -> "1990-01-01";
                case 4 -> "\t";
                default -> birth;
            };
            sex = switch (random.nextInt(8)) {
                case 0 -> null;
                case 1 -> "1".equals(sex) ? "2" : "1";
                case 2 -> " " + sex;
                case 3 -> "男";
                default -> sex;
            };
            rows.add(new String[] {id, birth, sex});
        }
        Rule rule = new Rule(null, new Check.IdConsistency("v", "csrq", "xb"), Severity.ERROR);
        IdentifierChecks checks = new IdentifierChecks(CLOCK, REGISTRY, false);
        CheckEvaluator evaluator = new CheckEvaluator(checks, CodeTables.standard(), ReferenceLookup.none(), CLOCK);
        Map<Long, List<String>> expected = new TreeMap<>();
        for (int i = 0; i < rows.size(); i++) {
            Map<String, String> row = new HashMap<>();
            row.put("v", rows.get(i)[0]);
            row.put("csrq", rows.get(i)[1]);
            row.put("xb", rows.get(i)[2]);
            List<String> reasons = evaluator.checkRow(rule.check(), null, row).stream()
                    .map(r -> r.code() + "/" + r.severity().name().toLowerCase() + "/" + (r.code().equals("ID_SEX") ? "xb" : "csrq")).toList();
            if (!reasons.isEmpty()) {
                expected.put((long) i, reasons);
            }
        }
        assertThat(expected.values().stream().flatMap(List::stream).map(r -> r.substring(0, r.indexOf('/')))).contains("ID_BIRTH_DATE", "ID_SEX");
        load(rows);
        Map<Long, List<String>> actual = sql(rule, checks, true);
        assertThat(actual).isEqualTo(expected);
    }

    /** The national rule set over synthetic data with many defects: one query gives what Java gives, rule by rule. */
    @ParameterizedTest
    @EnumSource(value = Dataset.class, names = {"POPULATION", "ENTERPRISE", "VEHICLE", "SOCIAL_INSURANCE"})
    void syntheticDefects_sameAsJava(Dataset dataset) throws SQLException {
        SyntheticData data = SyntheticData.builder(dataset).seed(42).defectRate(0.4).referenceRows(2_000).build();
        int idColumn = dataset.columns().indexOf(dataset.identifierColumn());
        List<String> values = new ArrayList<>();
        for (long i = 0; i < 2_000; i++) {
            String[] fields = data.row(i).split(",", -1);
            values.add(fields[idColumn]);
        }
        String type = switch (dataset) {
            case ENTERPRISE -> "uscc";
            case VEHICLE -> "licence-plate";
            default -> "citizen-id";
        };
        IdentifierChecks checks = new IdentifierChecks(CLOCK, REGISTRY, false);
        assertSame(dataset + " " + type, new Rule("v", new Check.Identifier(type), Severity.ERROR), values, checks);
    }

    private static void assertSame(String what, Rule rule, List<String> values, IdentifierChecks checks) throws SQLException {
        Map<Long, List<String>> expected = java(rule, values, checks);
        load(values.stream().map(v -> new String[] {v, null, null}).toList());
        assertThat(sql(rule, checks, false)).as(what).isEqualTo(expected);
    }

    private static Map<Long, List<String>> java(Rule rule, List<String> values, IdentifierChecks checks) {
        CheckEvaluator evaluator = new CheckEvaluator(checks, CodeTables.standard(), ReferenceLookup.none(), CLOCK);
        Map<Long, List<String>> out = new TreeMap<>();
        for (int i = 0; i < values.size(); i++) {
            List<Reason> reasons = CheckEvaluator.withSeverity(evaluator.checkValue(rule.check(), values.get(i)), rule.severity());
            if (!reasons.isEmpty()) {
                out.put((long) i, reasons.stream().map(r -> r.code() + "/" + r.severity().name().toLowerCase() + "/v").toList());
            }
        }
        return out;
    }

    private static Map<Long, List<String>> sql(Rule rule, IdentifierChecks checks, boolean consistency) throws SQLException {
        DuckDbSqlCompiler compiler = new DuckDbSqlCompiler(CodeTables.standard(), CLOCK, checks);
        String query = "SELECT f.i, list_transform(f.reasons, lambda r: r.code || '/' || r.severity || '/' || r.column) FROM ("
                + compiler.failuresQuery("(SELECT i, v, csrq, xb FROM vals)", "i", List.of(rule)) + ") f";
        Map<Long, List<String>> out = new TreeMap<>();
        try (Statement s = connection.createStatement(); ResultSet rs = s.executeQuery(query)) {
            while (rs.next()) {
                for (Object reason : (Object[]) rs.getArray(2).getArray()) {
                    out.computeIfAbsent(rs.getLong(1), k -> new ArrayList<>()).add((String) reason);
                }
            }
        }
        return out;
    }

    private static void load(List<String[]> rows) throws SQLException {
        try (Statement s = connection.createStatement()) {
            s.execute("CREATE OR REPLACE TABLE vals (i BIGINT, v VARCHAR, csrq VARCHAR, xb VARCHAR)");
        }
        try (PreparedStatement insert = connection.prepareStatement("INSERT INTO vals VALUES (?, ?, ?, ?)")) {
            for (int i = 0; i < rows.size(); i++) {
                insert.setLong(1, i);
                insert.setString(2, rows.get(i)[0]);
                insert.setString(3, rows.get(i)[1]);
                insert.setString(4, rows.get(i)[2]);
                insert.addBatch();
            }
            insert.executeBatch();
        }
    }

    // --- generated values -------------------------------------------------------------------------------------------

    /** Valid values of the type, edge values, and random mutations of valid ones. */
    static List<String> values(IdentifierType type, Random random) {
        Set<String> out = new LinkedHashSet<>(Arrays.asList(null, "", " ", "\u3000", "\t\n"));
        out.addAll(edges(type));
        while (out.size() < PER_TYPE) {
            String valid = valid(type, random);
            String value = random.nextInt(4) == 0 ? valid : mutate(valid, random);
            if (value.codePoints().noneMatch(c -> c >= 0xD800 && c <= 0xDFFF)) { // no lone surrogates: not text in SQL
                out.add(value);
            }
        }
        return new ArrayList<>(out);
    }

    private static String valid(IdentifierType type, Random r) {
        return switch (type) {
            case CITIZEN_ID -> r.nextInt(6) == 0 ? legacyId(r) : citizenId(r);
            case USCC -> uscc(r);
            case ORG_CODE -> {
                String code = OrganizationCode.withCheckChar(chars("0123456789ABCDEFGHIJKLMNOPQRSTUVWXYZ", 8, r));
                yield r.nextBoolean() ? code.substring(0, 8) + "-" + code.charAt(8) : code;
            }
            case DIVISION_CODE -> r.nextInt(5) == 0 ? digits(6, r) : CODES.get(r.nextInt(CODES.size()));
            case MOBILE -> {
                List<String> segments = new ArrayList<>(new TreeSet<>(MobileNumber.SEGMENTS));
                String n = (r.nextInt(10) == 0 ? "1" + digits(2, r) : segments.get(r.nextInt(segments.size()))) + digits(8, r);
                yield switch (r.nextInt(6)) {
                    case 0 -> "+86 " + n;
                    case 1 -> "0086" + n;
                    case 2 -> "86" + n;
                    case 3 -> n.substring(0, 3) + "-" + n.substring(3, 7) + "-" + n.substring(7);
                    default -> n;
                };
            }
            case LANDLINE -> switch (r.nextInt(6)) {
                case 0 -> "010-" + (2 + r.nextInt(8)) + digits(7, r);
                case 1 -> "02" + r.nextInt(10) + "-" + (2 + r.nextInt(8)) + digits(7, r);
                case 2 -> "+86 371 " + (2 + r.nextInt(8)) + digits(6 + r.nextInt(2), r);
                case 3 -> "(0" + (3 + r.nextInt(7)) + digits(2, r) + ")" + digits(7 + r.nextInt(2), r);
                default -> "0" + (3 + r.nextInt(7)) + digits(2, r) + "-" + (2 + r.nextInt(8)) + digits(6 + r.nextInt(2), r);
            };
            case POSTAL_CODE -> digits(6, r);
            case EMAIL -> chars("abcXYZ019.!#_-", 1 + r.nextInt(12), r) + "@" + chars("abcdeZ09-", 1 + r.nextInt(10), r) + "."
                    + (r.nextBoolean() ? "cn" : chars("comGOVx1", 1 + r.nextInt(4), r));
            case BANK_CARD -> {
                String payload = "62" + digits(13 + r.nextInt(4), r);
                String card = payload + BankCardNumber.luhnCheckDigit(payload);
                yield r.nextBoolean() ? card : card.substring(0, 4) + " " + card.substring(4, 8) + " " + card.substring(8);
            }
            case LICENCE_PLATE -> {
                String province = String.valueOf("豫京沪粤川".charAt(r.nextInt(5)));
                String letter = String.valueOf("ABCDHJKNPZ".charAt(r.nextInt(10)));
                String plate = switch (r.nextInt(4)) {
                    case 0 -> province + letter + (r.nextBoolean() ? "D" : "F") + chars("ABC0123456789", 1, r) + digits(4, r);
                    case 1 -> province + letter + digits(5, r) + (r.nextBoolean() ? "D" : "F");
                    case 2 -> province + letter + chars("ABCDEFGHJK0123456789", 4, r) + "学挂警港".charAt(r.nextInt(4));
                    default -> province + letter + chars("ABCDEFGHJK0123456789", 5, r);
                };
                yield r.nextBoolean() ? plate.charAt(0) + "" + plate.charAt(1) + "·" + plate.substring(2) : plate;
            }
            case E_LICENCE -> throw new IllegalArgumentException();
        };
    }

    private static String citizenId(Random r) {
        String address = switch (r.nextInt(12)) {
            case 0 -> "110103";                     // retired (崇文区): unknown to the 2023 table
            case 1 -> "419999";                     // province assigned, code not assigned
            case 2 -> String.valueOf(10 + r.nextInt(90)) + "0101"; // any province part
            default -> CODES.get(r.nextInt(CODES.size()));
        };
        LocalDate birth = switch (r.nextInt(12)) {
            case 0 -> TODAY.plusDays(r.nextInt(3));
            case 1 -> LocalDate.of(1800, 1, 1).plusDays(r.nextInt(3) - 1);
            default -> LocalDate.of(1930, 1, 1).plusDays(r.nextInt(35_000));
        };
        String date = birth.toString().replace("-", "");
        if (r.nextInt(15) == 0) {
            date = birth.getYear() + (r.nextBoolean() ? "0229" : r.nextBoolean() ? "1301" : "0431");
        }
        return CitizenIdNumber.withCheckDigit(address + date + digits(3, r));
    }

    private static String legacyId(Random r) {
        String address = r.nextInt(5) == 0 ? "419999" : CODES.get(r.nextInt(CODES.size()));
        String date = LocalDate.of(1900, 1, 1).plusDays(r.nextInt(36_000)).toString().replace("-", "").substring(2);
        if (r.nextInt(8) == 0) {
            date = date.substring(0, 2) + "0230";
        }
        return address + date + digits(3, r);
    }

    private static String uscc(Random r) {
        String department = String.valueOf("1599Y2358AN7B".charAt(r.nextInt(13)));
        String type = String.valueOf("12391234".charAt(r.nextInt(8)));
        String region = switch (r.nextInt(8)) {
            case 0 -> "100000";
            case 1 -> "419999";
            case 2 -> String.valueOf(10 + r.nextInt(90)) + "0000";
            default -> CODES.get(r.nextInt(CODES.size()));
        };
        String org = OrganizationCode.withCheckChar(chars("0123456789ABCDEFGHJKLMNPQRTUWXY", 8, r));
        if (org.endsWith("X") && r.nextBoolean()) {
            org = org.substring(0, 8) + "0";
        }
        return UnifiedSocialCreditCode.withCheckChar(department + type + region + org);
    }

    private static List<String> edges(IdentifierType type) {
        return switch (type) {
            case CITIZEN_ID -> List.of("11010519491231002X", "11010519491231002x", "440524188001010014", "110105194912310021", "１１０１０５１９４９１２３１００２Ｘ",
                    " 11010519491231002X ", "11010519491231002X\u00A0", "410105491231002", "41010549123100", "4101054912310021", "11010519491231002😀",
                    "1101051949123100😀", "X10105194912310021", "11010519491231X021", "000000194912310021");
            case USCC -> List.of("91350100M000100Y43", "913502000728319549", "91110000600037341L", "91350100M000100Y44", "91350100m000100y43",
                    "9135０1００M０００1００Y43", "Z1350100M000100Y43", "9I350100M000100Y43");
            case ORG_CODE -> List.of("D2143569-X", "D2143569X", "d2143569-x", "D2143569-1", "D2143569--X", "D21435690X", "D214356");
            case DIVISION_CODE -> List.of("410105", "410100", "419001", "419000", "990000", "4101", "41010a", "４１０１０５", "000000");
            case MOBILE -> List.of("13812345678", "+8613812345678", "008613812345678", "8613812345678", "12012345678", "1381234567x", "---", "()");
            case LANDLINE -> List.of("0371-12345678", "0371-22345678", "010-12345678", "010-2234567", "011-22345678", "00-22345678", "37122345678",
                    "03712234567", "0371223456", "+86 371 22345678", "0", "01", "012", "---", "86", "8637122345678");
            case POSTAL_CODE -> List.of("450000", "000000", "001234", "900000", "45000", "45000a", "４５００００");
            case EMAIL -> List.of("a@b.cn", "a@b", "@b.cn", "a@", "a@@b.cn", "a.b@c.d.cn", "a..b@c.cn", ".a@c.cn", "a@-b.cn", "a@b-.cn", "a@b.c1",
                    "a@B.CN", "a@\u212Axample.cn", "a@\u0130.cn", "x".repeat(65) + "@b.cn", "x".repeat(64) + "@b.cn", "a@" + "b".repeat(64) + ".cn",
                    "a@" + "b.".repeat(125) + "cn", "a@" + "b.".repeat(126) + "cn", "a@" + "\u0130".repeat(251) + ".cn", "张三@b.cn", "a b@c.cn");
            case BANK_CARD -> List.of("6222021234567890123", "6222 0212 3456 7890 123", "4111111111111111", "4111111111111112", "411111111111111",
                    "41111111111111111111", "4111-1111-1111-111a", "---", "+86", "0086");
            case LICENCE_PLATE -> List.of("豫A12345", "豫a12345", "豫·A12345", "豫AD12345", "豫A12345D", "豫AB123学", "豫I12345", "XA12345", "豫A1234",
                    "豫AO12345", "---", "·", "京A·D1234５");
            case E_LICENCE -> List.of();
        };
    }

    private static String mutate(String value, Random r) {
        StringBuilder sb = new StringBuilder(value);
        int edits = 1 + r.nextInt(3);
        for (int e = 0; e < edits; e++) {
            int at = sb.isEmpty() ? 0 : r.nextInt(sb.length());
            switch (r.nextInt(9)) {
                case 0 -> {
                    if (!sb.isEmpty()) {
                        sb.setCharAt(at, POOL.charAt(r.nextInt(POOL.length() - 1)));
                    }
                }
                case 1 -> sb.insert(at, POOL.charAt(r.nextInt(POOL.length())));
                case 2 -> {
                    if (!sb.isEmpty()) {
                        sb.deleteCharAt(at);
                    }
                }
                case 3 -> sb.replace(0, sb.length(), sb.toString().toLowerCase());
                case 4 -> {
                    StringBuilder wide = new StringBuilder();
                    sb.chars().forEach(c -> wide.append(c > 0x20 && c < 0x7F && r.nextBoolean() ? (char) (c + 0xFEE0) : (char) c));
                    sb.replace(0, sb.length(), wide.toString());
                }
                case 5 -> sb.insert(0, WHITE[r.nextInt(WHITE.length)]).append(WHITE[r.nextInt(WHITE.length)]);
                case 6 -> sb.insert(at, "😀");
                case 7 -> {
                    if (sb.length() > 1) {
                        sb.setLength(sb.length() - 1);
                    }
                }
                default -> {
                    if (!sb.isEmpty()) {
                        sb.setCharAt(at, (char) ('0' + r.nextInt(10)));
                    }
                }
            }
        }
        return sb.toString();
    }

    private static String digits(int n, Random r) {
        return chars("0123456789", n, r);
    }

    private static String chars(String alphabet, int n, Random r) {
        StringBuilder sb = new StringBuilder(n);
        for (int i = 0; i < n; i++) {
            sb.append(alphabet.charAt(r.nextInt(alphabet.length())));
        }
        return sb.toString();
    }
}
