package io.yudex.organisation;

import static org.assertj.core.api.Assertions.assertThat;

import io.yudex.standards.identifier.OrganizationCode;
import io.yudex.standards.identifier.UnifiedSocialCreditCode;
import io.yudex.support.Api;
import io.yudex.support.IntegrationTest;
import java.util.HashMap;
import java.util.Map;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.JsonNode;

class OrganisationApiIT extends IntegrationTest {

    private static Map<String, Object> department(String name) {
        String org = OrganizationCode.withCheckChar(String.format("%08d", (System.nanoTime() / 1000) % 100_000_000));
        Map<String, Object> d = new HashMap<>();
        d.put("code", UnifiedSocialCreditCode.withCheckChar("11410300" + org));
        d.put("name", name);
        d.put("shortName", "测试局");
        d.put("regionCode", "410300");
        d.put("level", "CITY");
        return d;
    }

    @Test
    void regions_holdHenansCitiesAndCounties() {
        JsonNode regions = api().get("/api/v1/regions", null).json();
        assertThat(regions.valueStream().filter(r -> r.get("level").asString().equals("CITY")).count()).isEqualTo(17);
        // 济源 is a county-level city directly under the province
        assertThat(regions.valueStream().filter(r -> r.get("code").asString().equals("419001")).findFirst().orElseThrow()
                .get("parentCode").asString()).isEqualTo("410000");
        assertThat(regions.valueStream().anyMatch(r -> r.get("name").asString().equals("金水区"))).isTrue();
    }

    @Test
    void createDepartment_validatesRegionAndUniqueness() {
        String admin = token("admin");
        Map<String, Object> d = department("洛阳市测试局" + System.nanoTime());
        Api.Response created = api().post("/api/v1/admin/departments", admin, d);
        assertThat(created.status()).as(created.body()).isEqualTo(201);
        assertThat(created.json().get("regionName").asString()).isEqualTo("洛阳市");

        assertThat(api().post("/api/v1/admin/departments", admin, d).status()).isEqualTo(409);
        Map<String, Object> badRegion = department("坏地区" + System.nanoTime());
        badRegion.put("regionCode", "999999");
        Api.Response bad = api().post("/api/v1/admin/departments", admin, badRegion);
        assertThat(bad.status()).isEqualTo(400);
        assertThat(bad.json().get("errors").get(0).get("field").asString()).isEqualTo("regionCode");
        Map<String, Object> badUscc = department("坏代码" + System.nanoTime());
        String code = (String) badUscc.get("code");
        badUscc.put("code", code.substring(0, 17) + (code.charAt(17) == '0' ? '1' : '0'));
        Api.Response wrongCheck = api().post("/api/v1/admin/departments", admin, badUscc);
        assertThat(wrongCheck.status()).isEqualTo(400);
        assertThat(wrongCheck.json().get("errors").get(0).get("field").asString()).isEqualTo("code");
        Map<String, Object> missing = department("缺字段");
        missing.remove("name");
        assertThat(api().post("/api/v1/admin/departments", admin, missing).json().get("errors").get(0).get("field").asString()).isEqualTo("name");
    }
}
