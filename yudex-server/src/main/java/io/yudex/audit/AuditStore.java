package io.yudex.audit;

import io.yudex.auditlog.AuditRecord;
import io.yudex.auditlog.SignedCheckpoint;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Types;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.HexFormat;
import java.util.List;
import java.util.Optional;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;
import org.springframework.transaction.support.TransactionTemplate;

/** The audit tables. Entries and checkpoints are only inserted; archiving moves entries out, keeping their hashes. */
@Repository
class AuditStore {

    static final String COLUMNS = "idx, logged_at, actor, action, subject, detail, leaf_hash, format, department, resource, client, purpose, row_count, lookup";

    private static final HexFormat HEX = HexFormat.of();

    private final JdbcClient jdbc;
    private final JdbcTemplate template;
    private final TransactionTemplate tx;

    AuditStore(JdbcClient jdbc, JdbcTemplate template, TransactionTemplate tx) {
        this.jdbc = jdbc;
        this.template = template;
        this.tx = tx;
    }

    /** Inserts the entries in one transaction (one commit for the whole group). */
    void insert(List<AuditRecord> entries) {
        tx.executeWithoutResult(s -> template.batchUpdate("INSERT INTO audit_entry (" + COLUMNS + ") VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)",
                entries, entries.size(), (ps, e) -> {
                    ps.setLong(1, e.index());
                    ps.setObject(2, utc(e.at()));
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
                    if (e.rows() == null) {
                        ps.setNull(13, Types.BIGINT);
                    } else {
                        ps.setLong(13, e.rows());
                    }
                    ps.setString(14, e.lookup());
                }));
    }

    /** Every leaf hash in index order: archived ones first, then the stored entries' (as stored, not recomputed). */
    List<IndexedHash> leafHashes() {
        return jdbc.sql("SELECT idx, leaf_hash FROM audit_archived_leaf UNION ALL SELECT idx, leaf_hash FROM audit_entry ORDER BY idx")
                .query((rs, n) -> new IndexedHash(rs.getLong(1), rs.getString(2))).list();
    }

    record IndexedHash(long index, String hash) {}

    long archivedCount() {
        return jdbc.sql("SELECT COUNT(*) FROM audit_archived_leaf").query(Long.class).single();
    }

    List<AuditRecord> entries(long fromIndex, int limit) {
        return jdbc.sql("SELECT " + COLUMNS + " FROM audit_entry WHERE idx >= ? ORDER BY idx LIMIT ?").params(fromIndex, limit)
                .query((rs, n) -> record(rs)).list();
    }

    List<AuditRecord> entries(long fromIndex, long toIndex) {
        return jdbc.sql("SELECT " + COLUMNS + " FROM audit_entry WHERE idx >= ? AND idx < ? ORDER BY idx").params(fromIndex, toIndex)
                .query((rs, n) -> record(rs)).list();
    }

    Optional<AuditRecord> entry(long index) {
        return jdbc.sql("SELECT " + COLUMNS + " FROM audit_entry WHERE idx = ?").param(index).query((rs, n) -> record(rs)).optional();
    }

    List<String> storedHashes(long fromIndex, int limit) {
        return jdbc.sql("SELECT leaf_hash FROM audit_entry WHERE idx >= ? ORDER BY idx LIMIT ?").params(fromIndex, limit).query(String.class).list();
    }

    void insert(SignedCheckpoint c) {
        jdbc.sql("INSERT INTO audit_checkpoint (tree_size, root_hash, signed_at, signature) VALUES (?, ?, ?, ?)")
                .params(c.treeSize(), c.rootHash(), utc(c.signedAt()), c.signature()).update();
    }

    Optional<SignedCheckpoint> latest() {
        return jdbc.sql("SELECT * FROM audit_checkpoint ORDER BY tree_size DESC LIMIT 1").query((rs, n) -> checkpoint(rs)).optional();
    }

    Optional<SignedCheckpoint> checkpoint(long size) {
        return jdbc.sql("SELECT * FROM audit_checkpoint WHERE tree_size = ?").param(size).query((rs, n) -> checkpoint(rs)).optional();
    }

    List<SignedCheckpoint> checkpoints() {
        return jdbc.sql("SELECT * FROM audit_checkpoint ORDER BY tree_size").query((rs, n) -> checkpoint(rs)).list();
    }

    static AuditRecord record(ResultSet rs) throws SQLException {
        long rows = rs.getLong("row_count");
        Long rowCount = rs.wasNull() ? null : rows;
        return new AuditRecord(rs.getInt("format"), rs.getLong("idx"), rs.getObject("logged_at", OffsetDateTime.class).toInstant(),
                rs.getString("actor"), rs.getString("action"), rs.getString("subject"), rs.getString("detail"), rs.getString("department"),
                rs.getString("resource"), rs.getString("client"), rs.getString("purpose"), rowCount, rs.getString("lookup"));
    }

    private static SignedCheckpoint checkpoint(ResultSet rs) throws SQLException {
        return new SignedCheckpoint(rs.getLong("tree_size"), rs.getString("root_hash"), rs.getObject("signed_at", OffsetDateTime.class).toInstant(),
                rs.getString("signature"));
    }

    static OffsetDateTime utc(Instant i) {
        return OffsetDateTime.ofInstant(i, ZoneOffset.UTC);
    }
}
