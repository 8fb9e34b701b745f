package io.yudex.governance;

import static org.assertj.core.api.Assertions.assertThat;

import io.yudex.data.BatchWriter;
import io.yudex.data.Column;
import io.yudex.data.ColumnType;
import io.yudex.data.DuckDbDataStore;
import io.yudex.data.LoadMode;
import io.yudex.data.TableSchema;
import io.yudex.rules.IdentifierChecks;
import io.yudex.rules.Severity;
import io.yudex.rules.check.Check;
import io.yudex.rules.check.CheckEvaluator;
import io.yudex.rules.check.CodeTables;
import io.yudex.rules.check.ReferenceLookup;
import io.yudex.rules.check.Rule;
import io.yudex.rules.sql.DuckDbSqlCompiler;
import io.yudex.standards.identifier.CitizenIdNumber;
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
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** Runs rule sets over generated people in an in-memory store and requires exactly what a row-by-row Java pass finds. */
class StoreRuleRunTest {

    private static final ZoneId CHINA = ZoneId.of("Asia/Shanghai");
    private static final Clock CLOCK = Clock.fixed(LocalDate.of(2026, 6, 15).atStartOfDay(CHINA).toInstant(), CHINA);
    private static final List<String> COLUMNS = List.of("sfzhm", "xm", "xb", "csrq");
    private static final TableSchema PEOPLE = new TableSchema("r_people", List.of(new Column("sfzhm", ColumnType.VARCHAR, true),
            new Column("xm", ColumnType.VARCHAR, false), new Column("xb", ColumnType.VARCHAR, false), new Column("csrq", ColumnType.DATE, false)));
    private static final CheckEvaluator JAVA = new CheckEvaluator(IdentifierChecks.standard(CLOCK), CodeTables.standard(), ReferenceLookup.none(), CLOCK);
    private static final List<Rule> RULES = List.of(
            new Rule("sfzhm", new Check.Identifier("citizen-id"), Severity.ERROR),
            new Rule("xm", new Check.Required(), Severity.ERROR),
            new Rule("xm", new Check.Length(null, 4), Severity.WARNING),
            new Rule("xb", new Check.CodeTable(CodeTables.SEX), Severity.ERROR),
            new Rule("csrq", new Check.DateRange(null, null, true), Severity.ERROR),
            new Rule(null, new Check.Unique(List.of("sfzhm")), Severity.ERROR),
            new Rule(null, new Check.IdConsistency("sfzhm", "csrq", "xb"), Severity.ERROR));

    private DuckDbDataStore store;
    private final List<Map<String, String>> current = new ArrayList<>();

    @BeforeEach
    void load() {
        store = DuckDbDataStore.inMemory();
        store.ensureTable(PEOPLE);
        Random random = new Random(11643);
        write(1, 0, 2000, random, LoadMode.APPEND);
        write(2, 2000, 3000, random, LoadMode.APPEND);
    }

    @AfterEach
    void close() {
        store.close();
    }

    private void write(long batch, int from, int to, Random random, LoadMode mode) {
        write(batch, from, to, random, mode, io.yudex.data.BatchGate.NONE);
    }

    private void write(long batch, int from, int to, Random random, LoadMode mode, io.yudex.data.BatchGate gate) {
        try (BatchWriter w = store.begin(PEOPLE, batch, mode)) {
            for (int i = from; i < to; i++) {
                LocalDate born = LocalDate.of(1940 + random.nextInt(80), 1 + random.nextInt(12), 1 + random.nextInt(28));
                String seq = String.format("%03d", random.nextInt(1000));
                String id = CitizenIdNumber.withCheckDigit("410105" + born.toString().replace("-", "") + seq);
                String sex = Integer.parseInt(seq) % 2 == 1 ? "1" : "2";
                String name = "张" + i;
                switch (random.nextInt(40)) {
                    case 0 -> id = id.substring(0, 17) + (id.charAt(17) == '0' ? '1' : '0');
                    case 1 -> sex = sex.equals("1") ? "2" : "1";
                    case 2 -> sex = "7";
                    case 3 -> born = LocalDate.of(2030, 1, 1);
                    case 4 -> name = null;
                    case 5 -> name = "欧阳" + name;
                    case 6 -> id = current.isEmpty() ? id : current.get(random.nextInt(current.size())).get("sfzhm");
                    default -> { }
                }
                w.add(id, name, sex, born);
                Map<String, String> row = new HashMap<>();
                row.put("sfzhm", id);
                row.put("xm", name);
                row.put("xb", sex);
                row.put("csrq", born.toString());
                current.add(row);
            }
            w.commit(gate);
        }
    }

    private StoreRuleRun.Outcome run(long asOf, List<Rule> rules, List<Finding> sink) {
        return new StoreRuleRun(store, new DuckDbSqlCompiler(CodeTables.standard(), CLOCK), JAVA, "r_people", COLUMNS, List.of("sfzhm"), asOf,
                rules, sink::add).run(COLUMNS);
    }

