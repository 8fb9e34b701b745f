package io.yudex.bench.audit;

import io.yudex.auditlog.AuditJson;
import io.yudex.auditlog.AuditRecord;
import io.yudex.auditlog.GroupCommitter;
import io.yudex.auditlog.Journal;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Duration;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.List;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicLong;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Fork;
import org.openjdk.jmh.annotations.Level;
import org.openjdk.jmh.annotations.Measurement;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.TearDown;
import org.openjdk.jmh.annotations.Threads;
import org.openjdk.jmh.annotations.Warmup;

/**
 * Durable audit appends per second, one caller against 64, in one run: the server's path (SM3 leaf hash, the forced
 * journal, one H2 transaction per group through {@link GroupCommitter}) beside the same work done one entry at a time
 * (each caller forces the journal and commits alone, callers serialised) as the baseline.
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.Throughput)
@OutputTimeUnit(TimeUnit.SECONDS)
@Warmup(iterations = 1, time = 5)
@Measurement(iterations = 3, time = 5)
@Fork(value = 1, jvmArgsAppend = "-Xmx1g")
public class AuditAppendBenchmark {

    private static final HexFormat HEX = HexFormat.of();

    private Path dir;
    private Connection connection;
    private Journal journal;
    private GroupCommitter<AuditRecord, AuditRecord> committer;
    private final AtomicLong next = new AtomicLong();

    @Setup(Level.Trial)
    public void setUp() throws Exception {
        dir = Files.createTempDirectory("yudex-bench-audit");
        connection = DriverManager.getConnection("jdbc:h2:file:" + dir.resolve("db") + ";MODE=PostgreSQL;DATABASE_TO_LOWER=TRUE", "sa", "");
        try (Statement s = connection.createStatement()) {
            s.execute("""
                    CREATE TABLE audit_entry (idx BIGINT NOT NULL PRIMARY KEY, logged_at TIMESTAMP WITH TIME ZONE NOT NULL, actor VARCHAR(64) NOT NULL,
                      action VARCHAR(64) NOT NULL, subject VARCHAR(255), detail VARCHAR(4000), leaf_hash VARCHAR(64) NOT NULL, format SMALLINT NOT NULL,
                      department VARCHAR(64), resource VARCHAR(64), client VARCHAR(64), purpose VARCHAR(64), row_count BIGINT, lookup VARCHAR(1000))""");
            s.execute("CREATE INDEX audit_entry_logged_at ON audit_entry (logged_at)");
            s.execute("CREATE INDEX audit_entry_resource ON audit_entry (resource, logged_at)");
        }
        connection.setAutoCommit(false);
        journal = new Journal(dir.resolve("journal.ndjson"));
        committer = new GroupCommitter<>("bench-audit-writer", 4096, Duration.ofSeconds(30), this::commit);
    }

    @TearDown(Level.Trial)
    public void tearDown() throws Exception {
        committer.close();
        System.out.printf("%n[audit] %d entries in %d groups (%.1f per group)%n", committer.items(), committer.groups(),
                committer.groups() == 0 ? 0.0 : (double) committer.items() / committer.groups());
        journal.close();
        connection.close();
        try (var files = Files.walk(dir)) {
            files.sorted(java.util.Comparator.reverseOrder()).forEach(p -> p.toFile().delete());
        }
    }

    @Benchmark
    @Threads(1)
    public AuditRecord groupCommit_1thread() {
        return committer.submit(entry());
    }

    @Benchmark
    @Threads(64)
    public AuditRecord groupCommit_64threads() {
        return committer.submit(entry());
    }

    @Benchmark
    @Threads(1)
    public AuditRecord oneByOne_1thread() throws Exception {
        synchronized (this) {
            return commit(List.of(entry())).getFirst();
        }
    }

    @Benchmark
    @Threads(64)
    public AuditRecord oneByOne_64threads() throws Exception {
        synchronized (this) {
            return commit(List.of(entry())).getFirst();
        }
    }

    /** The facts a data access writes (see AuditTrail). */
    private static AuditRecord entry() {
        return AuditRecord.of("zzdsj-client-3f2a", "data.query", "410000/102001/000123 · grant 42",
                        "items=xm,sfzh,csrq; filter=sfzh=410105199001011234; rows=1; OK")
                .withContext("11410100MB0000000X", "410000/102001/000123", "zzdsj-client-3f2a", "行政依据", 1L, "sfzh=410105199001011234");
    }

    /** What AuditLog.commit does: index and time, journal forced, one transaction for the group. */
    private List<AuditRecord> commit(List<AuditRecord> group) throws IOException, SQLException {
        Instant now = Instant.now();
        List<AuditRecord> indexed = new ArrayList<>(group.size());
        for (AuditRecord r : group) {
            indexed.add(r.at(next.getAndIncrement(), now));
        }
        journal.append(indexed.stream().map(AuditJson::line).toList());
        try (PreparedStatement ps = connection.prepareStatement("INSERT INTO audit_entry (idx, logged_at, actor, action, subject, detail, leaf_hash, "
                + "format, department, resource, client, purpose, row_count, lookup) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)")) {
            for (AuditRecord e : indexed) {
                ps.setLong(1, e.index());
                ps.setObject(2, OffsetDateTime.ofInstant(e.at(), ZoneOffset.UTC));
                ps.setString(3, e.actor());
                ps.setString(4, e.action());
                ps.setString(5, e.subject());
                ps.setString(6, e.detail());
                ps.setString(7, HEX.formatHex(e.leafHash()));
                ps.setInt(8, e.format());
                ps.setString(9, e.department());
                ps.setString(10, e.resource());
                ps.setString(11, e.client());
                ps.setString(12, e.purpose());
                ps.setLong(13, e.rows());
                ps.setString(14, e.lookup());
                ps.addBatch();
            }
            ps.executeBatch();
        }
        connection.commit();
        return indexed;
    }
}
