package io.yudex.rules.sql;

import io.yudex.rules.IdentifierChecks;
import io.yudex.rules.Severity;
import io.yudex.rules.UnknownCheckException;
import io.yudex.rules.check.Check;
import io.yudex.rules.check.CheckEvaluator;
import io.yudex.rules.check.CodeTables;
import io.yudex.rules.check.DataType;
import io.yudex.rules.check.Rule;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

import java.math.BigDecimal;
import java.sql.Array;
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
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.Set;
import java.util.TreeSet;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/** Runs compiled rules against an in-memory DuckDB and requires exactly the failures the Java evaluator finds. */
class DuckDbSqlCompilerTest {

    private static final ZoneId CHINA = ZoneId.of("Asia/Shanghai");
    private static final Clock CLOCK = Clock.fixed(LocalDate.of(2025, 6, 15).atStartOfDay(CHINA).toInstant(), CHINA);
    private static final Set<String> ENTITIES = Set.of("91350100M000100Y43", "913502000728319549");
    private static final CheckEvaluator JAVA = new CheckEvaluator(IdentifierChecks.standard(CLOCK), CodeTables.standard(),
            (resource, column, value) -> ENTITIES.contains(value), CLOCK);
    private static final DuckDbSqlCompiler SQL = new DuckDbSqlCompiler(CodeTables.standard(), CLOCK);
    private static final List<String> COLUMNS = List.of("k", "v");
    /** Edge cases first, then generated noise; every rule reads column v (or k for uniqueness). */
    private static final List<String> EDGE_VALUES = java.util.Arrays.asList(null, "", "  ", "0", "-1", "+2.50", "12.345", ".5", "1e3", "abc",
            "150", "150.01", "2025-06-15", "2025-06-16", "1899-12-31", "2023-02-29", "2024-02-29", "2023-1-5", "2023-02-28 10:00:00",
            "2023-02-28T10:00", "true", "是", "否", "1", "2", "9", "男", "郑州市", "郑州市金水区", "410105", "4101051",
            "91350100M000100Y43", "913502000728319549", "91110000600037341L", " 410105 ", "O'Brien");

    private static final List<Rule> RULES = List.of(
            rule(new Check.Required()),
            rule(new Check.TypeOf(DataType.NUMBER)),
            rule(new Check.TypeOf(DataType.MONEY)),
            rule(new Check.TypeOf(DataType.DATE)),
            rule(new Check.TypeOf(DataType.DATE_TIME)),
            rule(new Check.TypeOf(DataType.LOGICAL)),
            rule(new Check.Length(2, 6)),
            rule(new Check.NumericRange(BigDecimal.ZERO, new BigDecimal("150"))),
            rule(new Check.DateRange(LocalDate.of(1900, 1, 1), null, true)),
            rule(new Check.Enumeration(List.of("1", "2", "O'Brien"))),
            rule(new Check.CodeTable(CodeTables.SEX)),
            rule(new Check.Regex("\\d{6}")),
            rule(new Check.Reference("legal_entity", "tyshxydm")),
            new Rule(null, new Check.Unique(List.of("k")), Severity.WARNING));

    private static Connection connection;
    private static List<Map<String, String>> rows;

    private static Rule rule(Check check) {
        return new Rule("v", check, Severity.ERROR);
    }

    @BeforeAll
    static void load() throws SQLException {
        connection = DriverManager.getConnection("jdbc:duckdb:");
        rows = new ArrayList<>();
        Random random = new Random(2260);
        for (String value : EDGE_VALUES) {
            rows.add(row(String.valueOf(random.nextInt(20)), value));
        }
        for (int i = 0; i < 300; i++) {
            String value = switch (random.nextInt(4)) {
                case 0 -> String.valueOf(random.nextInt(400) - 100);
                case 1 -> LocalDate.of(1880, 1, 1).plusDays(random.nextInt(60_000)).toString();
                case 2 -> EDGE_VALUES.get(random.nextInt(EDGE_VALUES.size()));
                default -> Integer.toString(random.nextInt(1_000_000), 36);
            };
            rows.add(row(random.nextInt(10) == 0 ? null : String.valueOf(random.nextInt(200)), value));
        }
        try (Statement s = connection.createStatement()) {
            s.execute("CREATE TABLE data (k VARCHAR, v VARCHAR)");
            s.execute("CREATE TABLE legal_entity (tyshxydm VARCHAR)");
            s.execute("INSERT INTO legal_entity VALUES ('91350100M000100Y43'), ('913502000728319549')");
        }
        try (PreparedStatement insert = connection.prepareStatement("INSERT INTO data VALUES (?, ?)")) {
            for (Map<String, String> row : rows) {
                insert.setString(1, row.get("k"));
                insert.setString(2, row.get("v"));
                insert.addBatch();
            }
            insert.executeBatch();
        }
    }

    private static Map<String, String> row(String k, String v) {
        Map<String, String> row = new HashMap<>();
        row.put(COLUMNS.get(0), k);
        row.put(COLUMNS.get(1), v);
        return row;
    }

