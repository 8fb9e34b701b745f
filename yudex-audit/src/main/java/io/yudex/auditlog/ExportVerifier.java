package io.yudex.auditlog;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.HexFormat;
import java.util.List;

/**
 * Checks an export or a receipt against a trusted public key: every entry's hash, the index sequence, every
 * checkpoint's SM2 signature and root. Pure; never throws for bad content (that is a problem in the report).
 */
public final class ExportVerifier {

    /** What a verification found; {@code ok} when {@code problems} is empty. */
    public record Report(boolean ok, long entries, int checkpointsChecked, List<String> problems, List<String> notes) {}

    private static final HexFormat HEX = HexFormat.of();

    private ExportVerifier() {}

    public static Report verify(AuditExport export, String trustedKeyHex) {
        List<String> problems = new ArrayList<>();
        List<String> notes = new ArrayList<>();
        if (!AuditExport.FORMAT.equals(export.format())) {
            problems.add("not a " + AuditExport.FORMAT + " file (format " + export.format() + ")");
            return new Report(false, 0, 0, problems, notes);
        }
        if (export.publicKeyHex() != null && !export.publicKeyHex().equalsIgnoreCase(trustedKeyHex)) {
            notes.add("the export names another public key than the one trusted here; the trusted key is used");
        }
        List<byte[]> frontier = parse(export.frontier(), problems, "frontier");
        if (Long.bitCount(export.firstIndex()) != frontier.size()) {
            problems.add("the frontier of the first " + export.firstIndex() + " entries must have " + Long.bitCount(export.firstIndex())
                    + " hashes, it has " + frontier.size());
            return new Report(false, export.entries().size(), 0, problems, notes);
        }
        List<byte[]> leaves = leaves(export, problems);
        long end = export.firstIndex() + leaves.size();
        int checked = 0;
        long lastSigned = -1;
        for (SignedCheckpoint cp : export.checkpoints().stream().sorted(Comparator.comparingLong(SignedCheckpoint::treeSize)).toList()) {
            if (!cp.verifies(trustedKeyHex)) {
                problems.add("the SM2 signature of checkpoint " + cp.treeSize() + " does not verify");
                continue;
            }
            if (cp.treeSize() < export.firstIndex()) {
                notes.add("checkpoint " + cp.treeSize() + " predates this segment: only its signature was checked");
                continue;
            }
            if (cp.treeSize() > end) {
                problems.add("checkpoint " + cp.treeSize() + " covers more entries than the " + end + " present: entries were removed");
                continue;
            }
            List<byte[]> f = MerkleTree.extend(frontier, export.firstIndex(), leaves.subList(0, (int) (cp.treeSize() - export.firstIndex())));
            if (!Arrays.equals(MerkleTree.rootOfFrontier(f), hex(cp.rootHash()))) {
                problems.add("the entries do not give the root signed at checkpoint " + cp.treeSize()
                        + ": an entry up to index " + (cp.treeSize() - 1) + " was changed, removed, inserted or reordered");
            }
            checked++;
            lastSigned = Math.max(lastSigned, cp.treeSize());
        }
        if (checked == 0) {
            problems.add("no signed checkpoint covers these entries");
        } else if (lastSigned < end) {
            notes.add((end - lastSigned) + " entries after checkpoint " + lastSigned + " are not yet covered by a signature");
        }
        return new Report(problems.isEmpty(), leaves.size(), checked, problems, notes);
    }

    public static Report verify(EntryReceipt receipt, String trustedKeyHex) {
        List<String> problems = new ArrayList<>();
        SignedCheckpoint cp = receipt.checkpoint();
        AuditRecord e = receipt.entry();
        if (!cp.verifies(trustedKeyHex)) {
            problems.add("the SM2 signature of checkpoint " + cp.treeSize() + " does not verify");
        }
        List<byte[]> path = parse(receipt.path(), problems, "path");
        if (problems.isEmpty() && !MerkleTree.verifyInclusion(e.leafHash(), (int) e.index(), (int) cp.treeSize(), path, hex(cp.rootHash()))) {
            problems.add("entry " + e.index() + " as given is not in the log signed at checkpoint " + cp.treeSize()
                    + " (the entry or its proof was altered)");
        }
        return new Report(problems.isEmpty(), 1, problems.isEmpty() ? 1 : 0, problems, List.of());
    }

    private static List<byte[]> leaves(AuditExport export, List<String> problems) {
        List<byte[]> leaves = new ArrayList<>();
        long expected = export.firstIndex();
        for (AuditRecord r : export.entries()) {
            if (r.index() != expected) {
                problems.add("entry " + expected + " expected, found entry " + r.index() + ": entries were removed or reordered");
                expected = r.index();
            }
            leaves.add(r.leafHash());
            expected++;
        }
        return leaves;
    }

    private static List<byte[]> parse(List<String> hashes, List<String> problems, String what) {
        List<byte[]> out = new ArrayList<>();
        for (String h : hashes) {
            try {
                out.add(hex(h));
            } catch (IllegalArgumentException e) {
                problems.add("a " + what + " hash is not hex: " + h);
            }
        }
        return out;
    }

    private static byte[] hex(String h) {
        byte[] b = HEX.parseHex(h);
        if (b.length != 32) {
            throw new IllegalArgumentException("not an SM3 hash: " + h);
        }
        return b;
    }
}
