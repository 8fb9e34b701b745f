package io.yudex.data;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;

/** What every {@link DataStore} must do; each implementation's test extends this. */
abstract class DataStoreContract {

    static final TableSchema PEOPLE = new TableSchema("people", List.of(
            new Column("id", ColumnType.VARCHAR, true),
            new Column("name", ColumnType.VARCHAR, false),
            new Column("born", ColumnType.DATE, false),
            new Column("income", ColumnType.DECIMAL, false)));

    static final TableSchema EVENTS = new TableSchema("events", List.of(
            new Column("what", ColumnType.VARCHAR, false),
            new Column("at", ColumnType.TIMESTAMP, false)));

    DataStore store;

    abstract DataStore newStore();

    @BeforeEach
    void open() {
        store = newStore();
        store.ensureTable(PEOPLE);
        store.ensureTable(EVENTS);
    }

    @AfterEach
    void closeStore() {
        store.close();
    }

    /** Person {@code i} as a row; {@code version} changes the non-key values. */
    static Object[] person(int i, int version) {
        return new Object[] {"P" + i, "人" + i + "v" + version, LocalDate.of(1950 + i % 50, 1 + i % 12, 1 + i % 28),
                new BigDecimal(1000 + i * 10 + version).setScale(2)};
    }

    BatchOutcome load(TableSchema schema, long batch, LoadMode mode, int from, int to, int version) {
        try (BatchWriter w = store.begin(schema, batch, mode)) {
            for (int i = from; i < to; i++) {
                w.add(mode == LoadMode.DELETE ? new Object[] {"P" + i} : person(i, version));
            }
            return w.commit();
        }
    }

    @Nested
    class Modes {

        @Test
        void append_addsRows() {
            load(PEOPLE, 1, LoadMode.APPEND, 0, 10, 1);
            BatchOutcome second = load(PEOPLE, 2, LoadMode.APPEND, 10, 15, 1);
            assertThat(second).isEqualTo(new BatchOutcome(2, 5, 5, 0));
            assertThat(store.count("people", null)).isEqualTo(15);
        }

        @Test
        void fullReplace_makesTheBatchTheWholeState() {
            load(PEOPLE, 1, LoadMode.APPEND, 0, 10, 1);
            BatchOutcome replace = load(PEOPLE, 2, LoadMode.FULL_REPLACE, 5, 8, 2);
            assertThat(replace.closed()).isEqualTo(10);
            assertThat(store.count("people", null)).isEqualTo(3);
            assertThat(store.rows("people", null, 0, 10)).extracting(r -> r.get("id")).containsExactly("P5", "P6", "P7");
        }

        @Test
        void upsert_replacesByKey_andTheLastRowOfAKeyInTheBatchWins() {
            load(PEOPLE, 1, LoadMode.APPEND, 0, 10, 1);
            try (BatchWriter w = store.begin(PEOPLE, 2, LoadMode.UPSERT)) {
                w.add(person(3, 2));
                w.add(person(3, 3));
                w.add(person(20, 1));
                assertThat(w.commit()).isEqualTo(new BatchOutcome(2, 3, 2, 1));
            }
            assertThat(store.count("people", null)).isEqualTo(11);
            assertThat(store.rows("people", null, 0, 20)).filteredOn(r -> r.get("id").equals("P3"))
                    .extracting(r -> r.get("name")).containsExactly("人3v3");
        }

        @Test
        void delete_removesTheGivenKeys() {
            load(PEOPLE, 1, LoadMode.APPEND, 0, 10, 1);
            assertThat(load(PEOPLE, 2, LoadMode.DELETE, 0, 4, 0).closed()).isEqualTo(4);
            assertThat(store.count("people", null)).isEqualTo(6);
        }

        @Test
        void keyedModesOnAKeylessTable_areRefused() {
            assertThatThrownBy(() -> store.begin(EVENTS, 1, LoadMode.UPSERT)).isInstanceOf(IllegalArgumentException.class)
                    .hasMessageContaining("key");
        }
    }