    @AfterAll
    static void close() throws SQLException {
        connection.close();
    }

    @Test
    void failureCondition_everyCompiledRule_failsExactlyTheRowsJavaFails() throws SQLException {
        for (Rule rule : RULES) {
            Set<Long> fromSql = new TreeSet<>();
            try (Statement s = connection.createStatement();
                 ResultSet rs = s.executeQuery("SELECT row_id FROM (SELECT t.rowid AS row_id, " + SQL.failureCondition(rule).orElseThrow()
                         + " AS failed FROM data t) WHERE failed")) {
                while (rs.next()) {
                    fromSql.add(rs.getLong(1));
                }
            }
            assertThat(fromSql).as(rule.toMap().toString()).isEqualTo(javaFailures(rule));
        }
    }

    @Test
    void failuresQuery_returnsEveryReasonOfEveryFailingRow() throws SQLException {
        Map<Long, List<String>> fromSql = new HashMap<>();
        try (Statement s = connection.createStatement(); ResultSet rs = s.executeQuery(SQL.failuresQuery("data", RULES))) {
            while (rs.next()) {
                List<String> codes = new ArrayList<>();
                Array reasons = rs.getArray("reasons");
                for (Object reason : (Object[]) reasons.getArray()) {
                    codes.add(reason.toString());
                }
                fromSql.put(rs.getLong("row_id"), codes);
            }
        }
        Map<Long, Integer> expectedCounts = new HashMap<>();
        for (Rule rule : RULES) {
            javaFailures(rule).forEach(row -> expectedCounts.merge(row, 1, Integer::sum));
        }
        assertThat(fromSql.keySet()).isEqualTo(expectedCounts.keySet());
        expectedCounts.forEach((row, count) -> assertThat(fromSql.get(row)).as("row %d", row).hasSize(count));
        assertThat(fromSql.values().stream().flatMap(List::stream)).anySatisfy(r -> assertThat(r).contains("UNIQUE", "warning"));
    }

    @Test
    void failuresQuery_overARelation_findsTheSameReasonsAsOverTheTable_andNamesEachRule() throws SQLException {
        String relation = "(SELECT rowid + 1000 AS _row, k, v FROM data WHERE true)";
        Map<Long, List<String>> fromRelation = new HashMap<>();
        Set<Long> rulesSeen = new TreeSet<>();
        try (Statement s = connection.createStatement();
             ResultSet rs = s.executeQuery("SELECT _row, reason_code, reason_rule FROM (" + SQL.reasonsQuery(relation, "_row", RULES, List.of("_row"))
                     + ")")) {
            while (rs.next()) {
                fromRelation.computeIfAbsent(rs.getLong(1) - 1000, k -> new ArrayList<>()).add(rs.getString(2));
                rulesSeen.add(rs.getLong(3));
            }
        }
        Map<Long, Integer> expectedCounts = new HashMap<>();
        for (Rule rule : RULES) {
            javaFailures(rule).forEach(row -> expectedCounts.merge(row, 1, Integer::sum));
        }
        assertThat(fromRelation.keySet()).isEqualTo(expectedCounts.keySet());
        expectedCounts.forEach((row, count) -> assertThat(fromRelation.get(row)).as("row %d", row).hasSize(count));
        assertThat(rulesSeen).contains(0L, (long) RULES.size() - 1);
    }

    @Test
    void canCompile_leavesELicencesAndFreshnessToJava() {
        assertThat(SQL.canCompile(rule(new Check.Identifier("citizen-id")))).isTrue();
        assertThat(SQL.canCompile(new Rule(null, new Check.IdConsistency("sfzhm", "csrq", "xb"), Severity.ERROR))).isTrue();
        assertThat(SQL.canCompile(rule(new Check.Identifier("e-licence")))).isFalse();
        assertThat(SQL.canCompile(rule(new Check.Freshness(io.yudex.rules.check.UpdateCycle.DAILY)))).isFalse();
        assertThat(SQL.failureCondition(rule(new Check.Identifier("citizen-id")))).as("several reasons: only in the failures query").isEmpty();
        assertThatThrownBy(() -> SQL.failuresQuery("data", List.of(rule(new Check.Identifier("e-licence")))))
                .isInstanceOf(UnknownCheckException.class);
    }

    @Test
    void identifiers_andLiterals_areQuoted() {
        assertThat(DuckDbSqlCompiler.identifier("a\"b")).isEqualTo("\"a\"\"b\"");
        assertThat(DuckDbSqlCompiler.literal("O'Brien")).isEqualTo("'O''Brien'");
    }

    private static Set<Long> javaFailures(Rule rule) {
        Set<Long> failures = new HashSet<>();
        if (rule.check() instanceof Check.Unique unique) {
            JAVA.checkUnique(unique, rows).keySet().forEach(i -> failures.add((long) i));
            return failures;
        }
        for (int i = 0; i < rows.size(); i++) {
            if (!JAVA.checkRow(rule.check(), rule.column(), rows.get(i)).isEmpty()) {
                failures.add((long) i);
            }
        }
        return failures;
    }
}
