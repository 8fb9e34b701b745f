package io.yudex.audit;

import static org.assertj.core.api.Assertions.assertThat;

import io.yudex.auditlog.AuditExport;
import io.yudex.auditlog.AuditJson;
import io.yudex.auditlog.AuditRecord;
import io.yudex.auditlog.EntryReceipt;
import io.yudex.auditlog.ExportVerifier;
import io.yudex.auditlog.MerkleTree;
import io.yudex.auditlog.SignedCheckpoint;
import io.yudex.support.Api;
import io.yudex.support.IntegrationTest;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import io.yudex.auditlog.VerifyCommand;
import io.yudex.standards.identifier.OrganizationCode;
import io.yudex.standards.identifier.UnifiedSocialCreditCode;
import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashMap;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import tools.jackson.databind.JsonNode;

/** Sharing decisions and log-ins reach the audit log; checkpoints are signed; proofs verify; tampering is found. */
class AuditLogIT extends IntegrationTest {

    private static final HexFormat HEX = HexFormat.of();

    @Autowired
    JdbcClient db;

    @Autowired
    AuditLog log;

    @Autowired
    AuditArchiver archiver;

    @TempDir
    Path tmp;

    @Autowired
    AuditStore store;

    @Autowired
    AuditSigner signer;

    @Autowired
    org.springframework.jdbc.core.JdbcTemplate jdbcTemplate;

    @Autowired
    io.yudex.platform.YudexProperties yudex;

    @Test
    void aSharingApplication_andALogIn_areAudited_withSignedCheckpointsAndProofs() {
        String city = token("zzdsj_user");
        Api.Response applied = api().post("/api/v1/sharing/applications", city, Map.of("resourceCode", "102001/000001",
                "items", List.of("tyshxydm"), "purpose", "工作参考", "basis", "审计测试", "modes", List.of("QUERY"),
                "validUntil", LocalDate.now(clock).plusMonths(1).toString()));
        assertThat(applied.status()).as(applied.body()).isEqualTo(201);
        long id = applied.json().get("id").asLong();

        String auditor = token("auditor");
        JsonNode found = api().get("/api/v1/audit/search?action=sharing.&resource=102001/000001&size=1000", auditor).json();
        JsonNode granted = found.get("entries").valueStream().filter(e -> e.get("action").asString().equals("sharing.AUTO_GRANTED")
                && e.get("subject").asString().startsWith("application " + id)).findFirst().orElseThrow();
        assertThat(granted.get("purpose").asString()).isEqualTo("工作参考");
        assertThat(api().get("/api/v1/audit/search?action=login.succeeded&actor=zzdsj_user", auditor).json().get("total").asLong()).isPositive();

        JsonNode checkpoint = api().get("/api/v1/audit/checkpoints/latest", auditor).json();
        String key = api().get("/api/v1/audit/public-key", auditor).json().get("publicKeyHex").asString();
        SignedCheckpoint cp = new SignedCheckpoint(checkpoint.get("treeSize").asLong(), checkpoint.get("rootHash").asString(),
                Instant.parse(checkpoint.get("signedAt").asString()), checkpoint.get("signature").asString());
        assertThat(cp.verifies(key)).as("the checkpoint's SM2 signature").isTrue();
        assertThat(new SignedCheckpoint(cp.treeSize() + 1, cp.rootHash(), cp.signedAt(), cp.signature()).verifies(key)).isFalse();

        long index = granted.get("index").asLong();
        JsonNode proof = api().get("/api/v1/audit/entries/" + index + "/proof?size=" + cp.treeSize(), auditor).json();
        List<byte[]> path = proof.get("path").valueStream().map(p -> HEX.parseHex(p.asString())).toList();
        assertThat(MerkleTree.verifyInclusion(HEX.parseHex(proof.get("leafHash").asString()), (int) index, (int) cp.treeSize(), path,
                HEX.parseHex(cp.rootHash()))).isTrue();
        assertThat(api().get("/api/v1/audit/entries/" + index + "/proof?size=" + (cp.treeSize() + 1000), auditor).status()).isEqualTo(400);
        assertThat(api().get("/api/v1/audit/entries", city).status()).isEqualTo(403);

        EntryReceipt receipt = AuditJson.read(api().get("/api/v1/audit/entries/" + index + "/receipt", auditor).body(), EntryReceipt.class);
        assertThat(ExportVerifier.verify(receipt, key).problems()).isEmpty();
    }

