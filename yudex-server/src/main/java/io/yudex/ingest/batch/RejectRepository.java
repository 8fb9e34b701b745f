package io.yudex.ingest.batch;

import io.yudex.ingest.RejectSink;
import java.util.ArrayList;
import java.util.List;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Repository;

/** The quarantine: rejected rows of each batch, written in chunks as the load goes. */
@Repository
class RejectRepository {

    private static final int CHUNK = 1000;

    private final JdbcTemplate jdbc;

    RejectRepository(JdbcTemplate jdbc) {
        this.jdbc = jdbc;
    }

    /** Buffers rejects of one batch and writes them in chunks. */
    final class Sink implements RejectSink {
        private final long batchId;
        private final List<Object[]> pending = new ArrayList<>();
        private int seq;

        private Sink(long batchId) {
            this.batchId = batchId;
        }

        @Override
        public void reject(long line, String column, String value, String reason) {
            add(new Reject(line, column, value, reason));
        }

        void add(Reject r) {
            pending.add(new Object[] {batchId, seq++, r.line(), r.column(), truncate(r.value(), 1000), truncate(r.reason(), 1000)});
            if (pending.size() >= CHUNK) {
                flush();
            }
        }

        @Override
        public void flush() {
            if (!pending.isEmpty()) {
                jdbc.batchUpdate("INSERT INTO ingest_reject (batch_id, seq, line, column_name, raw_value, reason) VALUES (?, ?, ?, ?, ?, ?)",
                        pending);
                pending.clear();
            }
        }
    }

    Sink sink(long batchId) {
        return new Sink(batchId);
    }

    List<Reject> page(long batchId, int offset, int limit) {
        return jdbc.query("SELECT line, column_name, raw_value, reason FROM ingest_reject WHERE batch_id = ? ORDER BY seq LIMIT ? OFFSET ?",
                (rs, n) -> new Reject(rs.getLong(1), rs.getString(2), rs.getString(3), rs.getString(4)), batchId, limit, offset);
    }

    private static String truncate(String s, int max) {
        return s == null || s.length() <= max ? s : s.substring(0, max);
    }
}