    @Nested
    class Atomicity {

        @Test
        void stagedRows_areInvisibleUntilCommit_andAbortLeavesNoTrace() {
            load(PEOPLE, 1, LoadMode.APPEND, 0, 3, 1);
            try (BatchWriter w = store.begin(PEOPLE, 2, LoadMode.FULL_REPLACE)) {
                w.add(person(100, 1));
                assertThat(store.count("people", null)).isEqualTo(3);
                w.abort();
            }
            assertThat(store.count("people", null)).isEqualTo(3);
            assertThat(load(PEOPLE, 2, LoadMode.APPEND, 3, 4, 1).inserted()).isEqualTo(1);
        }

        @Test
        void batchIds_mustIncrease() {
            load(PEOPLE, 5, LoadMode.APPEND, 0, 1, 1);
            assertThatThrownBy(() -> store.begin(PEOPLE, 5, LoadMode.APPEND)).isInstanceOf(IllegalStateException.class)
                    .hasMessageContaining("5");
        }

        @Test
        void wrongValues_areRefusedWithTheColumnName() {
            try (BatchWriter w = store.begin(PEOPLE, 1, LoadMode.APPEND)) {
                assertThatThrownBy(() -> w.add("P1", "x")).isInstanceOf(IllegalArgumentException.class).hasMessageContaining("4 values");
                assertThatThrownBy(() -> w.add("P1", "x", "1990-01-01", null)).isInstanceOf(IllegalArgumentException.class)
                        .hasMessageContaining("born");
            }
        }
    }

    @Nested
    class Gate {

        /** Holds back every staged row whose name ends in an odd digit before "v", found by SQL over the staged rows. */
        final BatchGate oddNames = rows -> {
            java.util.List<Long> seqs = new java.util.ArrayList<>();
            rows.query("SELECT _seq FROM " + rows.relation() + " s WHERE CAST(regexp_extract(name, '([0-9]+)v', 1) AS INTEGER) % 2 = 1",
                    List.of(), v -> seqs.add((Long) v[0]));
            return seqs.stream().mapToLong(Long::longValue).toArray();
        };

        BatchOutcome loadGated(long batch, LoadMode mode, int from, int to, int version, BatchGate gate) {
            try (BatchWriter w = store.begin(PEOPLE, batch, mode)) {
                for (int i = from; i < to; i++) {
                    w.add(person(i, version));
                }
                return w.commit(gate);
            }
        }

        @Test
        void append_heldBackRowsNeverBecomeVisible() {
            BatchOutcome o = loadGated(1, LoadMode.APPEND, 0, 10, 1, oddNames);
            assertThat(o).isEqualTo(new BatchOutcome(1, 10, 5, 0, 5));
            assertThat(store.rows("people", null, 0, 20)).extracting(r -> r.get("id")).containsExactly("P0", "P2", "P4", "P6", "P8");
        }

        @Test
        void upsert_heldBackRowsLeaveTheirCurrentVersionsInPlace() {
            load(PEOPLE, 1, LoadMode.APPEND, 0, 4, 1);
            BatchOutcome o = loadGated(2, LoadMode.UPSERT, 0, 4, 2, oddNames);
            assertThat(o.heldBack()).isEqualTo(2);
            assertThat(o.closed()).isEqualTo(2);
            assertThat(store.rows("people", null, 0, 20)).extracting(r -> r.get("name"))
                    .containsExactlyInAnyOrder("人0v2", "人1v1", "人2v2", "人3v1");
        }

        @Test
        void fullReplace_heldBackRowsAreNotPartOfTheNewState() {
            load(PEOPLE, 1, LoadMode.APPEND, 0, 4, 1);
            BatchOutcome o = loadGated(2, LoadMode.FULL_REPLACE, 10, 14, 1, oddNames);
            assertThat(o.inserted()).isEqualTo(2);
            assertThat(store.rows("people", null, 0, 20)).extracting(r -> r.get("id")).containsExactly("P10", "P12");
        }

