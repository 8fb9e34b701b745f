package io.yudex.catalog;

import static org.assertj.core.api.Assertions.assertThat;

import io.yudex.identity.Caller;
import io.yudex.identity.Role;
import io.yudex.platform.YudexProperties;
import io.yudex.support.IntegrationTest;
import io.yudex.support.ResourceFixtures;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

/** The search index is derived data: a missing or stale one is rebuilt from the database at start-up. */
class CatalogIndexRebuildIT extends IntegrationTest {

    @Autowired
    ResourceRepository resources;

    @Autowired
    YudexProperties properties;

    private CatalogSearch startedOn(Path dataDir) {
        var props = new YudexProperties(dataDir, false, 0, properties.security(), properties.catalog());
        CatalogSearch search = new CatalogSearch(resources, props);
        search.run(null);
        return search;
    }

    @Test
    void missingIndex_isRebuiltWithEveryResource_thenAStaleOneCatchesUp() throws Exception {
        Path dir = Files.createTempDirectory("yudex-index-");
        Caller everything = new Caller("auditor", null, null, Set.of(Role.AUDITOR), false);
        long inDatabase = resources.findAll().size();

        CatalogSearch first = startedOn(dir);
        assertThat(first.search("", Map.of(), everything, 0, 1).total()).isEqualTo(inDatabase);
        first.destroy();

        // a change the closed index never saw
        String name = (String) ResourceFixtures.valid().get("name");
        String token = token("gat_admin");
        var body = ResourceFixtures.with(ResourceFixtures.valid(), "name", name);
        assertThat(api().post("/api/v1/catalog/resources", token, body).status()).isEqualTo(201);

        CatalogSearch reopened = startedOn(dir);
        var hits = reopened.search(name, Map.of(), everything, 0, 5).hits();
        assertThat(hits).extracting(h -> h.document().name()).contains(name);
        assertThat(reopened.search("", Map.of("status", List.of("DRAFT", "SUBMITTED", "PUBLISHED", "DEPRECATED")), everything, 0, 1)
                .total()).isEqualTo(resources.findAll().size());
        reopened.destroy();
    }
}
