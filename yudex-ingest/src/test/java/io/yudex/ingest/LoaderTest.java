package io.yudex.ingest;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.yudex.data.Column;
import io.yudex.data.ColumnType;
import io.yudex.data.DuckDbDataStore;
import io.yudex.data.LoadMode;
import io.yudex.data.TableSchema;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class LoaderTest {

    static final TableSchema PEOPLE = new TableSchema("people", List.of(new Column("sfzhm", ColumnType.VARCHAR, true),
            new Column("xm", ColumnType.VARCHAR, false), new Column("csrq", ColumnType.DATE, false), new Column("jfjs", ColumnType.DECIMAL, false)));
    static final LoadTarget TARGET = new LoadTarget(PEOPLE, List.of("公民身份号码", "姓名", "出生日期", "缴费基数"), List.of(true, true, false, false));
    static final Loader.Limits LENIENT = new Loader.Limits(0.5, 1000);

    @TempDir
    Path dir;
    final DuckDbDataStore store = DuckDbDataStore.inMemory();
    final List<String> problems = new ArrayList<>();
    final RejectSink sink = (line, column, value, reason) -> problems.add(line + ":" + column + ":" + reason);

    @AfterEach
    void close() {
        store.close();
    }

    Path csv(String content) throws IOException {
        Path f = dir.resolve("f" + System.nanoTime() + ".csv");
        Files.writeString(f, content, StandardCharsets.UTF_8);
        return f;
    }

    Loader.Counters load(String content, LoadMode mode, long batch, Loader.Limits limits) throws IOException {
        store.ensureTable(PEOPLE);
        var loader = new Loader(TARGET, mode, limits, () -> false, c -> {});
        try (RowSource source = Sources.open(csv(content), SourceFormat.CSV, null); var writer = store.begin(PEOPLE, batch, mode)) {
            loader.run(source, ColumnMapping.of(source.header(), TARGET, mode), writer, sink);
        }
        return loader.counters(0);
    }

    @Nested
    class Run {

        @Test
        void goodRowsLoad_badRowsAreReportedWithEveryReason_andNothingIsLost() throws IOException {
            String content = "公民身份号码,姓名,出生日期,缴费基数\n1,甲,2023年1月5日,\"1,234.50\"\n2,,2023-02-30,abc\n3,丙,20230105,3000\n";
            Loader.Counters c = load(content, LoadMode.APPEND, 1, LENIENT);
            assertThat(c).isEqualTo(new Loader.Counters(3, 2, 1, 0));
            assertThat(problems).hasSize(3).allMatch(p -> p.startsWith("3:"));
            assertThat(problems).anyMatch(p -> p.contains("xm")).anyMatch(p -> p.contains("csrq")).anyMatch(p -> p.contains("jfjs"));
            assertThat(store.count("people", null)).isEqualTo(2);
        }

        @Test
        void tooManyRejects_stopTheLoadAndCommitNothing() throws IOException {
            assertThatThrownBy(() -> load("sfzhm,xm\n1,甲\n,乙\n,丙\n", LoadMode.APPEND, 1, new Loader.Limits(0.1, 1000)))
                    .isInstanceOf(Loader.Stopped.class).hasMessageContaining("2 of 3 rows were rejected");
            assertThat(store.count("people", null)).isZero();
        }

        @Test
        void deleteFiles_needOnlyTheKey() throws IOException {
            load("sfzhm,xm\n1,甲\n2,乙\n", LoadMode.APPEND, 1, LENIENT);
            load("公民身份号码\n1\n", LoadMode.DELETE, 2, LENIENT);
            assertThat(store.rows("people", null, 0, 10)).extracting(r -> r.get("sfzhm")).containsExactly("2");
        }

        @Test
        void cancellation_stopsTheLoad() throws IOException {
            store.ensureTable(PEOPLE);
            StringBuilder big = new StringBuilder("sfzhm,xm\n");
            for (int i = 0; i < 5000; i++) {
                big.append(i).append(",名\n");
            }
            var loader = new Loader(TARGET, LoadMode.APPEND, LENIENT, () -> true, c -> {});
            try (RowSource source = Sources.open(csv(big.toString()), SourceFormat.CSV, null); var writer = store.begin(PEOPLE, 1, LoadMode.APPEND)) {
                assertThatThrownBy(() -> loader.run(source, ColumnMapping.of(source.header(), TARGET, LoadMode.APPEND), writer, sink))
                        .isInstanceOfSatisfying(Loader.Stopped.class, e -> assertThat(e.reason()).isEqualTo(Loader.Stopped.Reason.CANCELLED));
            }
            assertThat(store.count("people", null)).isZero();
        }
    }

    @Nested
    class Screen {

        /** Holds back every row whose 姓名 is 坏, with two reasons, found by SQL over the staged rows. */
        final RowScreen badNames = rows -> {
            List<RowScreen.Held> held = new ArrayList<>();
            rows.query("SELECT _seq, xm FROM " + rows.relation() + " s WHERE xm = '坏'", List.of(), v -> {
                held.add(new RowScreen.Held((Long) v[0], "xm", (String) v[1], "first reason"));
                held.add(new RowScreen.Held((Long) v[0], "xm", (String) v[1], "second reason"));
            });
            return held;
        };

        Loader.Counters screened(String content, LoadMode mode, long batch, Loader.Limits limits) throws IOException {
            store.ensureTable(PEOPLE);
            var loader = new Loader(TARGET, mode, limits, () -> false, c -> {});
            try (RowSource source = Sources.open(csv(content), SourceFormat.CSV, null); var writer = store.begin(PEOPLE, batch, mode)) {
                loader.run(source, ColumnMapping.of(source.header(), TARGET, mode), writer, sink, badNames);
            }
            return loader.counters(0);
        }

        @Test
        void heldRows_areRejectedWithTheirSourceLineAndEveryReason_andNeverVisible() throws IOException {
            // line 3 fails conversion, so the staged rows and the source lines drift apart after it
            String content = "sfzhm,xm\n1,甲\n,乙\n3,坏\n4,丁\n\"5\",\"坏\"\n";
            Loader.Counters c = screened(content, LoadMode.APPEND, 1, new Loader.Limits(0.9, 1000));
            assertThat(c).isEqualTo(new Loader.Counters(5, 2, 3, 0));
            assertThat(problems).containsExactly("3:sfzhm:the required item 公民身份号码 is empty", "4:xm:first reason", "4:xm:second reason",
                    "6:xm:first reason", "6:xm:second reason");
            assertThat(store.rows("people", null, 0, 10)).extracting(r -> r.get("sfzhm")).containsExactly("1", "4");
        }

        @Test
        void heldRows_countAgainstTheRejectRatio_andThenNothingIsCommitted() {
            assertThatThrownBy(() -> screened("sfzhm,xm\n1,坏\n2,坏\n3,好\n", LoadMode.APPEND, 1, new Loader.Limits(0.5, 1000)))
                    .isInstanceOf(Loader.Stopped.class).hasMessageContaining("2 of 3 rows were rejected");
            assertThat(store.count("people", null)).isZero();
            assertThat(problems).hasSize(4);
        }

        @Test
        void sourceLines_followTheStagedRowsAcrossGaps() {
            SourceLines lines = new SourceLines();
            for (long seq = 0, line = 2; seq < 1000; seq++, line += seq % 100 == 0 ? 3 : 1) {
                lines.add(seq, line);
            }
            assertThat(lines.lineOf(0)).isEqualTo(2);
            assertThat(lines.lineOf(99)).isEqualTo(101);
            assertThat(lines.lineOf(100)).isEqualTo(104);
            assertThat(lines.lineOf(999)).isEqualTo(999 + 2 + 2 * 9);
        }
    }

    @Nested
    class Mapping {

        @Test
        void columnsMatchByNameOrLabel_andOthersAreIgnored() {
            ColumnMapping m = ColumnMapping.of(List.of("SFZHM", "姓名", "备注"), TARGET, LoadMode.APPEND);
            assertThat(m.columnOf()).containsExactly(0, 1, -1);
            assertThat(m.ignoredColumns()).containsExactly("备注");
        }

        @Test
        void noMatch_missingRequired_orTwoColumnsForOneItem_areRefused() {
            assertThatThrownBy(() -> ColumnMapping.of(List.of("foo"), TARGET, LoadMode.APPEND)).isInstanceOf(MappingException.class)
                    .hasMessageContaining("matches no data item");
            assertThatThrownBy(() -> ColumnMapping.of(List.of("sfzhm"), TARGET, LoadMode.APPEND)).hasMessageContaining("xm/姓名");
            assertThatThrownBy(() -> ColumnMapping.of(List.of("sfzhm", "xm", "姓名"), TARGET, LoadMode.APPEND)).hasMessageContaining("two columns");
            assertThat(ColumnMapping.of(List.of("sfzhm"), TARGET, LoadMode.DELETE).ignoredColumns()).isEmpty();
        }
    }
}
