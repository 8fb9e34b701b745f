package io.yudex.platform;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Optional;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.Supplier;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;
import org.springframework.transaction.support.TransactionSynchronization;
import org.springframework.transaction.support.TransactionSynchronizationManager;

class ChangeTrackedCacheTest {

    private final ChangeTrackedCache<String, String> cache = new ChangeTrackedCache<>(3);
    private final AtomicInteger loads = new AtomicInteger();
    private String stored = "v1";

    private Supplier<Optional<String>> fromDatabase() {
        return () -> {
            loads.incrementAndGet();
            return Optional.ofNullable(stored);
        };
    }

    @AfterEach
    void clearTransactionState() {
        if (TransactionSynchronizationManager.isSynchronizationActive()) {
            TransactionSynchronizationManager.clearSynchronization();
        }
        TransactionSynchronizationManager.setActualTransactionActive(false);
    }

    @Nested
    class Get {

        @Test
        void get_withoutAWrite_loadsOnce() {
            assertThat(cache.get("k", fromDatabase())).contains("v1");
            assertThat(cache.get("k", fromDatabase())).contains("v1");
            assertThat(loads.get()).isEqualTo(1);
        }

        @Test
        void get_afterChanged_loadsTheNewValue() {
            cache.get("k", fromDatabase());
            stored = "v2";
            cache.changed();
            assertThat(cache.get("k", fromDatabase())).contains("v2");
        }

        @Test
        void get_ofAnAbsentValue_isNotKept() {
            stored = null;
            assertThat(cache.get("k", fromDatabase())).isEmpty();
            stored = "v1";
            assertThat(cache.get("k", fromDatabase())).as("an insert need not call changed() to be seen").contains("v1");
        }

        @Test
        void get_whenAWriteLandsWhileLoading_doesNotServeWhatWasLoaded() {
            cache.get("k", () -> {
                String before = stored;
                stored = "v2"; // another thread writes and commits between the read and the put
                cache.changed();
                return Optional.of(before);
            });
            assertThat(cache.get("k", fromDatabase())).contains("v2");
        }

        @Test
        void get_pastTheBound_startsAfresh() {
            for (String k : new String[] {"a", "b", "c", "d"}) {
                cache.get(k, fromDatabase());
            }
            assertThat(cache.size()).isLessThanOrEqualTo(3);
        }
    }

    @Nested
    class Transactions {

        @Test
        void get_insideATransaction_neitherReadsNorFillsTheCache() {
            cache.get("k", fromDatabase());
            TransactionSynchronizationManager.setActualTransactionActive(true);
            stored = "uncommitted";
            assertThat(cache.get("k", fromDatabase())).contains("uncommitted");
            TransactionSynchronizationManager.setActualTransactionActive(false);
            stored = "v1"; // rolled back
            assertThat(cache.get("k", fromDatabase())).contains("v1");
        }

        @Test
        void changed_inATransaction_alsoMakesStaleWhatWasLoadedBeforeItCommitted() {
            TransactionSynchronizationManager.initSynchronization();
            cache.changed(); // the write, not yet committed
            assertThat(cache.get("k", fromDatabase())).as("another thread still reads the committed value").contains("v1");
            stored = "v2";
            for (TransactionSynchronization s : TransactionSynchronizationManager.getSynchronizations()) {
                s.afterCompletion(TransactionSynchronization.STATUS_COMMITTED);
            }
            assertThat(cache.get("k", fromDatabase())).contains("v2");
        }
    }
}
