package io.yudex.audit;

import io.yudex.auditlog.AuditExport;
import io.yudex.auditlog.AuditJson;
import io.yudex.auditlog.AuditRecord;
import io.yudex.auditlog.EntryReceipt;
import io.yudex.auditlog.GroupCommitter;
import io.yudex.auditlog.Journal;
import io.yudex.auditlog.MerkleTree;
import io.yudex.auditlog.SignedCheckpoint;
import io.yudex.platform.YudexProperties;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.sql.Connection;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HexFormat;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.DisposableBean;
import org.springframework.jdbc.core.ConnectionCallback;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Service;

/**
 * The append-only audit log. Each entry is a leaf of an RFC 6962 Merkle tree over SM3; checkpoints sign the tree's
 * size and root with the platform's SM2 key, so that changing, deleting or reordering any stored entry after a
 * checkpoint no longer matches it ({@link #verify()}), whoever has database access.
 *
 * <p>Appends are group-committed ({@link GroupCommitter}): one writer thread makes everything queued durable at once
 * (on H2 first a forced journal file, then one transaction; on PostgreSQL the synchronous commit) and only then lets
 * the callers go on. The leaf hashes are kept in memory for proofs; the writer is the only one adding to them.
 */
@Service
public class AuditLog implements DisposableBean {

    /** What {@link #verify()} found. */
    public record Verification(boolean ok, long entries, Long checkpointSize, List<String> problems) {}

    /** An inclusion proof: {@code path} leads from the leaf to {@code rootHash} of the tree of {@code treeSize} entries. */
    public record Proof(long index, long treeSize, String leafHash, List<String> path, String rootHash) {}

    /** A consistency proof (RFC 6962 §2.1.2): the tree of {@code fromSize} entries is a prefix of the one of {@code toSize}. */
    public record Consistency(long fromSize, String fromRoot, long toSize, String toRoot, List<String> path) {}

    private static final Logger LOG = LoggerFactory.getLogger(AuditLog.class);
    private static final HexFormat HEX = HexFormat.of();

    private final AuditStore store;
    private final AuditSigner signer;
    private final Clock clock;
    private final JdbcTemplate jdbc;
    private final AuditProperties properties;
    private final java.nio.file.Path journalFile;
    private final GroupCommitter<AuditRecord, AuditRecord> committer;
    private List<byte[]> leaves;
    /** The frontier of {@code leaves}, kept up to date so that a checkpoint's root costs O(log n), not O(n). */
    private List<byte[]> frontier;
    private Journal journal;
    private boolean h2;

    AuditLog(AuditStore store, AuditSigner signer, Clock clock, JdbcTemplate jdbc, AuditProperties properties, YudexProperties yudex) {
        this.store = store;
        this.signer = signer;
        this.clock = clock;
        this.jdbc = jdbc;
        this.properties = properties;
        this.journalFile = yudex.dataDir().resolve("audit/journal.ndjson");
        this.committer = new GroupCommitter<>("audit-writer", 4096, Duration.ofSeconds(30), this::commit);
    }

    /** Appends an entry; returns it with its index and time once it is durable. */
    public AuditRecord append(String actor, String action, String subject, String detail) {
        return append(AuditRecord.of(actor, action, subject, detail));
    }

    /**
     * Appends an entry (its index and time are set here) and blocks until it is durable.
     *
     * @throws GroupCommitter.NotDurableException when it could not be stored: the caller must not go on
     */
    public AuditRecord append(AuditRecord facts) {
        return committer.submit(facts);
    }

    /** Entries from an index on, in log order (archived entries are in the archive files). */
    public List<AuditRecord> entries(long offset, int limit) {
        return store.entries(offset, limit);
    }

    /** Signs the current state as a checkpoint unless the latest one already covers it; returns the latest. */
    public synchronized SignedCheckpoint checkpoint() {
        loaded();
        Optional<SignedCheckpoint> latest = store.latest();
        int size = leaves.size();
        if (latest.isPresent() && latest.get().treeSize() == size) {
            return latest.get();
        }
        SignedCheckpoint signed = signer.sign(size, HEX.formatHex(MerkleTree.rootOfFrontier(frontier)), clock.instant());
        store.insert(signed);
        syncAndClearJournal();
        return signed;
    }

