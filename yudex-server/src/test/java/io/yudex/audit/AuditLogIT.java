package io.yudex.audit;

import static org.assertj.core.api.Assertions.assertThat;

import io.yudex.support.Api;
import io.yudex.support.IntegrationTest;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.HexFormat;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import tools.jackson.databind.JsonNode;

/** Sharing decisions and log-ins reach the audit log; checkpoints are signed; proofs verify; tampering is found. */
class AuditLogIT extends IntegrationTest {

    @Autowired
    JdbcClient db;

    @Test
    void aSharingApplication_andALogIn_areAudited_withSignedCheckpointsAndProofs() {
        String city = token("zzdsj_user");
        Api.Response applied = api().post("/api/v1/sharing/applications", city, Map.of("resourceCode", "102001/000001",
                "items", List.of("tyshxydm"), "purpose", "工作参考", "basis", "审计测试", "modes", List.of("QUERY"),
                "validUntil", LocalDate.ofInstant(clock.instant(), ZoneId.systemDefault()).plusMonths(1).toString()));
        assertThat(applied.status()).as(applied.body()).isEqualTo(201);
        long id = applied.json().get("id").asLong();

        String auditor = token("auditor");
        JsonNode entries = api().get("/api/v1/audit/entries?limit=10000", auditor).json();
        List<String> actions = entries.valueStream().map(e -> e.get("action").asString() + " " + e.get("subject").asString()).toList();
        assertThat(actions).anyMatch(a -> a.startsWith("sharing.AUTO_GRANTED application " + id));
        assertThat(entries.valueStream().map(e -> e.get("action").asString())).contains("login.succeeded");

        JsonNode checkpoint = api().get("/api/v1/audit/checkpoints/latest", auditor).json();
        String key = api().get("/api/v1/audit/public-key", auditor).json().get("publicKeyHex").asString();
        Checkpoint cp = new Checkpoint(checkpoint.get("treeSize").asLong(), checkpoint.get("rootHash").asString(),
                java.time.Instant.parse(checkpoint.get("signedAt").asString()), checkpoint.get("signature").asString());
        assertThat(AuditSigner.verify(cp, key)).as("the checkpoint's SM2 signature").isTrue();
        assertThat(AuditSigner.verify(new Checkpoint(cp.treeSize() + 1, cp.rootHash(), cp.signedAt(), cp.signature()), key)).isFalse();

        long index = entries.valueStream().filter(e -> e.get("subject").asString().startsWith("application " + id)).findFirst().orElseThrow()
                .get("index").asLong();
        JsonNode proof = api().get("/api/v1/audit/entries/" + index + "/proof?size=" + cp.treeSize(), auditor).json();
        HexFormat hex = HexFormat.of();
        List<byte[]> path = proof.get("path").valueStream().map(p -> hex.parseHex(p.asString())).toList();
        assertThat(MerkleTree.verifyInclusion(hex.parseHex(proof.get("leafHash").asString()), (int) index, (int) cp.treeSize(), path,
                hex.parseHex(cp.rootHash()))).isTrue();
        assertThat(api().get("/api/v1/audit/entries/" + index + "/proof?size=" + (cp.treeSize() + 1000), auditor).status()).isEqualTo(400);
        assertThat(api().get("/api/v1/audit/entries", city).status()).isEqualTo(403);
    }

    @Test
    void changingDeletingOrReorderingAStoredEntry_isDetected() {
        token("gat_user"); // at least one entry
        String auditor = token("auditor");
        api().get("/api/v1/audit/checkpoints/latest", auditor);
        assertThat(api().get("/api/v1/audit/verify", auditor).json().get("ok").asBoolean()).isTrue();

        Map<String, Object> first = db.sql("SELECT * FROM audit_entry WHERE idx = 0").query().singleRow();
        Map<String, Object> second = db.sql("SELECT * FROM audit_entry WHERE idx = 1").query().singleRow();
        try {
            db.sql("UPDATE audit_entry SET actor = 'someone-else' WHERE idx = 0").update();
            assertThat(problems(auditor)).anyMatch(p -> p.contains("position 0"));
            restore(first);

            // a forger who also rewrites the stored hash still breaks the signed root
            JsonNode e0 = api().get("/api/v1/audit/entries?limit=1", auditor).json().get(0);
            AuditEntry forged = new AuditEntry(0, java.time.Instant.parse(e0.get("at").asString()), e0.get("actor").asString(),
                    e0.get("action").asString(), e0.get("subject").isNull() ? null : e0.get("subject").asString(), "forged");
            db.sql("UPDATE audit_entry SET detail = 'forged', leaf_hash = ? WHERE idx = 0")
                    .param(HexFormat.of().formatHex(MerkleTree.leafHash(forged.canonical()))).update();
            assertThat(problems(auditor)).anyMatch(p -> p.contains("root signed"));
            restore(first);

            db.sql("UPDATE audit_entry SET idx = -1 WHERE idx = 0").update();
            db.sql("UPDATE audit_entry SET idx = 0 WHERE idx = 1").update();
            db.sql("UPDATE audit_entry SET idx = 1 WHERE idx = -1").update();
            assertThat(problems(auditor)).as("reordered").isNotEmpty();
            db.sql("DELETE FROM audit_entry WHERE idx IN (0, 1)").update();
            restore(first);
            restore(second);

            db.sql("DELETE FROM audit_entry WHERE idx = 1").update();
            assertThat(problems(auditor)).anyMatch(p -> p.contains("missing"));
        } finally {
            db.sql("DELETE FROM audit_entry WHERE idx IN (0, 1)").update();
            restore(first);
            restore(second);
        }
        assertThat(api().get("/api/v1/audit/verify", auditor).json().get("ok").asBoolean()).isTrue();
    }

    private List<String> problems(String auditor) {
        return api().get("/api/v1/audit/verify", auditor).json().get("problems").valueStream().map(JsonNode::asString).toList();
    }

    private void restore(Map<String, Object> row) {
        db.sql("DELETE FROM audit_entry WHERE idx = ?").param(row.get("idx")).update();
        db.sql("INSERT INTO audit_entry (idx, logged_at, actor, action, subject, detail, leaf_hash) VALUES (?, ?, ?, ?, ?, ?, ?)")
                .params(row.get("idx"), row.get("logged_at"), row.get("actor"), row.get("action"), row.get("subject"), row.get("detail"),
                        row.get("leaf_hash")).update();
    }
}
