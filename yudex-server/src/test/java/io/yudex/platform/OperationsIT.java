package io.yudex.platform;

import static org.assertj.core.api.Assertions.assertThat;

import io.yudex.support.IntegrationTest;
import org.junit.jupiter.api.Test;

class OperationsIT extends IntegrationTest {

    @Test
    void health_isPublicAndUp() {
        assertThat(api().get("/actuator/health", null).json().get("status").asString()).isEqualTo("UP");
    }

    @Test
    void prometheus_needsThePlatformAdmin() {
        assertThat(api().get("/actuator/prometheus", null).status()).isEqualTo(401);
        assertThat(api().get("/actuator/prometheus", token("gat_admin")).status()).isEqualTo(403);
        var metrics = api().get("/actuator/prometheus", token("admin"));
        assertThat(metrics.status()).isEqualTo(200);
        assertThat(metrics.body()).contains("http_server_requests_seconds");
    }

    @Test
    void openApi_describesTheCatalogApi_andTheBrowsableUiIsServed() {
        var docs = api().get("/v3/api-docs", null);
        assertThat(docs.status()).isEqualTo(200);
        assertThat(docs.json().get("paths").has("/api/v1/catalog/resources")).isTrue();
        assertThat(api().get("/swagger-ui/index.html", null).status()).isEqualTo(200);
    }

    @Test
    void unknownApiPath_isA404ProblemNotAnHtmlPage() {
        var r = api().get("/api/v1/no-such-thing", token("admin"));
        assertThat(r.status()).isEqualTo(404);
        assertThat(r.contentType()).doesNotStartWith("text/html");
    }
}