    public Optional<SignedCheckpoint> latest() {
        return store.latest();
    }

    public List<SignedCheckpoint> checkpoints() {
        return store.checkpoints();
    }

    public String publicKeyHex() {
        return signer.publicKeyHex();
    }

    /** @throws IllegalArgumentException when the entry is not in a tree of that size, or the size exceeds the log */
    public synchronized Proof proof(long index, long size) {
        loaded();
        if (size < 1 || size > leaves.size() || index < 0 || index >= size) {
            throw new IllegalArgumentException("entry " + index + " is not in a log of " + size + " entries (the log holds " + leaves.size() + ")");
        }
        List<String> path = hex(MerkleTree.inclusionProof(leaves, (int) index, (int) size));
        return new Proof(index, size, HEX.formatHex(leaves.get((int) index)), path, HEX.formatHex(MerkleTree.root(leaves, (int) size)));
    }

    /** @throws IllegalArgumentException unless 0 &lt; from ≤ to ≤ the log's size */
    public synchronized Consistency consistency(long from, long to) {
        loaded();
        if (from < 1 || from > to || to > leaves.size()) {
            throw new IllegalArgumentException("no consistency proof from " + from + " to " + to + " entries (the log holds " + leaves.size() + ")");
        }
        return new Consistency(from, HEX.formatHex(MerkleTree.root(leaves, (int) from)), to, HEX.formatHex(MerkleTree.root(leaves, (int) to)),
                hex(MerkleTree.consistencyProof(leaves, (int) from, (int) to)));
    }

    /** One stored entry with its inclusion proof in the latest checkpoint (a new one is signed when it does not cover it yet). */
    public Optional<EntryReceipt> receipt(long index) {
        Optional<AuditRecord> entry = store.entry(index);
        if (entry.isEmpty()) {
            return Optional.empty();
        }
        SignedCheckpoint cp = store.latest().filter(c -> c.treeSize() > index).orElseGet(this::checkpoint);
        Proof p = proof(index, cp.treeSize());
        return Optional.of(new EntryReceipt(EntryReceipt.FORMAT, entry.get(), p.path(), cp));
    }

    /** The entries still in the database, the frontier of the archived ones before them, and every checkpoint. */
    public AuditExport export() {
        checkpoint();
        long first = store.archivedCount();
        List<String> frontier;
        synchronized (this) {
            frontier = hex(MerkleTree.frontier(leaves, (int) first));
        }
        List<AuditRecord> entries = new ArrayList<>();
        for (long from = first; ; ) {
            List<AuditRecord> page = store.entries(from, 10_000);
            entries.addAll(page);
            if (page.size() < 10_000) {
                break;
            }
            from = page.getLast().index() + 1;
        }
        return new AuditExport(AuditExport.FORMAT, signer.publicKeyHex(), first, frontier, entries, store.checkpoints());
    }

    /**
     * Recomputes every leaf from the stored entries (not from what this process remembers) and checks them against the
     * stored hashes, the index sequence and every signed checkpoint; archived entries count by their kept hashes.
     */
    public Verification verify() {
        AuditExport export = export();
        var report = io.yudex.auditlog.ExportVerifier.verify(export, signer.publicKeyHex());
        List<String> problems = new ArrayList<>(report.problems());
        List<String> stored = new ArrayList<>();
        for (long from = export.firstIndex(); ; from += 10_000) {
            List<String> page = store.storedHashes(from, 10_000);
            stored.addAll(page);
            if (page.size() < 10_000) {
                break;
            }
        }
        for (int i = 0; i < Math.min(stored.size(), export.entries().size()); i++) {
            AuditRecord e = export.entries().get(i);
            if (!stored.get(i).equals(HEX.formatHex(e.leafHash()))) {
                problems.add("entry at position " + (export.firstIndex() + i) + " does not match its stored hash");
            }
        }
        Long latest = export.checkpoints().isEmpty() ? null : export.checkpoints().getLast().treeSize();
        return new Verification(problems.isEmpty(), export.firstIndex() + export.entries().size(), latest, problems);
    }