    @Test
    void aConsistencyProof_linksTwoCheckpoints_andFailsForAnotherHistory() {
        String auditor = token("auditor");
        SignedCheckpoint first = log.checkpoint();
        token("gat_user");
        token("gat_user");
        SignedCheckpoint second = log.checkpoint();
        assertThat(second.treeSize()).isGreaterThan(first.treeSize());

        JsonNode c = api().get("/api/v1/audit/consistency?from=" + first.treeSize() + "&to=" + second.treeSize(), auditor).json();
        List<byte[]> path = c.get("path").valueStream().map(p -> HEX.parseHex(p.asString())).toList();
        assertThat(c.get("fromRoot").asString()).isEqualTo(first.rootHash());
        assertThat(c.get("toRoot").asString()).isEqualTo(second.rootHash());
        assertThat(MerkleTree.verifyConsistency(first.treeSize(), second.treeSize(), HEX.parseHex(first.rootHash()), HEX.parseHex(second.rootHash()),
                path)).isTrue();
        assertThat(MerkleTree.verifyConsistency(first.treeSize(), second.treeSize(), new byte[32], HEX.parseHex(second.rootHash()), path)).isFalse();
        assertThat(api().get("/api/v1/audit/consistency?from=0&to=" + second.treeSize(), auditor).status()).isEqualTo(400);
        assertThat(api().get("/api/v1/audit/consistency?from=2&to=" + (second.treeSize() + 10_000), auditor).status()).isEqualTo(400);
    }

    @Test
    void theExport_verifiesOffline_andATamperedExportDoesNot() {
        String auditor = token("auditor");
        Api.Response r = api().get("/api/v1/audit/export", auditor);
        assertThat(r.status()).isEqualTo(200);
        AuditExport export = AuditJson.read(r.body(), AuditExport.class);
        String key = log.publicKeyHex();
        assertThat(ExportVerifier.verify(export, key).problems()).isEmpty();

        List<AuditRecord> entries = new ArrayList<>(export.entries());
        AuditRecord e = entries.get(entries.size() / 2);
        entries.set(entries.size() / 2, new AuditRecord(e.format(), e.index(), e.at(), "nobody", e.action(), e.subject(), e.detail(), e.department(),
                e.resource(), e.client(), e.purpose(), e.rows(), e.lookup()));
        assertThat(ExportVerifier.verify(new AuditExport(export.format(), key, export.firstIndex(), export.frontier(), entries, export.checkpoints()), key)
                .ok()).isFalse();
    }

    @Test
    void adminActions_clientEvents_andLogIns_reachTheLog() {
        String admin = token("admin");
        long operator = api().get("/api/v1/departments", admin).json().valueStream().filter(d -> d.get("operator").asBoolean()).findFirst()
                .orElseThrow().get("id").asLong();
        String username = "audited" + System.nanoTime();
        assertThat(api().post("/api/v1/admin/users", admin, Map.of("username", username, "displayName", "审计用户", "departmentId", operator,
                "roles", Set.of("DEPT_USER"), "password", PASSWORD)).status()).isEqualTo(201);
        JsonNode issued = api().post("/api/v1/admin/clients", admin, Map.of("name", "审计测试系统", "departmentId", operator, "role", "DEPT_USER")).json();
        String clientId = issued.get("client").get("clientId").asString();
        api().post("/api/v1/auth/token", null, Map.of("client_id", clientId, "client_secret", issued.get("clientSecret").asString()));
        api().post("/api/v1/auth/token", null, Map.of("client_id", clientId, "client_secret", "wrong"));
        api().post("/api/v1/admin/clients/" + clientId + "/disable", admin, null);
        api().post("/api/v1/auth/token", null, Map.of("username", username, "password", "wrong-password"));
        Map<String, Object> d = new HashMap<>();
        String org = OrganizationCode.withCheckChar(String.format("%08d", (System.nanoTime() / 1000) % 100_000_000));
        String code = UnifiedSocialCreditCode.withCheckChar("11410300" + org);
        d.put("code", code);
        d.put("name", "审计测试局" + System.nanoTime());
        d.put("shortName", "审计测试局");
        d.put("regionCode", "410300");
        d.put("level", "CITY");
        assertThat(api().post("/api/v1/admin/departments", admin, d).status()).isEqualTo(201);

        String auditor = token("auditor");
        List<String> actions = api().get("/api/v1/audit/search?size=1000&from=" + clock.instant().minusSeconds(3600), auditor).json().get("entries")
                .valueStream().filter(e -> username.equals(text(e, "subject")) || clientId.equals(text(e, "subject")) || username.equals(text(e, "actor")))
                .map(e -> e.get("action").asString()).toList();
        assertThat(actions).contains("identity.USER_CREATED", "identity.CLIENT_REGISTERED", "identity.CLIENT_LOGIN_SUCCEEDED",
                "identity.CLIENT_LOGIN_FAILED", "identity.CLIENT_DISABLED", "login.failed");
        assertThat(api().get("/api/v1/audit/search?action=organisation.DEPARTMENT_CREATED&actor=admin&size=1000", auditor).json().get("entries")
                .valueStream().map(e -> e.get("subject").asString())).contains(code);
        assertThat(api().get("/api/v1/audit/search?client=" + clientId + "&action=identity.CLIENT_LOGIN", auditor).json().get("total").asLong())
                .isEqualTo(2);
    }

