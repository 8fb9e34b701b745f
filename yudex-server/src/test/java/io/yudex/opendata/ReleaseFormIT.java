package io.yudex.opendata;

import static org.assertj.core.api.Assertions.assertThat;

import io.yudex.support.ConsoleSession;
import io.yudex.support.IntegrationTest;
import java.util.HashMap;
import java.util.Map;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.JsonNode;

/**
 * The console form for opening a resource: choose resource and batch, treat each column, declare quasi-identifiers and
 * k, read the safe-publication report, and publish only once it passes.
 */
class ReleaseFormIT extends IntegrationTest {

    private static String code;

    private synchronized String code() {
        if (code == null) {
            String c = OpenAccessFixture.create(api(), PASSWORD, "发布表单测试企业名录", "UNCONDITIONAL");
            OpenDataFixture.push(api(), token("scjgj_admin"), c, OpenDataFixture.generate());
            code = c;
        }
        return code;
    }

    private long batch() {
        return api().get("/api/v1/catalog/resources/" + code() + "/batches", token("scjgj_admin")).json().valueStream()
                .filter(b -> b.get("status").asString().equals("SUCCEEDED")).mapToLong(b -> b.get("id").asLong()).max().orElseThrow();
    }

    private Map<String, String> form(String action, Map<String, String> treatments, boolean quasi) {
        Map<String, String> f = new HashMap<>();
        f.put("resource", code());
        f.put("batch", Long.toString(batch()));
        f.put("action", action);
        f.put("k", "5");
        treatments.forEach((item, t) -> f.put("t_" + item, t));
        if (quasi) {
            f.put("qi", "clrq");
        }
        return f;
    }

    @Test
    void form_listsTheColumnsAndTheBatches() {
        ConsoleSession admin = ConsoleSession.login(port, "scjgj_admin", PASSWORD);

        ConsoleSession.Page page = admin.get("/opendata/releases/new?resource=" + code());
        assertThat(page.status()).isEqualTo(200);
        assertThat(page.body()).contains("id=\"t_fzr\"").contains("id=\"qi_clrq\"").contains("value=\"" + batch() + "\"");
    }

    @Test
    void check_whenANameIsKept_showsTheLeak_andOffersNoPublishButton() {
        ConsoleSession admin = ConsoleSession.login(port, "scjgj_admin", PASSWORD);

        ConsoleSession.Page report = admin.postForm("/opendata/releases/new", form("check", Map.of("lxsj", "DROP"), false));
        assertThat(report.status()).isEqualTo(200);
        assertThat(report.body()).contains("id=\"release-verdict\"").contains("检查未通过").contains("fzr")
                .doesNotContain("id=\"release-publish\"");
    }

    @Test
    void check_whenQuasiIdentifiersAreTooFine_showsTheSmallClassesAndASuggestion() {
        ConsoleSession admin = ConsoleSession.login(port, "scjgj_admin", PASSWORD);
        Map<String, String> f = form("check", Map.of("fzr", "MASK_SHOW_FIRST_LAST(1,0)", "lxsj", "DROP"), false);
        f.put("qi", "clrq");

        ConsoleSession.Page report = admin.postForm("/opendata/releases/new", f);
        assertThat(report.body()).contains("id=\"release-small-classes\"").contains("id=\"release-suggestion\"").contains("clrq → DATE_SHOW_YEAR");
    }

    @Test
    void publish_afterAPassingCheck_recordsTheReleaseOfTheChosenBatch() {
        ConsoleSession admin = ConsoleSession.login(port, "scjgj_admin", PASSWORD);
        Map<String, String> treatments = Map.of("fzr", "MASK_SHOW_FIRST_LAST(1,0)", "lxsj", "DROP", "clrq", "CUSTOM", "xzqh",
                "GENERALISE_DIVISION(CITY)");
        Map<String, String> check = form("check", treatments, true);
        check.put("c_clrq", "DATE_SHOW_YEAR");
        check.put("qi", "clrq");
        ConsoleSession.Page passed = admin.postForm("/opendata/releases/new", check);
        assertThat(passed.body()).contains("检查通过").contains("id=\"release-publish\"");

        Map<String, String> publish = new HashMap<>(check);
        publish.put("action", "publish");
        ConsoleSession.Page done = admin.postForm("/opendata/releases/new", publish);
        assertThat(done.status()).isEqualTo(302);
        assertThat(done.location()).contains("/opendata/releases?published=");

        JsonNode history = api().get("/api/v1/opendata/releases?resource=" + code(), token("scjgj_admin")).json();
        JsonNode newest = history.get(0);
        assertThat(newest.get("status").asString()).isEqualTo("ACCEPTED");
        assertThat(newest.get("batchId").asLong()).isEqualTo(batch());
        assertThat(newest.get("treatments").get("clrq").asString()).isEqualTo("DATE_SHOW_YEAR");
    }

    @Test
    void anotherDepartmentsAdmin_cannotPublishIt() {
        ConsoleSession other = ConsoleSession.login(port, "gat_admin", PASSWORD);

        ConsoleSession.Page refused = other.postForm("/opendata/releases/new", form("check", Map.of("lxsj", "DROP"), false));
        assertThat(refused.status()).isEqualTo(403);
    }

    @Test
    void auditor_cannotOpenTheForm() {
        ConsoleSession auditor = ConsoleSession.login(port, "auditor", PASSWORD);
        assertThat(auditor.get("/opendata/releases/new").status()).isEqualTo(403);
    }
}