        @Test
        void aGateThatThrows_abortsTheWholeBatch() {
            load(PEOPLE, 1, LoadMode.APPEND, 0, 3, 1);
            assertThatThrownBy(() -> loadGated(2, LoadMode.FULL_REPLACE, 10, 14, 1, rows -> {
                throw new IllegalStateException("too many");
            })).hasMessage("too many");
            assertThat(store.count("people", null)).isEqualTo(3);
            assertThat(store.rows("people", null, 0, 10)).extracting(r -> r.get("id")).containsExactly("P0", "P1", "P2");
        }
    }

    @Nested
    class History {

        @Test
        void asOf_showsEachEarlierState() {
            load(PEOPLE, 1, LoadMode.APPEND, 0, 10, 1);
            load(PEOPLE, 2, LoadMode.DELETE, 0, 5, 0);
            load(PEOPLE, 3, LoadMode.APPEND, 10, 12, 1);
            assertThat(store.count("people", 1L)).isEqualTo(10);
            assertThat(store.count("people", 2L)).isEqualTo(5);
            assertThat(store.count("people", 3L)).isEqualTo(7);
            assertThat(store.count("people", null)).isEqualTo(7);
        }

        @Test
        void changesSince_listInsertsUpdatesAndDeletes_butNotUnchangedRows() {
            load(PEOPLE, 1, LoadMode.APPEND, 0, 5, 1);
            load(PEOPLE, 2, LoadMode.UPSERT, 3, 7, 2);     // P3, P4 updated; P5, P6 new
            load(PEOPLE, 3, LoadMode.DELETE, 0, 1, 0);     // P0 deleted
            load(PEOPLE, 4, LoadMode.UPSERT, 1, 2, 1);     // P1 loaded again unchanged

            List<RowChange> changes = store.changesSince("people", 1, 100);
            assertThat(changes).extracting(c -> c.kind() + ":" + c.key().get("id"))
                    .containsExactlyInAnyOrder("UPDATED:P3", "UPDATED:P4", "INSERTED:P5", "INSERTED:P6", "DELETED:P0");
            assertThat(changes).filteredOn(c -> c.kind() == ChangeKind.UPDATED).first()
                    .satisfies(c -> assertThat((String) c.values().get("name")).endsWith("v2"));
        }

        @Test
        void changesBetween_pagesOfAPinnedRange_coverItOnce_andDoNotShiftWhenLaterBatchesCome() {
            load(PEOPLE, 1, LoadMode.APPEND, 0, 3, 1);
            load(PEOPLE, 2, LoadMode.APPEND, 3, 40, 1);      // one large batch: 37 inserts
            load(PEOPLE, 3, LoadMode.DELETE, 0, 2, 0);       // P0, P1 deleted
            assertThat(store.lastBatch("people")).isEqualTo(3);
            List<RowChange> whole = store.changesBetween("people", 1, 3, 0, 1000);
            assertThat(whole).hasSize(39);

            java.util.List<String> paged = new java.util.ArrayList<>();
            for (long offset = 0; offset < 39; offset += 10) {
                if (offset == 20) {
                    load(PEOPLE, 4, LoadMode.UPSERT, 5, 6, 9);   // a later batch must not move the pinned pages
                    load(PEOPLE, 5, LoadMode.DELETE, 30, 31, 0);
                }
                store.changesBetween("people", 1, 3, offset, 10).forEach(c -> paged.add(c.kind() + ":" + c.key().get("id") + "@" + c.batchId()));
            }
            assertThat(paged).hasSize(39).doesNotHaveDuplicates()
                    .containsExactlyElementsOf(whole.stream().map(c -> c.kind() + ":" + c.key().get("id") + "@" + c.batchId()).toList());
            assertThat(paged).contains("DELETED:P0@3", "INSERTED:P5@2", "INSERTED:P30@2");
            assertThat(store.changesBetween("people", 3, 5, 0, 100)).extracting(c -> c.kind() + ":" + c.key().get("id"))
                    .containsExactlyInAnyOrder("UPDATED:P5", "DELETED:P30");
        }

