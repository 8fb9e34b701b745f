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
