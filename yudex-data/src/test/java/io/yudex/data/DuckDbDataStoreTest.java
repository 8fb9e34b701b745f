package io.yudex.data;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import java.nio.file.Path;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class DuckDbDataStoreTest extends DataStoreContract {

    @Override
    DataStore newStore() {
        return DuckDbDataStore.inMemory();
    }

    /** The same contract with batches split over many staging files (three rows each). */
    @org.junit.jupiter.api.Nested
    class WithSmallStagingFiles extends DataStoreContract {

        @Override
        DataStore newStore() {
            return DuckDbDataStore.inMemory(3);
        }
    }

    /**
     * An append is profiled from the sketches gathered while staging; the same batch profiled by scanning it (the
     * path of upserts, deletes and batches from before a restart) must say the same, whatever the column types.
     */
    @Test
    void theSketchedProfile_agreesWithTheScannedOne() throws Exception {
        TableSchema all = new TableSchema("all_types", List.of(new Column("v", ColumnType.VARCHAR, false),
                new Column("n", ColumnType.BIGINT, false), new Column("d", ColumnType.DECIMAL, false),
                new Column("f", ColumnType.DOUBLE, false), new Column("day", ColumnType.DATE, false),
                new Column("ts", ColumnType.TIMESTAMP, false), new Column("b", ColumnType.BOOLEAN, false),
                new Column("bin", ColumnType.BLOB, false), new Column("u", ColumnType.VARCHAR, false)));
        int rows = 3 * ColumnSketch.K;
        try (DuckDbDataStore small = DuckDbDataStore.inMemory(1000)) {
            small.ensureTable(all);
            try (BatchWriter w = small.begin(all, 1, LoadMode.APPEND)) {
                for (int i = 0; i < rows; i++) {
                    boolean gap = i % 7 == 0;
                    w.add(gap ? null : "值\"" + (i % 13), (long) (i % 5 - 2), new BigDecimal(i % 4).movePointLeft(1),
                            i % 3 + 0.25, LocalDate.of(1990 + i % 30, 1 + i % 12, 1 + i % 28), LocalDateTime.of(2023, 1, 5, 8, i % 60, 30),
                            i % 2 == 0, new byte[] {(byte) (i % 3), 0x7f}, u(i));
                }
                w.commit();
            }
            List<ColumnProfile> sketched = small.profile("all_types", 1, 5);
            List<ColumnProfile> scanned;
            try (java.sql.Connection c = small.connection()) {
                scanned = new ProfileQuery(c, "all_types", 1).profile(all.columns().stream().map(Column::name).toList(), 5);
            }
            assertThat(sketched).hasSameSizeAs(scanned);
            for (int i = 0; i < scanned.size(); i++) {
                ColumnProfile s = sketched.get(i);
                ColumnProfile q = scanned.get(i);
                assertThat(s).as(s + " vs " + q).usingRecursiveComparison().ignoringFields("distinct", "top").isEqualTo(q);
                assertThat(s.distinct()).as(q.column()).isCloseTo(q.distinct(), org.assertj.core.data.Percentage.withPercentage(5));
                // among (nearly) equally frequent values either side may pick others, and the scan's approx_top_k
                // misses some that the exact sketch finds: the sketch's are at least as frequent, and their counts true
                assertThat(s.top()).as(q.column()).hasSameSizeAs(q.top());
                for (int t = 0; t < q.top().size(); t++) {
                    assertThat(s.top().get(t).count()).as(q.column()).isGreaterThanOrEqualTo(q.top().get(t).count());
                }
                for (ColumnProfile.ValueCount vc : s.top()) {
                    assertThat(countOf(small, q.column(), vc.value())).as(q.column() + " " + vc.value()).isEqualTo(vc.count());
                }
            }
            ColumnProfile u = sketched.getLast();
            assertThat(u.top().getFirst()).isEqualTo(new ColumnProfile.ValueCount("同", rows / 100 + 1));
            assertThat(sketched.getFirst().distinct()).isEqualTo(13);
        }
    }

    /**
     * Mostly unique text with one frequent value, and strings whose order differs between UTF-16 and UTF-8 (a
     * supplementary character against U+E000) or hinges on a quote-like character after a common prefix.
     */
    private static String u(int i) {
        return switch (i) {
            case 1 -> "ab";
            case 2 -> "ab!";
            case 3 -> "\uE000私用";
            case 4 -> "\uD83D\uDE00笑";
            default -> i % 100 == 0 ? "同" : "唯一" + i;
        };
    }

    private static long countOf(DuckDbDataStore store, String column, String text) throws java.sql.SQLException {
        try (java.sql.Connection c = store.connection();
                java.sql.PreparedStatement p = c.prepareStatement("SELECT count(*) FROM all_types WHERE " + column + "::VARCHAR = ?")) {
            p.setString(1, text);
            try (java.sql.ResultSet rs = p.executeQuery()) {
                rs.next();
                return rs.getLong(1);
            }
        }
    }

    @Test
    void aBatchOfManyStagingFiles_staysInvisibleWhileItsFilesAreInserted_andAppliesWholeOrNotAtAll() {
        int rows = 3 * DuckDbBatchWriter.BLOCK;
        try (DuckDbDataStore small = DuckDbDataStore.inMemory(1000)) {
            small.ensureTable(PEOPLE);
            try (BatchWriter w = small.begin(PEOPLE, 1, LoadMode.APPEND)) {
                w.add(person(1, 1));
                w.commit();
            }
            try (BatchWriter w = small.begin(PEOPLE, 2, LoadMode.FULL_REPLACE)) {
                for (int i = 0; i < rows; i++) {
                    w.add(person(i, 2));
                }
                assertThat(small.count("people", null)).isEqualTo(1);
                w.abort();
            }
            assertThat(small.count("people", null)).isEqualTo(1);
            try (BatchWriter w = small.begin(PEOPLE, 2, LoadMode.FULL_REPLACE)) {
                for (int i = 0; i < rows; i++) {
                    w.add(person(i, 2));
                }
                assertThat(w.commit()).isEqualTo(new BatchOutcome(2, rows, rows, 1));
            }
            assertThat(small.count("people", null)).isEqualTo(rows);
            assertThat(small.rows("people", null, rows - 1, 1).getFirst()).containsEntry("id", "P" + (rows - 1));
        }
    }

    @Test
    void aBatchInFlightWhenTheStoreGoesAway_leavesTheFileAsItWas(@TempDir Path dir) {
        Path file = dir.resolve("data.duckdb");
        try (DuckDbDataStore first = DuckDbDataStore.open(file)) {
            first.ensureTable(PEOPLE);
            try (BatchWriter w = first.begin(PEOPLE, 1, LoadMode.APPEND)) {
                w.add(person(1, 1));
                w.commit();
            }
            BatchWriter inFlight = first.begin(PEOPLE, 2, LoadMode.FULL_REPLACE);
            inFlight.add(person(2, 1));
            // the process "dies" here: the writer is never committed or closed
        }
        try (DuckDbDataStore reopened = DuckDbDataStore.open(file)) {
            assertThat(reopened.count("people", null)).isEqualTo(1);
            assertThat(reopened.tableExists("_stg_people_2")).isFalse();
            try (BatchWriter w = reopened.begin(PEOPLE, 2, LoadMode.APPEND)) {
                w.add(person(2, 1));
                assertThat(w.commit().inserted()).isEqualTo(1);
            }
        }
    }
}