        @Test
        void changesSince_onAKeylessTable_listsAddedAndEndedVersions() {
            try (BatchWriter w = store.begin(EVENTS, 1, LoadMode.APPEND)) {
                w.add("登记", LocalDateTime.of(2024, 1, 5, 9, 30));
                w.commit();
            }
            try (BatchWriter w = store.begin(EVENTS, 2, LoadMode.FULL_REPLACE)) {
                w.add("变更", LocalDateTime.of(2024, 2, 5, 9, 30));
                w.commit();
            }
            assertThat(store.changesSince("events", 1, 10)).extracting(RowChange::kind)
                    .containsExactlyInAnyOrder(ChangeKind.INSERTED, ChangeKind.DELETED);
        }

        @Test
        void rollbackTo_restoresAnEarlierState_asANewBatch() {
            load(PEOPLE, 1, LoadMode.APPEND, 0, 4, 1);
            load(PEOPLE, 2, LoadMode.FULL_REPLACE, 10, 12, 1);
            BatchOutcome rollback = store.rollbackTo("people", 1, 3);
            assertThat(rollback.closed()).isEqualTo(2);
            assertThat(store.rows("people", null, 0, 10)).extracting(r -> r.get("id")).containsExactly("P0", "P1", "P2", "P3");
            assertThat(store.count("people", 2L)).isEqualTo(2);
            assertThatThrownBy(() -> store.rollbackTo("people", 1, 3)).isInstanceOf(IllegalStateException.class);
        }
    }

    @Test
    void valuesRoundTrip_withTheirTypes() {
        TableSchema all = new TableSchema("all_types", List.of(new Column("v", ColumnType.VARCHAR, true),
                new Column("n", ColumnType.BIGINT, false), new Column("d", ColumnType.DECIMAL, false),
                new Column("f", ColumnType.DOUBLE, false), new Column("day", ColumnType.DATE, false),
                new Column("ts", ColumnType.TIMESTAMP, false), new Column("b", ColumnType.BOOLEAN, false)));
        store.ensureTable(all);
        try (BatchWriter w = store.begin(all, 1, LoadMode.APPEND)) {
            w.add("河南", 42L, new BigDecimal("12345.67"), 1.5, LocalDate.of(2023, 1, 5), LocalDateTime.of(2023, 1, 5, 8, 0), true);
            w.add("空", null, null, null, null, null, null);
            w.add("", -7L, new BigDecimal("-0.5"), -2.25e10, LocalDate.of(1900, 12, 31), LocalDateTime.of(2024, 2, 29, 23, 59, 59, 123_000_000), false);
            w.add("引号\"与,逗号\n换行", 0L, BigDecimal.ZERO, 0.0, LocalDate.of(2000, 1, 1), LocalDateTime.of(2000, 1, 1, 0, 0), true);
            w.commit();
        }
        Map<String, Object> row = store.rows("all_types", null, 0, 1).getFirst();
        assertThat(row).containsEntry("v", "河南").containsEntry("n", 42L).containsEntry("f", 1.5)
                .containsEntry("day", LocalDate.of(2023, 1, 5)).containsEntry("ts", LocalDateTime.of(2023, 1, 5, 8, 0))
                .containsEntry("b", true);
        assertThat((BigDecimal) row.get("d")).isEqualByComparingTo("12345.67");
        assertThat(store.rows("all_types", null, 1, 1).getFirst()).containsEntry("n", null).containsEntry("v", "空");
        Map<String, Object> edge = store.rows("all_types", null, 2, 1).getFirst();
        assertThat(edge).containsEntry("v", "").containsEntry("n", -7L).containsEntry("f", -2.25e10).containsEntry("b", false)
                .containsEntry("ts", LocalDateTime.of(2024, 2, 29, 23, 59, 59, 123_000_000));
        assertThat(store.rows("all_types", null, 3, 1).getFirst()).containsEntry("v", "引号\"与,逗号\n换行");
    }

