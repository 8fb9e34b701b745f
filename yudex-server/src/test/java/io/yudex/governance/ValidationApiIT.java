package io.yudex.governance;

import static org.assertj.core.api.Assertions.assertThat;

import io.yudex.standards.identifier.CitizenIdNumber;
import io.yudex.support.Api;
import io.yudex.support.IntegrationTest;
import java.util.Collections;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.JsonNode;

class ValidationApiIT extends IntegrationTest {

    @Test
    void citizenIds_eachGetValidityNormalisedFormAndEveryReason() {
        String valid = CitizenIdNumber.withCheckDigit("41010519900307123");
        String wrongDigit = valid.substring(0, 17) + (valid.charAt(17) == '0' ? '1' : '0');
        JsonNode r = api().post("/api/v1/governance/validate", token("gat_user"),
                Map.of("type", "citizen-id", "values", List.of(valid, " " + valid.toLowerCase() + " ", wrongDigit, "990105194902300021"))).json();
        assertThat(r).hasSize(4);
        assertThat(r.get(0).get("valid").asBoolean()).isTrue();
        assertThat(r.get(0).get("value").asString()).isEqualTo(valid);
        assertThat(r.get(1).get("normalized").asString()).isEqualTo(valid);
        assertThat(r.get(2).get("valid").asBoolean()).isFalse();
        assertThat(r.get(2).get("reasons").toString()).contains("CHECK_DIGIT");
        assertThat(r.get(3).get("reasons").size()).as("every problem, not just the first").isGreaterThanOrEqualTo(2);
    }

    @Test
    void uscc_andMobile_areCheckedToo() {
        JsonNode r = api().post("/api/v1/governance/validate", token("auditor"),
                Map.of("type", "mobile", "values", List.of("+86 138 0013 8000", "1234"))).json();
        assertThat(r.get(0).get("valid").asBoolean()).isTrue();
        assertThat(r.get(0).get("normalized").asString()).isEqualTo("13800138000");
        assertThat(r.get(1).get("valid").asBoolean()).isFalse();
    }

    @Test
    void badRequests_are400s_andAnonymousIsRefused() {
        String token = token("gat_user");
        Api.Response unknown = api().post("/api/v1/governance/validate", token, Map.of("type", "passport", "values", List.of("x")));
        assertThat(unknown.status()).isEqualTo(400);
        assertThat(unknown.body()).contains("passport");
        Api.Response tooMany = api().post("/api/v1/governance/validate", token,
                Map.of("type", "uscc", "values", Collections.nCopies(10_001, "91410100MA3X00001X")));
        assertThat(tooMany.status()).isEqualTo(400);
        assertThat(api().post("/api/v1/governance/validate", token, Map.of("type", "uscc")).status()).isEqualTo(400);
        assertThat(api().post("/api/v1/governance/validate", null, Map.of("type", "uscc", "values", List.of("x"))).status()).isEqualTo(401);
    }
}
