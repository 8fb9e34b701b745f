package io.yudex.data;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
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
