package io.yudex.audit;

import java.time.Clock;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HexFormat;
import java.util.List;
import java.util.Optional;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;

/**
 * The append-only audit log. Each entry is a leaf of an RFC 6962 Merkle tree over SM3; checkpoints sign the tree's
 * size and root with the platform's SM2 key, so that changing, deleting or reordering any stored entry after a
 * checkpoint no longer matches it ({@link #verify()}), whoever has database access.
 *
 * <p>One writer per process (appends are serialised here); the leaf hashes are kept in memory for proofs.
 */
@Service
public class AuditLog {

    /** What {@link #verify()} found. */
    public record Verification(boolean ok, long entries, Long checkpointSize, List<String> problems) {}

    /** An inclusion proof: {@code path} leads from the leaf to {@code rootHash} of the tree of {@code treeSize} entries. */
    public record Proof(long index, long treeSize, String leafHash, List<String> path, String rootHash) {}

    private static final HexFormat HEX = HexFormat.of();

    private final JdbcClient jdbc;
    private final AuditSigner signer;
    private final Clock clock;
    private List<byte[]> leaves;

    AuditLog(JdbcClient jdbc, AuditSigner signer, Clock clock) {
        this.jdbc = jdbc;
        this.signer = signer;
        this.clock = clock;
    }

    /** Appends an entry; returns it with its index. The insert commits before this returns. */
    public synchronized AuditEntry append(String actor, String action, String subject, String detail) {
        List<byte[]> all = leaves();
        AuditEntry e = new AuditEntry(all.size(), clock.instant(), cut(actor, 64), cut(action, 64), cut(subject, 255), cut(detail, 4000));
        byte[] leaf = MerkleTree.leafHash(e.canonical());
        jdbc.sql("INSERT INTO audit_entry (idx, logged_at, actor, action, subject, detail, leaf_hash) VALUES (?, ?, ?, ?, ?, ?, ?)")
                .params(e.index(), utc(e.at()), e.actor(), e.action(), e.subject(), e.detail(), HEX.formatHex(leaf)).update();
        all.add(leaf);
        return e;
    }

    public List<AuditEntry> entries(long offset, int limit) {
        return jdbc.sql("SELECT * FROM audit_entry WHERE idx >= ? ORDER BY idx LIMIT ?").params(offset, limit)
                .query((rs, n) -> new AuditEntry(rs.getLong("idx"), rs.getObject("logged_at", OffsetDateTime.class).toInstant(),
                        rs.getString("actor"), rs.getString("action"), rs.getString("subject"), rs.getString("detail"))).list();
    }

    /** Signs the current state as a checkpoint unless the latest one already covers it; returns the latest. */
    public synchronized Checkpoint checkpoint() {
        Optional<Checkpoint> latest = latest();
        int size = leaves().size();
        if (latest.isPresent() && latest.get().treeSize() == size) {
            return latest.get();
        }
        Checkpoint unsigned = new Checkpoint(size, HEX.formatHex(MerkleTree.root(leaves(), size)), clock.instant(), "");
        Checkpoint signed = new Checkpoint(size, unsigned.rootHash(), unsigned.signedAt(), signer.sign(unsigned.signedBytes()));
        jdbc.sql("INSERT INTO audit_checkpoint (tree_size, root_hash, signed_at, signature) VALUES (?, ?, ?, ?)")
                .params(signed.treeSize(), signed.rootHash(), utc(signed.signedAt()), signed.signature()).update();
        return signed;
    }

    public Optional<Checkpoint> latest() {
        return jdbc.sql("SELECT * FROM audit_checkpoint ORDER BY tree_size DESC LIMIT 1")
                .query((rs, n) -> new Checkpoint(rs.getLong("tree_size"), rs.getString("root_hash"),
                        rs.getObject("signed_at", OffsetDateTime.class).toInstant(), rs.getString("signature"))).optional();
    }

    /**
     * @throws IllegalArgumentException when the entry is not in a tree of that size, or the size exceeds the log
     */
    public synchronized Proof proof(long index, long size) {
        List<byte[]> all = leaves();
        if (size < 1 || size > all.size() || index < 0 || index >= size) {
            throw new IllegalArgumentException("entry " + index + " is not in a log of " + size + " entries (the log holds " + all.size() + ")");
        }
        List<String> path = MerkleTree.inclusionProof(all, (int) index, (int) size).stream().map(HEX::formatHex).toList();
        return new Proof(index, size, HEX.formatHex(all.get((int) index)), path, HEX.formatHex(MerkleTree.root(all, (int) size)));
    }

    /**
     * Recomputes every leaf from the stored entries (not from what this process remembers) and checks them against
     * the stored hashes, the index sequence and the latest signed checkpoint.
     */
    public Verification verify() {
        List<String> problems = new ArrayList<>();
        List<byte[]> recomputed = new ArrayList<>();
        long expected = 0;
        for (long offset = 0; ; offset += 10_000) {
            List<AuditEntry> page = entries(offset, 10_000);
            for (AuditEntry e : page) {
                if (e.index() != expected) {
                    problems.add("entry " + expected + " is missing (next stored is " + e.index() + ")");
                    expected = e.index();
                }
                recomputed.add(MerkleTree.leafHash(e.canonical()));
                expected++;
            }
            if (page.size() < 10_000) {
                break;
            }
        }
        List<String> stored = jdbc.sql("SELECT leaf_hash FROM audit_entry ORDER BY idx").query(String.class).list();
        for (int i = 0; i < Math.min(stored.size(), recomputed.size()); i++) {
            if (!stored.get(i).equals(HEX.formatHex(recomputed.get(i)))) {
                problems.add("entry at position " + i + " does not match its stored hash");
            }
        }
        Optional<Checkpoint> c = latest();
        if (c.isPresent()) {
            Checkpoint cp = c.get();
            if (cp.treeSize() > recomputed.size()) {
                problems.add("the checkpoint covers " + cp.treeSize() + " entries but only " + recomputed.size() + " are stored");
            } else if (!Arrays.equals(HEX.parseHex(cp.rootHash()), MerkleTree.root(recomputed, (int) cp.treeSize()))) {
                problems.add("the stored entries do not give the root signed at checkpoint " + cp.treeSize());
            }
            if (!AuditSigner.verify(cp, signer.publicKeyHex())) {
                problems.add("the signature of checkpoint " + cp.treeSize() + " does not verify");
            }
        }
        return new Verification(problems.isEmpty(), recomputed.size(), c.map(Checkpoint::treeSize).orElse(null), problems);
    }

    private List<byte[]> leaves() {
        if (leaves == null) {
            leaves = new ArrayList<>(jdbc.sql("SELECT leaf_hash FROM audit_entry ORDER BY idx").query(String.class).list().stream()
                    .map(HEX::parseHex).toList());
        }
        return leaves;
    }

    private static String cut(String s, int max) {
        return s == null || s.length() <= max ? s : s.substring(0, max);
    }

    private static OffsetDateTime utc(Instant i) {
        return OffsetDateTime.ofInstant(i, ZoneOffset.UTC);
    }
}
