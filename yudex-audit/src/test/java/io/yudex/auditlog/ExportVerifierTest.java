package io.yudex.auditlog;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.math.BigInteger;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class ExportVerifierTest {

    private static final BigInteger KEY = Sm2.newPrivateKey();
    private static final String PUBLIC = Sm2.publicKeyHex(KEY);
    private static final HexFormat HEX = HexFormat.of();

    @TempDir
    Path dir;

    static List<AuditRecord> entries(int n) {
        List<AuditRecord> out = new ArrayList<>();
        for (int i = 0; i < n; i++) {
            out.add(AuditRecord.of("user" + (i % 3), "data.query", "resource " + i, "rows=" + i)
                    .withContext("DEPT" + (i % 2), "102001/00000" + (i % 4), i % 2 == 0 ? "client-a" : null, "工作参考", (long) i, "sfzh=" + i)
                    .at(i, Instant.ofEpochMilli(1_700_000_000_000L + i * 1000L)));
        }
        return out;
    }

    static SignedCheckpoint checkpoint(List<AuditRecord> entries, int size) {
        List<byte[]> leaves = entries.stream().map(AuditRecord::leafHash).toList();
        SignedCheckpoint unsigned = new SignedCheckpoint(size, HEX.formatHex(MerkleTree.root(leaves, size)), Instant.ofEpochMilli(1_800_000_000_000L), "");
        return new SignedCheckpoint(size, unsigned.rootHash(), unsigned.signedAt(), Sm2.sign(KEY, unsigned.signedBytes()));
    }

    static AuditExport export(List<AuditRecord> entries, List<SignedCheckpoint> checkpoints) {
        return new AuditExport(AuditExport.FORMAT, PUBLIC, 0, List.of(), entries, checkpoints);
    }

    @Test
    void anUntouchedExport_verifies() {
        List<AuditRecord> e = entries(21);
        ExportVerifier.Report r = ExportVerifier.verify(export(e, List.of(checkpoint(e, 7), checkpoint(e, 21))), PUBLIC);
        assertThat(r.problems()).isEmpty();
        assertThat(r.checkpointsChecked()).isEqualTo(2);
    }

    @Test
    void changingAnyFieldOfAnyEntry_isDetected() {
        List<AuditRecord> e = entries(9);
        List<SignedCheckpoint> cps = List.of(checkpoint(e, 9));
        for (int i = 0; i < e.size(); i++) {
            AuditRecord x = e.get(i);
            for (AuditRecord forged : List.of(
                    new AuditRecord(x.format(), x.index(), x.at(), "someone-else", x.action(), x.subject(), x.detail(), x.department(), x.resource(), x.client(), x.purpose(), x.rows(), x.lookup()),
                    new AuditRecord(x.format(), x.index(), x.at().plusMillis(1), x.actor(), x.action(), x.subject(), x.detail(), x.department(), x.resource(), x.client(), x.purpose(), x.rows(), x.lookup()),
                    new AuditRecord(x.format(), x.index(), x.at(), x.actor(), x.action(), x.subject(), x.detail(), x.department(), x.resource(), x.client(), x.purpose(), x.rows() + 1, x.lookup()),
                    new AuditRecord(x.format(), x.index(), x.at(), x.actor(), x.action(), x.subject(), x.detail(), x.department(), x.resource(), x.client(), x.purpose(), x.rows(), null),
                    new AuditRecord(1, x.index(), x.at(), x.actor(), x.action(), x.subject(), x.detail(), x.department(), x.resource(), x.client(), x.purpose(), x.rows(), x.lookup()))) {
                List<AuditRecord> t = new ArrayList<>(e);
                t.set(i, forged);
                assertThat(ExportVerifier.verify(export(t, cps), PUBLIC).ok()).as("entry %d forged as %s", i, forged).isFalse();
            }
        }
    }

    @Test
    void textMovedBetweenFields_isDetected() {
        AuditRecord a = AuditRecord.of("u", "x", "a\tb", null).at(0, Instant.EPOCH);
        AuditRecord b = AuditRecord.of("u", "x", "a", "b").at(0, Instant.EPOCH);
        assertThat(a.leafHash()).isNotEqualTo(b.leafHash());
        assertThat(AuditRecord.of("u", "x", null, null).at(0, Instant.EPOCH).leafHash())
                .isNotEqualTo(AuditRecord.of("u", "x", "", null).at(0, Instant.EPOCH).leafHash());
    }

    @Test
    void deletingOrReorderingEntries_orForgingASignature_isDetected() {
        List<AuditRecord> e = entries(12);
        List<SignedCheckpoint> cps = List.of(checkpoint(e, 12));
        for (int i = 0; i < e.size(); i++) {
            List<AuditRecord> deleted = new ArrayList<>(e);
            deleted.remove(i);
            assertThat(ExportVerifier.verify(export(deleted, cps), PUBLIC).ok()).as("entry %d deleted", i).isFalse();
        }
        for (int i = 0; i + 1 < e.size(); i++) {
            List<AuditRecord> swapped = new ArrayList<>(e);
            swapped.set(i, e.get(i + 1));
            swapped.set(i + 1, e.get(i));
            assertThat(ExportVerifier.verify(export(swapped, cps), PUBLIC).ok()).as("entries %d and %d swapped", i, i + 1).isFalse();
            // a forger who renumbers them as well still breaks the root
            List<AuditRecord> renumbered = new ArrayList<>(swapped);
            renumbered.set(i, swapped.get(i).at(i, swapped.get(i).at()));
            renumbered.set(i + 1, swapped.get(i + 1).at(i + 1, swapped.get(i + 1).at()));
            assertThat(ExportVerifier.verify(export(renumbered, cps), PUBLIC).ok()).as("renumbered swap %d", i).isFalse();
        }
        SignedCheckpoint cp = cps.getFirst();
        SignedCheckpoint forged = new SignedCheckpoint(cp.treeSize(), HEX.formatHex(new byte[32]), cp.signedAt(), cp.signature());
        assertThat(ExportVerifier.verify(export(e, List.of(forged)), PUBLIC).problems()).anyMatch(p -> p.contains("signature"));
        assertThat(ExportVerifier.verify(export(e, cps), Sm2.publicKeyHex(Sm2.newPrivateKey())).ok()).as("another key").isFalse();
        assertThat(ExportVerifier.verify(export(e, List.of()), PUBLIC).ok()).as("no checkpoint").isFalse();
    }

    @Test
    void aSegment_verifiesFromItsFrontier_andATamperedFrontierDoesNot() {
        List<AuditRecord> e = entries(30);
        List<byte[]> leaves = e.stream().map(AuditRecord::leafHash).toList();
        List<String> frontier = MerkleTree.frontier(leaves, 11).stream().map(HEX::formatHex).toList();
        AuditExport segment = new AuditExport(AuditExport.FORMAT, PUBLIC, 11, frontier, e.subList(11, 30), List.of(checkpoint(e, 5), checkpoint(e, 30)));
        assertThat(ExportVerifier.verify(segment, PUBLIC).problems()).isEmpty();
        List<String> bad = new ArrayList<>(frontier);
        bad.set(0, HEX.formatHex(leaves.get(3)));
        assertThat(ExportVerifier.verify(new AuditExport(AuditExport.FORMAT, PUBLIC, 11, bad, e.subList(11, 30), segment.checkpoints()), PUBLIC).ok()).isFalse();
    }

    @Test
    void aReceipt_verifiesItsEntry_andNotAnAlteredOne() {
        List<AuditRecord> e = entries(10);
        SignedCheckpoint cp = checkpoint(e, 10);
        List<byte[]> leaves = e.stream().map(AuditRecord::leafHash).toList();
        List<String> path = MerkleTree.inclusionProof(leaves, 4, 10).stream().map(HEX::formatHex).toList();
        assertThat(ExportVerifier.verify(new EntryReceipt(EntryReceipt.FORMAT, e.get(4), path, cp), PUBLIC).ok()).isTrue();
        AuditRecord x = e.get(4);
        AuditRecord altered = new AuditRecord(x.format(), x.index(), x.at(), x.actor(), x.action(), x.subject(), x.detail(), x.department(), x.resource(), x.client(), "数据校核", x.rows(), x.lookup());
        assertThat(ExportVerifier.verify(new EntryReceipt(EntryReceipt.FORMAT, altered, path, cp), PUBLIC).ok()).isFalse();
    }

    @Test
    void theCommand_exitsZeroOnAGoodExport_andNonZeroWithAMessageOnATamperedOne() throws Exception {
        List<AuditRecord> e = entries(15);
        Path good = dir.resolve("good.json");
        AuditJson.write(export(e, List.of(checkpoint(e, 15))), good);
        Path key = dir.resolve("audit.pub");
        Files.writeString(key, PUBLIC + "\n");
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        ByteArrayOutputStream err = new ByteArrayOutputStream();
        assertThat(VerifyCommand.run(new String[] {"log", good.toString(), key.toString()}, new PrintStream(out), new PrintStream(err))).isZero();
        assertThat(out.toString(StandardCharsets.UTF_8)).contains("OK: 15 entries");

        String text = Files.readString(good).replace("\"actor\":\"user1\"", "\"actor\":\"nobody\"");
        Path tampered = dir.resolve("tampered.json");
        Files.writeString(tampered, text);
        err.reset();
        assertThat(VerifyCommand.run(new String[] {"log", tampered.toString(), PUBLIC}, new PrintStream(out), new PrintStream(err))).isEqualTo(1);
        assertThat(err.toString(StandardCharsets.UTF_8)).contains("TAMPERED").contains("root signed at checkpoint 15");

        assertThat(VerifyCommand.run(new String[] {"log", good.toString()}, new PrintStream(out), new PrintStream(err))).isEqualTo(2);
        Files.writeString(tampered, "{not json");
        assertThat(VerifyCommand.run(new String[] {"log", tampered.toString(), PUBLIC}, new PrintStream(out), new PrintStream(err))).isEqualTo(2);
    }
}
