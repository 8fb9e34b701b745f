package io.yudex.rules.compare;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.yudex.rules.UnknownCheckException;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.TreeMap;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;

/** Runs compiled comparisons in an in-memory DuckDB and requires exactly what the Java reference meaning gives. */
class DuckDbComparisonCompilerTest {

    /** Values chosen to hit every normalisation's edges, then random mixes of them. */
    private static final List<String> VALUES = java.util.Arrays.asList(null, "", "  ", "无", "null", " N/A ", "-", "张三", "张 三", " 张三 ",
            "张　三", "ＡＢＣ１２３", "abc123", "ABC123", "2023/1/5", "2023-01-05", "2023年1月5日", "20230105", "2023-02-30", "2023/02/30",
            "河南省郑州市金水区农业路1号", "河南省郑州市二七区", "河南省开封市", "41010519900101123x", "41010519900101123X", "O'Brien", "a\tb");
    private static final List<List<Normalisation>> NORMALISATIONS = List.of(List.of(),
            List.of(Normalisation.of("trim")), List.of(Normalisation.of("half-width"), Normalisation.of("upper")),
            List.of(Normalisation.of("no-spaces")), List.of(Normalisation.of("unify-date")), List.of(Normalisation.of("null-likes"), Normalisation.of("trim")),
            List.of(Normalisation.of("prefix:6")), List.of(Normalisation.of("half-width"), Normalisation.of("trim"), Normalisation.of("unify-date")));

    private static Connection db;

    @BeforeAll
    static void open() throws SQLException {
        db = DriverManager.getConnection("jdbc:duckdb:");
    }

    @AfterAll
    static void close() throws SQLException {
        db.close();
    }

    @Nested
    class Normalisations {

        @Test
        void everyNormalisation_inSql_agreesWithItsJavaMeaning() throws SQLException {
            for (List<Normalisation> ns : NORMALISATIONS) {
                for (String v : VALUES) {
                    try (PreparedStatement ps = db.prepareStatement("SELECT " + DuckDbComparisonCompiler.normalise(ns, "x")
                            + " FROM (SELECT CAST(? AS VARCHAR) AS x)")) {
                        ps.setString(1, v);
                        try (ResultSet rs = ps.executeQuery()) {
                            rs.next();
                            assertThat(rs.getString(1)).as("%s of [%s]", ns, v).isEqualTo(Normalisation.normalise(ns, v));
                        }
                    }
                }
            }
        }

        @Test
        void unknownNormalisation_orBadPrefix_isRefused() {
            assertThatThrownBy(() -> Normalisation.of("soundex")).isInstanceOf(UnknownCheckException.class).hasMessageContaining("soundex");
            assertThatThrownBy(() -> Normalisation.of("prefix:x")).isInstanceOf(UnknownCheckException.class);
            assertThatThrownBy(() -> Normalisation.of("prefix:0")).isInstanceOf(UnknownCheckException.class);
        }
    }

    @Nested
    class Definitions {

        @Test
        void mapForm_roundTrips() {
            Comparison c = Comparison.of(Map.of("leftKey", "sfzhm", "rightKey", "id", "keyNormalise", List.of("half-width", "upper"),
                    "items", List.of(Map.of("left", "xm", "right", "name", "normalise", List.of("no-spaces"), "owner", "right"))));
            assertThat(Comparison.of(c.toMap())).isEqualTo(c);
            assertThat(c.items().getFirst().name()).isEqualTo("xm");
            assertThat(c.items().getFirst().owner()).isEqualTo(Comparison.Side.RIGHT);
        }

        @Test
        void noItems_duplicateItems_orBadOwner_areRefused() {
            assertThatThrownBy(() -> Comparison.of(Map.of("leftKey", "a", "rightKey", "b", "items", List.of())))
                    .isInstanceOf(UnknownCheckException.class);
            assertThatThrownBy(() -> Comparison.of(Map.of("leftKey", "a", "rightKey", "b", "items",
                    List.of(Map.of("left", "x", "right", "y"), Map.of("left", "x", "right", "z"))))).hasMessageContaining("twice");
            assertThatThrownBy(() -> Comparison.of(Map.of("leftKey", "a", "rightKey", "b", "items",
                    List.of(Map.of("left", "x", "right", "y", "owner", "middle"))))).hasMessageContaining("owner");
        }
    }

    @Nested
    class Runs {

        private final Comparison comparison = new Comparison("id", "pid", List.of(Normalisation.of("half-width"), Normalisation.of("trim"),
                Normalisation.of("upper")), List.of(
                new Comparison.Item("name", "name", "xm", List.of(Normalisation.of("null-likes"), Normalisation.of("no-spaces")), Comparison.Side.LEFT),
                new Comparison.Item("born", "born", "csrq", List.of(Normalisation.of("unify-date")), Comparison.Side.LEFT),
                new Comparison.Item("addr", "addr", "dz", List.of(Normalisation.of("prefix:6")), Comparison.Side.RIGHT)));

