package io.yudex.exchange;

import static org.assertj.core.api.Assertions.assertThat;

import io.yudex.data.BatchWriter;
import io.yudex.data.Column;
import io.yudex.data.ColumnType;
import io.yudex.data.DuckDbDataStore;
import io.yudex.data.MaskedSql;
import io.yudex.data.LoadMode;
import io.yudex.data.TableSchema;
import io.yudex.standards.masking.HmacKey;
import io.yudex.standards.masking.MaskingRule;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.ArrayList;
import java.util.List;
import java.util.SplittableRandom;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/** Every rule stated in SQL must give, value for value, what the rule's Java code gives of the value's Java text. */
class MaskedSqlTest {

    private static final int ROWS = 3000;
    private static final String[] PIECES = {"a", "Z", "7", "张", "王", "-", " ", "𠀀", "😀", "省", "市", "区", ",", "\"", "é"};
    private static DuckDbDataStore store;
    private static final List<Object[]> values = new ArrayList<>();

    @BeforeAll
    static void load() {
        if (java.security.Security.getProvider("BC") == null) {
            java.security.Security.addProvider(new org.bouncycastle.jce.provider.BouncyCastleProvider());
        }
        store = DuckDbDataStore.inMemory();
        TableSchema schema = new TableSchema("t", List.of(new Column("s", ColumnType.VARCHAR, false), new Column("n", ColumnType.BIGINT, false),
                new Column("d", ColumnType.DECIMAL, false), new Column("f", ColumnType.DOUBLE, false), new Column("day", ColumnType.DATE, false),
                new Column("ts", ColumnType.TIMESTAMP, false), new Column("b", ColumnType.BOOLEAN, false), new Column("i", ColumnType.BIGINT, false)));
        store.ensureTable(schema);
        SplittableRandom r = new SplittableRandom(7);
        try (BatchWriter w = store.begin(schema, 1, LoadMode.APPEND)) {
            for (int i = 0; i < ROWS; i++) {
                StringBuilder s = new StringBuilder();
                int len = r.nextInt(14);
                for (int k = 0; k < len; k++) {
                    s.append(PIECES[r.nextInt(PIECES.length)]);
                }
                Object[] row = {i % 50 == 0 ? null : s.toString(), r.nextLong(-1_000_000, 1_000_000), new BigDecimal(r.nextLong(-10_000_000, 10_000_000)).movePointLeft(r.nextInt(5)),
                        i % 3 == 0 ? r.nextDouble() * 1e6 : r.nextInt(1000) / 8.0, LocalDate.of(1900 + r.nextInt(200), 1 + r.nextInt(12), 1 + r.nextInt(28)),
                        LocalDateTime.of(2020, 1 + r.nextInt(12), 1 + r.nextInt(28), r.nextInt(24), r.nextInt(60), r.nextInt(2) * r.nextInt(60)),
                        r.nextBoolean(), (long) i};
                w.add(row);
                values.add(row);
            }
            w.commit();
        }
    }

    @AfterAll
    static void close() {
        store.close();
    }

    @Test
    void everyRule_inSql_givesWhatJavaGives() {
        List<MaskingRule> rules = new ArrayList<>(List.of(MaskingRule.parse("MASK_SHOW_FIRST_LAST(6,4)"), MaskingRule.parse("MASK_SHOW_FIRST_LAST(1,0)"),
                MaskingRule.parse("MASK_SHOW_FIRST_LAST(3,4)"), MaskingRule.parse("SHOW_FIRST_2"), MaskingRule.parse("SHOW_LAST_4"),
                MaskingRule.parse("MASK"), MaskingRule.parse("NULLIFY"), MaskingRule.parse("DATE_SHOW_YEAR"), MaskingRule.parse("GENERALISE_ADDRESS"),
                MaskingRule.parse("GENERALISE_DIVISION(CITY)"), MaskingRule.parse("HASH(SM3)", HmacKey.of(new byte[32]))));
        rules.add(null);
        String[] columns = {"s", "n", "d", "f", "day", "ts", "b"};
        ColumnType[] types = {ColumnType.VARCHAR, ColumnType.BIGINT, ColumnType.DECIMAL, ColumnType.DOUBLE, ColumnType.DATE, ColumnType.TIMESTAMP, ColumnType.BOOLEAN};
        try (MaskedSql sql = new MaskedSql(store)) {
            for (MaskingRule rule : rules) {
                List<String> select = new ArrayList<>();
                for (int c = 0; c < columns.length; c++) {
                    String col = "\"" + columns[c] + "\"";
                    select.add(sql.masked(col, types[c], sql.text(col, types[c]), rule));
                }
                List<Object[]> out = new ArrayList<>();
                store.query("SELECT " + String.join(", ", select) + " FROM \"t\" ORDER BY \"i\"", List.of(), out::add);
                assertThat(out).hasSize(ROWS);
                for (int i = 0; i < ROWS; i++) {
                    for (int c = 0; c < columns.length; c++) {
                        Object v = values.get(i)[c];
                        String javaText = v == null ? null : types[c] == ColumnType.DECIMAL ? ((BigDecimal) v).setScale(10).toString() : v.toString();
                        String expected = rule == null ? javaText : rule.apply(javaText);
                        assertThat(out.get(i)[c]).as("%s of %s (%s)", rule == null ? "KEEP" : rule.spec(), columns[c], javaText).isEqualTo(expected);
                    }
                }
            }
        }
    }

    @Test
    void plainText_printsNumbersAsTheDownloadsDo() {
        try (MaskedSql sql = new MaskedSql(store)) {
            List<Object[]> out = new ArrayList<>();
            store.query("SELECT " + sql.plainText("\"d\"", ColumnType.DECIMAL) + ", " + sql.plainText("\"f\"", ColumnType.DOUBLE) + " FROM \"t\" ORDER BY \"i\"",
                    List.of(), out::add);
            for (int i = 0; i < ROWS; i++) {
                assertThat(out.get(i)[0]).isEqualTo(((BigDecimal) values.get(i)[2]).stripTrailingZeros().toPlainString());
                assertThat(out.get(i)[1]).isEqualTo(BigDecimal.valueOf((Double) values.get(i)[3]).stripTrailingZeros().toPlainString());
            }
        }
    }
}
