package io.yudex.data;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class DuckDbCopyTest {

    private static final TableSchema PEOPLE = new TableSchema("people", List.of(new Column("id", ColumnType.VARCHAR, true),
            new Column("name", ColumnType.VARCHAR, false), new Column("n", ColumnType.BIGINT, false)));

    @TempDir
    Path dir;

    private DuckDbDataStore store(int rows) {
        DuckDbDataStore store = DuckDbDataStore.inMemory();
        store.ensureTable(PEOPLE);
        try (BatchWriter w = store.begin(PEOPLE, 1, LoadMode.APPEND)) {
            for (int i = 0; i < rows; i++) {
                w.add("id" + i, i % 10 == 0 ? null : "名字,\"" + i, (long) i);
            }
            w.commit();
        }
        return store;
    }

    @Test
    void copy_writesTheRowsThroughTheTextFunction_inEveryFormat() throws Exception {
        try (DuckDbDataStore store = store(5000); TextFunction upper = store.textFunction(v -> v.toUpperCase(Locale.ROOT) + "!")) {
            String sql = "SELECT " + upper.call("\"id\"") + " AS id, \"name\", \"n\" FROM \"people\" WHERE _v_to IS NULL AND \"n\" >= ? ORDER BY \"n\"";
            Path csv = dir.resolve("out.csv");
            assertThat(store.copy(sql, List.of(4000L), CopyFormat.CSV, csv)).isEqualTo(1000);
            List<String> lines = Files.readAllLines(csv, StandardCharsets.UTF_8);
            assertThat(lines.getFirst()).isEqualTo("id,name,n");
            assertThat(lines.get(1)).isEqualTo("ID4000!,,4000");
            assertThat(lines.get(2)).isEqualTo("ID4001!,\"名字,\"\"4001\",4001");

            Path parquet = dir.resolve("out.parquet");
            assertThat(store.copy(sql, List.of(0L), CopyFormat.PARQUET, parquet)).isEqualTo(5000);
            List<Object[]> back = new ArrayList<>();
            store.query("SELECT id, name, n FROM read_parquet(?) ORDER BY n LIMIT 2", List.of(parquet.toString()), back::add);
            assertThat(back.get(1)).containsExactly("ID1!", "名字,\"1", 1L);

            Path json = dir.resolve("out.ndjson");
            assertThat(store.copy(sql, List.of(4998L), CopyFormat.NDJSON, json)).isEqualTo(2);
            assertThat(Files.readAllLines(json)).containsExactly("{\"id\":\"ID4998!\",\"name\":\"名字,\\\"4998\",\"n\":4998}",
                    "{\"id\":\"ID4999!\",\"name\":\"名字,\\\"4999\",\"n\":4999}");
        }
    }

    @Test
    void aClosedTextFunction_cannotBeCalled_andCopyTakesOnlyQueries() {
        try (DuckDbDataStore store = store(10)) {
            TextFunction f = store.textFunction(v -> v);
            String sql = "SELECT " + f.call("\"id\"") + " FROM \"people\"";
            f.close();
            assertThatThrownBy(() -> store.copy(sql, List.of(), CopyFormat.CSV, dir.resolve("x.csv"))).isInstanceOf(DataStoreException.class);
            assertThatThrownBy(() -> store.copy("DELETE FROM people", List.of(), CopyFormat.CSV, dir.resolve("y.csv")))
                    .isInstanceOf(IllegalArgumentException.class);
        }
    }
}
