package io.yudex.ingest.batch;

import io.yudex.data.LoadMode;
import io.yudex.ingest.Loader;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Optional;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.jdbc.support.GeneratedKeyHolder;
import org.springframework.stereotype.Repository;

@Repository
class BatchRepository {

    private final JdbcClient jdbc;

    BatchRepository(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    long insert(String resourceCode, BatchSource source, String sourceName, String format, LoadMode mode, String user,
            Instant now, Long bytesTotal, String checksum) {
        var keys = new GeneratedKeyHolder();
        jdbc.sql("""
                INSERT INTO ingest_batch (resource_code, source, source_name, format, mode, created_by, started_at, status, bytes_total, checksum)
                VALUES (?, ?, ?, ?, ?, ?, ?, 'RUNNING', ?, ?)
                """)
                .params(resourceCode, source.name(), sourceName, format, mode.name(), user, utc(now), bytesTotal, checksum)
                .update(keys, "id");
        return keys.getKey().longValue();
    }

    /** Remembers the upload and mapping of a file batch, to run it again. */
    void recordUpload(long id, String uploadFile, String columnMapping) {
        jdbc.sql("UPDATE ingest_batch SET upload_file = ?, column_mapping = ? WHERE id = ?").params(uploadFile, columnMapping, id).update();
    }

    /** The upload file name and mapping JSON of a batch (both may be null). */
    Optional<String[]> upload(long id) {
        return jdbc.sql("SELECT upload_file, column_mapping FROM ingest_batch WHERE id = ?").param(id)
                .query((rs, n) -> new String[] {rs.getString(1), rs.getString(2)}).optional();
    }

    void progress(long id, Loader.Counters c) {
        jdbc.sql("UPDATE ingest_batch SET rows_read = ?, rows_loaded = ?, rows_rejected = ?, bytes_read = ? WHERE id = ? AND status = 'RUNNING'")
                .params(c.read(), c.loaded(), c.rejected(), c.bytesRead(), id).update();
    }

    /** Ends a running batch; returns false when it had already ended. */
    boolean finish(long id, BatchStatus status, Loader.Counters c, long inserted, long closed, String message, Instant now) {
        return jdbc.sql("""
                UPDATE ingest_batch SET status = ?, rows_read = ?, rows_loaded = ?, rows_rejected = ?, bytes_read = ?,
                       rows_inserted = ?, rows_closed = ?, message = ?, finished_at = ?
                 WHERE id = ? AND status = 'RUNNING'
                """)
                .params(status.name(), c.read(), c.loaded(), c.rejected(), c.bytesRead(), inserted, closed,
                        message == null ? null : message.length() > 2000 ? message.substring(0, 2000) : message, utc(now), id)
                .update() == 1;
    }

    /** Marks every batch still RUNNING as failed: called at start-up, when no load can be running. */
    int failRunning(String message, Instant now) {
        return jdbc.sql("UPDATE ingest_batch SET status = 'FAILED', message = ?, finished_at = ? WHERE status = 'RUNNING'")
                .params(message, utc(now)).update();
    }

    Optional<Batch> find(long id) {
        return jdbc.sql("SELECT * FROM ingest_batch WHERE id = ?").param(id).query(BatchRepository::map).optional();
    }

    List<Batch> ofResource(String code, int limit) {
        return jdbc.sql("SELECT * FROM ingest_batch WHERE resource_code = ? ORDER BY id DESC LIMIT ?").params(code, limit)
                .query(BatchRepository::map).list();
    }

    Optional<Batch> succeededWithChecksum(String code, String checksum) {
        return jdbc.sql("SELECT * FROM ingest_batch WHERE resource_code = ? AND checksum = ? AND status = 'SUCCEEDED' ORDER BY id DESC LIMIT 1")
                .params(code, checksum).query(BatchRepository::map).optional();
    }

    private static Batch map(ResultSet rs, int n) throws SQLException {
        long total = rs.getLong("bytes_total");
        Long bytesTotal = rs.wasNull() ? null : total;
        OffsetDateTime finished = rs.getObject("finished_at", OffsetDateTime.class);
        return new Batch(rs.getLong("id"), rs.getString("resource_code"), BatchSource.valueOf(rs.getString("source")),
                rs.getString("source_name"), rs.getString("format"), LoadMode.valueOf(rs.getString("mode")), rs.getString("created_by"),
                rs.getObject("started_at", OffsetDateTime.class).toInstant(), finished == null ? null : finished.toInstant(),
                BatchStatus.valueOf(rs.getString("status")), rs.getLong("rows_read"), rs.getLong("rows_loaded"),
                rs.getLong("rows_rejected"), rs.getLong("rows_inserted"), rs.getLong("rows_closed"), bytesTotal,
                rs.getLong("bytes_read"), rs.getString("checksum"), rs.getString("message"));
    }

    private static OffsetDateTime utc(Instant i) {
        return OffsetDateTime.ofInstant(i, ZoneOffset.UTC);
    }
}
