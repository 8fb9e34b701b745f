package io.yudex.ingest;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

class PrefetchingSourceTest {

    /** A source of {@code n} records that fails after {@code failAt} records when failAt >= 0. */
    static RowSource counting(int n, int failAt) {
        return new RowSource() {
            int i;

            @Override
            public List<String> header() {
                return List.of("n");
            }

            @Override
            public SourceRecord next() {
                if (i == failAt) {
                    throw new SourceFormatException("broken at " + i);
                }
                return i < n ? new SourceRecord(++i, List.of(String.valueOf(i)), null) : null;
            }

            @Override
            public long bytesRead() {
                return i;
            }

            @Override
            public void close() {}
        };
    }

    @Test
    void deliversEveryRecordInOrder_acrossChunks() {
        int n = PrefetchingSource.CHUNK * 3 + 17;
        List<Long> lines = new ArrayList<>();
        try (RowSource s = PrefetchingSource.wrap(counting(n, -1))) {
            SourceRecord r;
            while ((r = s.next()) != null) {
                lines.add(r.line());
            }
            assertThat(s.next()).isNull();
            assertThat(s.bytesRead()).isEqualTo(n);
        }
        assertThat(lines).hasSize(n).isSorted().startsWith(1L).endsWith((long) n);
    }

    @Test
    void aReaderFailure_reachesTheConsumerAfterTheRecordsBeforeIt() {
        try (RowSource s = PrefetchingSource.wrap(counting(5000, 2000))) {
            int seen = 0;
            try {
                while (s.next() != null) {
                    seen++;
                }
            } catch (SourceFormatException e) {
                assertThat(e).hasMessageContaining("broken at 2000");
            }
            assertThat(seen).isEqualTo(2000);
        }
    }

    @Test
    void closingEarly_stopsTheReaderThread() throws InterruptedException {
        RowSource s = PrefetchingSource.wrap(counting(1_000_000, -1));
        assertThat(s.next()).isNotNull();
        s.close();
        Thread.sleep(50);
        assertThat(Thread.getAllStackTraces().keySet()).noneMatch(t -> t.getName().equals("yudex-prefetch") && t.isAlive());
    }
}