    /** Leaf hashes of {@code [0, size)}, for the archiver. */
    synchronized List<byte[]> leaves(int size) {
        loaded();
        return List.copyOf(leaves.subList(0, size));
    }

    @Override
    public void destroy() throws IOException {
        committer.close();
        synchronized (this) {
            if (journal != null) {
                journal.close();
            }
        }
    }

    /** Runs on the writer thread: one group, durable before any caller goes on. */
    private synchronized List<AuditRecord> commit(List<AuditRecord> group) throws IOException {
        loaded();
        Instant now = clock.instant();
        List<AuditRecord> indexed = new ArrayList<>(group.size());
        for (AuditRecord r : group) {
            indexed.add(cut(r).at(leaves.size() + indexed.size(), now));
        }
        if (journal != null) {
            journal.append(indexed.stream().map(AuditJson::line).toList());
        }
        store.insert(indexed);
        List<byte[]> added = indexed.stream().map(AuditRecord::leafHash).toList();
        frontier = MerkleTree.extend(frontier, leaves.size(), added);
        leaves.addAll(added);
        return indexed;
    }

    /** Loads the leaf hashes once, after replaying what the journal holds and the database lost. */
    private void loaded() {
        if (leaves != null) {
            return;
        }
        h2 = Boolean.TRUE.equals(jdbc.execute((ConnectionCallback<Boolean>) (Connection c) -> c.getMetaData().getDatabaseProductName().contains("H2")));
        boolean useJournal = properties.journal() == AuditProperties.Journal.ON || (properties.journal() == AuditProperties.Journal.AUTO && h2);
        if (useJournal) {
            journal = new Journal(journalFile);
            recover();
        }
        List<AuditStore.IndexedHash> stored = store.leafHashes();
        leaves = new ArrayList<>(stored.size());
        stored.forEach(h -> leaves.add(HEX.parseHex(h.hash())));
        frontier = MerkleTree.frontier(leaves, leaves.size());
    }

    private void recover() {
        Map<Long, AuditRecord> journaled = new LinkedHashMap<>();
        journal.lines().stream().map(AuditJson::record).forEach(r -> journaled.put(r.index(), r));
        long size = store.leafHashes().size();
        List<AuditRecord> missing = journaled.values().stream().filter(r -> r.index() >= size).sorted(Comparator.comparingLong(AuditRecord::index)).toList();
        List<AuditRecord> contiguous = new ArrayList<>();
        for (AuditRecord r : missing) {
            if (r.index() != size + contiguous.size()) {
                break;
            }
            contiguous.add(r);
        }
        if (!contiguous.isEmpty()) {
            LOG.warn("Recovering {} audit entries from the journal that the database did not keep", contiguous.size());
            store.insert(contiguous);
        }
        syncAndClearJournal();
    }

    /** H2 does not sync its commits: force it to disk before the journal that covered them is emptied. */
    private void syncAndClearJournal() {
        if (journal == null) {
            return;
        }
        try {
            if (journal.size() == 0) {
                return;
            }
            if (h2) {
                jdbc.execute("CHECKPOINT SYNC");
            }
            journal.clear();
        } catch (IOException e) {
            throw new UncheckedIOException("cannot clear the audit journal", e);
        }
    }

    private static AuditRecord cut(AuditRecord r) {
        return new AuditRecord(r.format(), r.index(), r.at(), cut(r.actor(), 64), cut(r.action(), 64), cut(r.subject(), 255), cut(r.detail(), 4000),
                cut(r.department(), 64), cut(r.resource(), 64), cut(r.client(), 64), cut(r.purpose(), 64), r.rows(), cut(r.lookup(), 1000));
    }

    private static String cut(String s, int max) {
        return s == null || s.length() <= max ? s : s.substring(0, max);
    }

    private static List<String> hex(List<byte[]> hashes) {
        return hashes.stream().map(HEX::formatHex).toList();
    }
}