    @Test
    void run_countsEveryRuleExactlyAsARowByRowPassWould_withEveryReasonAndTheRowsKey() {
        List<Finding> findings = new ArrayList<>();
        StoreRuleRun.Outcome o = run(2, RULES, findings);

        assertThat(o.rows()).isEqualTo(3000);
        Set<Integer> errorRows = new HashSet<>();
        for (int r = 0; r < RULES.size(); r++) {
            Rule rule = RULES.get(r);
            long failedRows = 0;
            for (int i = 0; i < current.size(); i++) {
                boolean failed = rule.check() instanceof Check.Unique
                        ? isDuplicate(i)
                        : !JAVA.checkRow(rule.check(), rule.column(), current.get(i)).isEmpty();
                if (failed) {
                    failedRows++;
                    if (rule.severity() == Severity.ERROR) {
                        errorRows.add(i);
                    }
                }
            }
            long counted = rule.severity() == Severity.ERROR ? o.failedPerRule()[r] : o.flaggedPerRule()[r];
            assertThat(counted).as("rule %d %s", r, rule.toMap()).isEqualTo(failedRows).isPositive();
        }
        assertThat(o.errorRows()).isEqualTo(errorRows.size());
        assertThat(o.enginePerRule()).containsExactly("SQL", "SQL", "SQL", "SQL", "SQL", "SQL", "SQL");
        List<String> expectedReasons = new ArrayList<>();
        for (int r = 0; r < RULES.size(); r++) {
            Rule rule = RULES.get(r);
            for (int i = 0; i < current.size(); i++) {
                if (rule.check() instanceof Check.Unique) {
                    if (isDuplicate(i)) {
                        expectedReasons.add(current.get(i).get("sfzhm") + " " + r + " UNIQUE");
                    }
                    continue;
                }
                for (var reason : JAVA.checkRow(rule.check(), rule.column(), current.get(i))) {
                    expectedReasons.add(current.get(i).get("sfzhm") + " " + r + " " + reason.code());
                }
            }
        }
        assertThat(findings.stream().map(f -> f.rowKey().substring("sfzhm=".length()) + " " + f.rule() + " " + f.code()).toList())
                .as("every reason of every row, as the Java evaluator gives them").containsExactlyInAnyOrderElementsOf(expectedReasons);
        assertThat(findings).hasSize((int) o.findings());
        assertThat(findings).anySatisfy(f -> {
            assertThat(f.code()).isEqualTo("ID_SEX");
            assertThat(f.column()).isEqualTo("xb");
            assertThat(f.rowKey()).startsWith("sfzhm=4101");
        });
        assertThat(findings).anySatisfy(f -> assertThat(f.code()).isEqualTo("CHECK_DIGIT"));
        assertThat(findings).filteredOn(f -> f.code().equals("LENGTH")).allSatisfy(f -> assertThat(f.severity()).isEqualTo("warning"));
        assertThat(o.filledCells()).isEqualTo(o.cells() - current.stream().filter(r -> r.get("xm") == null).count());
        assertThat(o.distinctKeys()).isEqualTo(current.stream().map(r -> r.get("sfzhm")).distinct().count());
    }

    private boolean isDuplicate(int i) {
        String id = current.get(i).get("sfzhm");
        for (int j = 0; j < i; j++) {
            if (current.get(j).get("sfzhm").equals(id)) {
                return true;
            }
        }
        return false;
    }

    @Test
    void run_asOfAnEarlierBatch_readsOnlyTheRowsVisibleThen() {
        StoreRuleRun.Outcome o = run(1, List.of(new Rule("xm", new Check.Required(), Severity.ERROR)), new ArrayList<>());
        assertThat(o.rows()).isEqualTo(2000);
        assertThat(o.failedPerRule()[0]).isEqualTo(current.subList(0, 2000).stream().filter(r -> r.get("xm") == null).count());
    }

    @Test
    void run_withoutRules_stillMeasuresCellsAndKeys() {
        StoreRuleRun.Outcome o = run(2, List.of(), new ArrayList<>());
        assertThat(o.rows()).isEqualTo(3000);
        assertThat(o.findings()).isZero();
        assertThat(o.keyedRows()).isEqualTo(3000);
    }

    @Test
    void screen_overStagedRows_givesTheReasonsARunOfTheCommittedBatchGives() {
        List<Rule> rowRules = RULES.stream().filter(r -> !(r.check() instanceof Check.Unique)).toList(); // unique also reads older batches
        List<Finding> staged = new ArrayList<>();
        write(3, 3000, 4000, new Random(2260), LoadMode.APPEND, rows -> {
            StoreRuleRun.staged(rows, new DuckDbSqlCompiler(CodeTables.standard(), CLOCK), JAVA, COLUMNS, List.of("sfzhm"), rowRules, staged::add)
                    .screen();
            return new long[0];
        });
        List<Finding> committed = new ArrayList<>();
        run(3, rowRules, committed);
        java.util.function.Function<Finding, String> reason = f -> f.rowSeq() + "/" + f.rule() + "/" + f.column() + "/" + f.code() + "/" + f.severity();
        assertThat(staged).extracting(reason).isNotEmpty()
                .containsExactlyInAnyOrderElementsOf(committed.stream().filter(f -> f.batchId() == 3).map(reason).toList());
    }
}
