package io.yudex.audit;

import io.yudex.auditlog.AuditExport;
import io.yudex.auditlog.AuditJson;
import io.yudex.auditlog.AuditRecord;
import io.yudex.auditlog.MerkleTree;
import io.yudex.auditlog.SignedCheckpoint;
import io.yudex.platform.YudexProperties;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.channels.FileChannel;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.nio.file.StandardOpenOption;
import java.time.Clock;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.HexFormat;
import java.util.List;
import java.util.Optional;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Service;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Retention: entries older than {@code yudex.audit.retention-days} (at least 180) move from the database to segment
 * files under {@code <data-dir>/audit/archive}, never deleted without one. A segment ends at a signed checkpoint and
 * holds its entries, the frontier of the entries before it and the checkpoints it covers, so the offline verifier
 * checks it alone; the database keeps every archived leaf hash, so the tree, its proofs and later checkpoints stay
 * whole.
 */
@Service
public class AuditArchiver {

    /** One archived segment: entries {@code [firstIndex, endIndex)} in {@code file}. */
    public record Segment(long firstIndex, long endIndex, String file, String fileSm3, Instant archivedAt, String archivedBy) {}

    private static final Logger LOG = LoggerFactory.getLogger(AuditArchiver.class);
    private static final HexFormat HEX = HexFormat.of();

    private final AuditLog log;
    private final AuditStore store;
    private final JdbcClient jdbc;
    private final TransactionTemplate tx;
    private final AuditProperties properties;
    private final Clock clock;
    private final Path dir;

    AuditArchiver(AuditLog log, AuditStore store, JdbcClient jdbc, TransactionTemplate tx, AuditProperties properties, YudexProperties yudex,
            Clock clock) {
        this.log = log;
        this.store = store;
        this.jdbc = jdbc;
        this.tx = tx;
        this.properties = properties;
        this.clock = clock;
        this.dir = yudex.dataDir().resolve("audit/archive");
    }

    @Scheduled(cron = "0 30 2 * * *")
    void nightly() {
        archive("system");
    }

    /** Archives what is past retention; empty when nothing is. */
    public Optional<Segment> archive(String actor) {
        return archiveBefore(clock.instant().minus(properties.retentionDays(), ChronoUnit.DAYS), actor);
    }

    public List<Segment> segments() {
        return jdbc.sql("SELECT * FROM audit_archive ORDER BY first_idx").query((rs, n) -> new Segment(rs.getLong("first_idx"), rs.getLong("end_idx"),
                rs.getString("file_name"), rs.getString("file_sm3"), rs.getObject("archived_at", java.time.OffsetDateTime.class).toInstant(),
                rs.getString("archived_by"))).list();
    }

    public Path file(Segment s) {
        return dir.resolve(s.file());
    }

    /** Archives the entries logged before {@code cutoff}, up to the last signed checkpoint they fill. */
    synchronized Optional<Segment> archiveBefore(Instant cutoff, String actor) {
        long first = store.archivedCount();
        long firstKept = jdbc.sql("SELECT COALESCE(MIN(idx), -1) FROM audit_entry WHERE logged_at >= ?").param(AuditStore.utc(cutoff))
                .query(Long.class).single();
        long limit = firstKept >= 0 ? firstKept : jdbc.sql("SELECT COALESCE(MAX(idx) + 1, 0) FROM audit_entry").query(Long.class).single();
        Optional<Long> end = jdbc.sql("SELECT MAX(tree_size) FROM audit_checkpoint WHERE tree_size <= ? AND tree_size > ?").params(limit, first)
                .query(Long.class).optional();
        if (end.isEmpty() || end.get() == null) {
            return Optional.empty();
        }
        long to = end.get();
        List<AuditRecord> entries = store.entries(first, to);
        if (entries.size() != to - first) {
            throw new IllegalStateException("entries " + first + "–" + (to - 1) + " are not all stored (" + entries.size() + " found); not archiving");
        }
        List<byte[]> leaves = log.leaves((int) to);
        List<SignedCheckpoint> checkpoints = store.checkpoints().stream().filter(c -> c.treeSize() > first && c.treeSize() <= to).toList();
        AuditExport segment = new AuditExport(AuditExport.FORMAT, log.publicKeyHex(), first,
                MerkleTree.frontier(leaves, (int) first).stream().map(HEX::formatHex).toList(), entries, checkpoints);
        String name = String.format("audit-%012d-%012d.json", first, to);
        String sm3 = write(segment, dir.resolve(name));
        Segment s = new Segment(first, to, name, sm3, clock.instant(), actor);
        tx.executeWithoutResult(status -> {
            for (int i = 0; i < entries.size(); i++) {
                jdbc.sql("INSERT INTO audit_archived_leaf (idx, leaf_hash) VALUES (?, ?)").params(first + i, HEX.formatHex(leaves.get((int) first + i))).update();
            }
            jdbc.sql("INSERT INTO audit_archive (first_idx, end_idx, file_name, file_sm3, archived_at, archived_by) VALUES (?, ?, ?, ?, ?, ?)")
                    .params(s.firstIndex(), s.endIndex(), s.file(), s.fileSm3(), AuditStore.utc(s.archivedAt()), actor).update();
            jdbc.sql("DELETE FROM audit_entry WHERE idx >= ? AND idx < ?").params(first, to).update();
        });
        log.append(AuditRecord.of(actor, "audit.ARCHIVED", name, "entries " + first + "–" + (to - 1) + "; file sm3 " + sm3));
        LOG.info("Archived audit entries {}–{} to {}", first, to - 1, name);
        return Optional.of(s);
    }

    /** Writes the segment durably (temp file, forced, then moved into place) and returns the file's SM3. */
    private static String write(AuditExport segment, Path file) {
        try {
            Files.createDirectories(file.getParent());
            Path tmp = file.resolveSibling(file.getFileName() + ".tmp");
            AuditJson.write(segment, tmp);
            try (FileChannel c = FileChannel.open(tmp, StandardOpenOption.WRITE)) {
                c.force(true);
            }
            Files.move(tmp, file, StandardCopyOption.ATOMIC_MOVE);
            return HEX.formatHex(io.yudex.auditlog.MerkleTree.sm3(Files.readAllBytes(file)));
        } catch (IOException e) {
            throw new UncheckedIOException("cannot write the audit archive " + file, e);
        }
    }
}