        @Test
        void generatedSides_summaryAndRows_matchTheJavaReference() throws SQLException {
            Random random = new Random(7);
            List<String[]> left = new ArrayList<>();
            List<String[]> right = new ArrayList<>();
            for (int i = 0; i < 400; i++) {
                String key = String.format("41010519900101%04d", i);
                boolean inLeft = random.nextInt(10) > 0;
                boolean inRight = random.nextInt(10) > 1;
                String rightKey = random.nextInt(5) == 0 ? " " + key.replace('1', '１') + " " : key;
                if (inLeft) {
                    left.add(new String[] {key, pick(random), pick(random), pick(random)});
                }
                if (inRight) {
                    right.add(new String[] {rightKey, pick(random), pick(random), pick(random)});
                }
            }
            left.add(new String[] {"  ", "x", "y", "z"});
            // The right side keyed by (pid, kind): two versions of one person, the newer wins.
            right.add(new String[] {"410105199001010000", "旧名", "1990-01-01", "河南省郑州市"});
            load("lt", List.of("id", "name", "born", "addr"), left, false);
            load("rt", List.of("pid", "xm", "csrq", "dz"), right, true);

            Expected expected = expected(left, right);
            DuckDbComparisonCompiler compiler = new DuckDbComparisonCompiler(comparison);
            var l = new DuckDbComparisonCompiler.Source("lt", true);
            var r = new DuckDbComparisonCompiler.Source("rt", false);
            try (Statement st = db.createStatement(); ResultSet rs = st.executeQuery(compiler.summaryQuery(l, r))) {
                rs.next();
                long[] actual = new long[4 + 4 * comparison.items().size()];
                for (int i = 0; i < actual.length; i++) {
                    actual[i] = rs.getLong(i + 1);
                }
                assertThat(actual).isEqualTo(expected.summary);
            }
            Map<String, String> rows = new TreeMap<>();
            try (Statement st = db.createStatement(); ResultSet rs = st.executeQuery(compiler.rowsQuery(l, r))) {
                while (rs.next()) {
                    StringBuilder sb = new StringBuilder(rs.getString("kind"));
                    for (int i = 0; i < comparison.items().size(); i++) {
                        sb.append(rs.getBoolean("c" + i) ? " " + rs.getString("lr" + i) + "≠" + rs.getString("rr" + i) : " =");
                    }
                    rows.put(rs.getString("k"), sb.toString());
                }
            }
            assertThat(rows).isEqualTo(expected.rows);
            assertThat(expected.summary[3]).isPositive();
            assertThat(expected.summary[1]).isPositive();
            assertThat(expected.summary[2]).isPositive();
        }

        private record Expected(long[] summary, Map<String, String> rows) {}

        private Expected expected(List<String[]> left, List<String[]> right) {
            Map<String, String[]> l = new HashMap<>();
            Map<String, String[]> r = new HashMap<>();
            for (String[] row : left) {
                String k = Normalisation.normalise(comparison.keyNormalisations(), row[0]);
                if (k != null) {
                    l.put(k, row);
                }
            }
            for (String[] row : right) {
                String k = Normalisation.normalise(comparison.keyNormalisations(), row[0]);
                if (k != null) {
                    r.put(k, row); // later rows are newer versions
                }
            }
            int n = comparison.items().size();
            long[] s = new long[4 + 4 * n];
            Map<String, String> rows = new TreeMap<>();
            java.util.Set<String> keys = new java.util.HashSet<>(l.keySet());
            keys.addAll(r.keySet());
            for (String k : keys) {
                String[] a = l.get(k);
                String[] b = r.get(k);
                if (a == null || b == null) {
                    s[a == null ? 2 : 1]++;
                    rows.put(k, (a == null ? "ONLY_RIGHT" : "ONLY_LEFT") + " =".repeat(n));
                    continue;
                }
                s[0]++;
                boolean any = false;
                StringBuilder sb = new StringBuilder("CONFLICT");
                for (int i = 0; i < n; i++) {
                    List<Normalisation> ns = comparison.items().get(i).normalisations();
                    String x = Normalisation.normalise(ns, a[i + 1]);
                    String y = Normalisation.normalise(ns, b[i + 1]);
                    int slot = 4 + 4 * i;
                    if (java.util.Objects.equals(x, y)) {
                        s[slot]++;
                        sb.append(" =");
                    } else if (x != null && y != null) {
                        s[slot + 1]++;
                        any = true;
                        sb.append(" ").append(a[i + 1]).append("≠").append(b[i + 1]);
                    } else {
                        s[x == null ? slot + 2 : slot + 3]++;
                        sb.append(" =");
                    }
                }
                if (any) {
                    s[3]++;
                    rows.put(k, sb.toString());
                }
            }
            return new Expected(s, rows);
        }

        private String pick(Random random) {
            return VALUES.get(random.nextInt(VALUES.size()));
        }

        private void load(String table, List<String> columns, List<String[]> rows, boolean versions) throws SQLException {
            try (Statement st = db.createStatement()) {
                st.execute("CREATE OR REPLACE TABLE " + table + " (" + String.join(" VARCHAR, ", columns) + " VARCHAR, _v_from BIGINT, _seq BIGINT)");
            }
            try (PreparedStatement ps = db.prepareStatement("INSERT INTO " + table + " VALUES (?, ?, ?, ?, ?, ?)")) {
                long seq = 0;
                for (String[] row : rows) {
                    for (int i = 0; i < 4; i++) {
                        ps.setString(i + 1, row[i]);
                    }
                    ps.setLong(5, versions ? 1 + seq / 200 : 1);
                    ps.setLong(6, seq++);
                    ps.addBatch();
                }
                ps.executeBatch();
            }
        }
    }
}