    @Test
    void theOfflineVerifier_acceptsTheApisExport_andRejectsATamperedCopy() throws Exception {
        token("gat_user");
        Path export = tmp.resolve("export.json");
        Files.write(export, api().get("/api/v1/audit/export", token("auditor")).bytes());
        Path key = tmp.resolve("audit.pub");
        Files.writeString(key, api().get("/api/v1/audit/public-key", token("auditor")).json().get("publicKeyHex").asString());
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        ByteArrayOutputStream err = new ByteArrayOutputStream();
        assertThat(VerifyCommand.run(new String[] {"log", export.toString(), key.toString()}, new PrintStream(out), new PrintStream(err)))
                .as(err.toString(StandardCharsets.UTF_8)).isZero();

        Path tampered = tmp.resolve("tampered.json");
        Files.writeString(tampered, Files.readString(export).replaceFirst("\"actor\":\"gat_user\"", "\"actor\":\"gat_userx\""));
        assertThat(VerifyCommand.run(new String[] {"log", tampered.toString(), key.toString()}, new PrintStream(out), new PrintStream(err))).isEqualTo(1);
        assertThat(err.toString(StandardCharsets.UTF_8)).contains("TAMPERED");
    }

    @Test
    void archiving_movesOldEntriesToAVerifiableSegment_andTheTreeStaysWhole() throws Exception {
        token("gat_user");
        SignedCheckpoint before = log.checkpoint();
        token("gat_user");
        AuditArchiver.Segment segment = archiver.archiveBefore(clock.instant().plusSeconds(1), "test").orElseThrow();
        assertThat(segment.endIndex()).isGreaterThanOrEqualTo(before.treeSize());
        assertThat(db.sql("SELECT COUNT(*) FROM audit_entry WHERE idx < ?").param(segment.endIndex()).query(Long.class).single()).isZero();
        assertThat(db.sql("SELECT COUNT(*) FROM audit_archived_leaf WHERE idx >= ? AND idx < ?").params(segment.firstIndex(), segment.endIndex())
                .query(Long.class).single()).isEqualTo(segment.endIndex() - segment.firstIndex());

        Path file = archiver.file(segment);
        AuditExport archived = AuditJson.read(file, AuditExport.class);
        assertThat(ExportVerifier.verify(archived, log.publicKeyHex()).problems()).isEmpty();
        assertThat(log.verify().problems()).as("the log after archiving").isEmpty();
        SignedCheckpoint after = log.checkpoint();
        assertThat(log.proof(segment.firstIndex(), after.treeSize()).rootHash()).isEqualTo(after.rootHash());
        assertThat(api().get("/api/v1/audit/entries/" + segment.firstIndex() + "/receipt", token("auditor")).status()).isEqualTo(404);
        assertThat(api().get("/api/v1/audit/archives", token("auditor")).body()).contains(segment.file());

        Path copy = tmp.resolve("segment.json");
        Files.writeString(copy, Files.readString(file).replaceFirst("\"action\":\"login.succeeded\"", "\"action\":\"login.failed\""));
        assertThat(ExportVerifier.verify(AuditJson.read(copy, AuditExport.class), log.publicKeyHex()).ok()).isFalse();
    }

    @Test
    void entriesForcedToTheJournal_butLostByTheDatabase_areRecoveredAtStartUp() throws Exception {
        long size = store.leafHashes().size();
        AuditRecord lost = AuditRecord.of("crash-test", "test.crash", "lost", null).at(size, clock.instant());
        Path dataDir = tmp.resolve("data");
        Path journalFile = dataDir.resolve("audit/journal.ndjson");
        try (io.yudex.auditlog.Journal j = new io.yudex.auditlog.Journal(journalFile)) {
            j.append(List.of(AuditJson.line(lost)));
        }
        Files.writeString(journalFile, "{\"format\":2,\"index\":", java.nio.file.StandardOpenOption.APPEND); // torn by the crash
        AuditLog restarted = new AuditLog(store, signer, clock, jdbcTemplate, new AuditProperties(AuditProperties.Journal.ON, 180,
                java.time.LocalTime.of(8, 0), java.time.LocalTime.of(18, 0), java.time.Duration.ofMinutes(10), 20, 100, 5),
                new io.yudex.platform.YudexProperties(dataDir, false, 0, yudex.security(), yudex.catalog()));
        try {
            assertThat(restarted.proof(size, size + 1).leafHash()).isEqualTo(HEX.formatHex(lost.leafHash()));
            AuditRecord stored = store.entry(size).orElseThrow();
            assertThat(stored.actor()).isEqualTo("crash-test");
            assertThat(stored.leafHash()).isEqualTo(lost.leafHash());
            assertThat(Files.size(journalFile)).as("the journal is emptied once the database is synced").isZero();
        } finally {
            db.sql("DELETE FROM audit_entry WHERE idx = ? AND actor = 'crash-test'").param(size).update();
            restarted.destroy();
        }
    }

