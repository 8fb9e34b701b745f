package io.yudex.ingest.pull;

import io.yudex.ingest.JdbcSource;
import io.yudex.ingest.RowSource;
import io.yudex.ingest.Watermark;
import java.sql.Connection;
import java.util.List;
import java.util.Map;

/**
 * One run of a pull as the input of a batch: connects when the batch starts reading, reads only the rows after the
 * last watermark when incremental, and records the new watermark once the batch is committed, so that a failed run
 * never moves it.
 */
final class PullInput implements io.yudex.ingest.batch.BatchInput {

    private final PullDefinition pull;
    private final SourceConnection connection;
    private final ConnectionService connections;
    private final PullRepository pulls;
    private final PullProperties properties;
    private JdbcSource source;

    PullInput(PullDefinition pull, SourceConnection connection, ConnectionService connections, PullRepository pulls, PullProperties properties) {
        this.pull = pull;
        this.connection = connection;
        this.connections = connections;
        this.pulls = pulls;
        this.properties = properties;
    }

    @Override
    public String name() {
        String what = pull.table() != null ? pull.table() : "query";
        String name = connection.name() + " · " + what + " (pull " + pull.id() + ")";
        return name.length() > 255 ? name.substring(0, 255) : name;
    }

    @Override
    public String format() {
        return "JDBC";
    }

    @Override
    public Long size() {
        return null;
    }

    @Override
    public String checksum() {
        return null;
    }

    @Override
    public RowSource open() {
        Watermark start = pull.incremental() == Incremental.NONE || pull.watermark() == null ? null : Watermark.parse(pull.watermark());
        Connection c = connections.open(connection);
        String sql = PullQuery.sql(pull, start != null);
        List<Object> parameters = start == null ? List.of() : List.of(start.bindValue());
        String watermarkColumn = pull.incremental() == Incremental.NONE ? null : pull.incrementalColumn();
        source = JdbcSource.open(c, sql, parameters, properties.fetchSize(), watermarkColumn, start, properties.zone());
        return source;
    }

    @Override
    public Map<String, String> columnMapping() {
        return pull.mapping();
    }

    @Override
    public void started(long batchId) {
        pulls.recordRun(batchId, pull.id());
    }

    @Override
    public void committed(long batchId) {
        Watermark reached = source == null ? null : source.watermark();
        if (reached != null) {
            pulls.recordWatermark(batchId, reached.stored());
        }
    }
}