    @Test
    void profile_describesTheColumnsOfTheRowsABatchIntroduced() {
        load(PEOPLE, 1, LoadMode.APPEND, 0, 10, 1);
        try (BatchWriter w = store.begin(PEOPLE, 2, LoadMode.APPEND)) {
            w.add("P100", "同名", null, null);
            w.add("P101", "同名", null, null);
            w.add("P102", "别名", LocalDate.of(2000, 1, 1), null);
            w.commit();
        }
        Map<String, ColumnProfile> byColumn = new java.util.HashMap<>();
        store.profile("people", 2, 5).forEach(p -> byColumn.put(p.column(), p));
        assertThat(byColumn.get("name").rows()).isEqualTo(3);
        assertThat(byColumn.get("name").top().getFirst()).isEqualTo(new ColumnProfile.ValueCount("同名", 2));
        assertThat(byColumn.get("born").nulls()).isEqualTo(2);
        assertThat(byColumn.get("born").min()).isEqualTo("2000-01-01");
        assertThat(byColumn.get("name").distinct()).isEqualTo(2);
        assertThat(byColumn.get("name").top()).hasSize(2);
        assertThat(byColumn.get("income").nullShare()).isEqualTo(1.0);
        assertThat(byColumn.get("income").top()).isEmpty();
        assertThat(store.profile("people", 99, 5)).allSatisfy(p -> assertThat(p.rows()).isZero());
        assertThat(store.sample("people", "id", 2, 10)).containsExactlyInAnyOrder("P100", "P101", "P102");
    }

    @Test
    void ensureTable_addsNewColumnsAndKeepsData() {
        load(PEOPLE, 1, LoadMode.APPEND, 0, 2, 1);
        TableSchema wider = new TableSchema("people", List.of(PEOPLE.columns().get(0), PEOPLE.columns().get(1), PEOPLE.columns().get(2),
                PEOPLE.columns().get(3), new Column("phone", ColumnType.VARCHAR, false)));
        store.ensureTable(wider);
        assertThat(store.rows("people", null, 0, 1).getFirst()).containsKey("phone").containsEntry("id", "P0");
        assertThat(store.tableExists("people")).isTrue();
        assertThat(store.tableExists("nobody")).isFalse();
    }
    @Test
    void query_streamsTheRowsOfASelect_withParameters_andTheStoresOwnColumns() {
        load(PEOPLE, 1, LoadMode.APPEND, 0, 10, 1);
        load(PEOPLE, 2, LoadMode.UPSERT, 0, 3, 2);
        List<Object[]> rows = new java.util.ArrayList<>();
        long n = store.query("SELECT id, name, born, _v_from FROM people WHERE _v_to IS NULL AND id IN (?, ?) ORDER BY id",
                List.of("P1", "P7"), rows::add);
        assertThat(n).isEqualTo(2);
        assertThat(rows.get(0)).containsExactly("P1", "人1v2", LocalDate.of(1951, 2, 2), 2L);
        assertThat(rows.get(1)[3]).isEqualTo(1L);
        assertThat(store.dialect()).isNotBlank();
    }

    @Test
    void query_refusesAnythingButAQuery_andNamesEngineErrors() {
        assertThatThrownBy(() -> store.query("DROP TABLE people", List.of(), r -> { }))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("SELECT");
        assertThatThrownBy(() -> store.query("SELECT nope FROM people", List.of(), r -> { }))
                .isInstanceOf(DataStoreException.class).hasMessageContaining("nope");
        assertThat(store.tableExists("people")).isTrue();
    }
}