    @Test
    void concurrentAppends_areGroupCommitted_withoutGapsOrDuplicates() throws Exception {
        int threads = 32;
        int each = 20;
        List<Future<List<Long>>> results = new ArrayList<>();
        try (ExecutorService pool = Executors.newFixedThreadPool(threads)) {
            for (int t = 0; t < threads; t++) {
                int n = t;
                results.add(pool.submit(() -> {
                    List<Long> idx = new ArrayList<>();
                    for (int i = 0; i < each; i++) {
                        idx.add(log.append("load-" + n, "test.append", "s" + i, null).index());
                    }
                    return idx;
                }));
            }
        }
        TreeSet<Long> all = new TreeSet<>();
        for (Future<List<Long>> f : results) {
            all.addAll(f.get());
        }
        assertThat(all).hasSize(threads * each);
        assertThat(all.last() - all.first()).isLessThan(threads * each + 200L);
        for (long i : List.of(all.first(), all.last())) {
            assertThat(db.sql("SELECT COUNT(*) FROM audit_entry WHERE idx = ?").param(i).query(Long.class).single()).isEqualTo(1);
        }
        assertThat(log.verify().problems()).isEmpty();
    }

    @Test
    void changingDeletingOrReorderingAStoredEntry_isDetected() {
        token("gat_user");
        token("gat_user");
        String auditor = token("auditor");
        api().get("/api/v1/audit/checkpoints/latest", auditor);
        assertThat(problems(auditor)).isEmpty();

        long a = db.sql("SELECT MIN(idx) FROM audit_entry").query(Long.class).single();
        Map<String, Object> first = row(a);
        Map<String, Object> second = row(a + 1);
        try {
            db.sql("UPDATE audit_entry SET actor = 'someone-else' WHERE idx = ?").param(a).update();
            assertThat(problems(auditor)).anyMatch(p -> p.contains("position " + a));
            restore(first);

            // a forger who also rewrites the stored hash still breaks the signed root
            AuditRecord e = db.sql("SELECT " + AuditStore.COLUMNS + " FROM audit_entry WHERE idx = ?").param(a).query((rs, n) -> AuditStore.record(rs)).single();
            AuditRecord forged = new AuditRecord(e.format(), e.index(), e.at(), e.actor(), e.action(), e.subject(), "forged", e.department(), e.resource(),
                    e.client(), e.purpose(), e.rows(), e.lookup());
            db.sql("UPDATE audit_entry SET detail = 'forged', leaf_hash = ? WHERE idx = ?").params(HEX.formatHex(forged.leafHash()), a).update();
            assertThat(problems(auditor)).anyMatch(p -> p.contains("root signed"));
            restore(first);

            db.sql("UPDATE audit_entry SET idx = -1 WHERE idx = ?").param(a).update();
            db.sql("UPDATE audit_entry SET idx = ? WHERE idx = ?").params(a, a + 1).update();
            db.sql("UPDATE audit_entry SET idx = ? WHERE idx = -1").param(a + 1).update();
            assertThat(problems(auditor)).as("reordered").isNotEmpty();
            restore(first);
            restore(second);

            db.sql("DELETE FROM audit_entry WHERE idx = ?").param(a + 1).update();
            assertThat(problems(auditor)).anyMatch(p -> p.contains("removed"));
        } finally {
            restore(first);
            restore(second);
        }
        assertThat(problems(auditor)).isEmpty();
    }

    private List<String> problems(String auditor) {
        return api().get("/api/v1/audit/verify", auditor).json().get("problems").valueStream().map(JsonNode::asString).toList();
    }

    private Map<String, Object> row(long idx) {
        return db.sql("SELECT " + AuditStore.COLUMNS + " FROM audit_entry WHERE idx = ?").param(idx).query().singleRow();
    }

    private void restore(Map<String, Object> row) {
        db.sql("DELETE FROM audit_entry WHERE idx = ?").param(row.get("idx")).update();
        db.sql("INSERT INTO audit_entry (" + AuditStore.COLUMNS + ") VALUES (" + "?, ".repeat(row.size() - 1) + "?)")
                .params(new ArrayList<>(row.values())).update();
    }

    private static String text(JsonNode e, String field) {
        return e.get(field) == null || e.get(field).isNull() ? null : e.get(field).asString();
    }
}
