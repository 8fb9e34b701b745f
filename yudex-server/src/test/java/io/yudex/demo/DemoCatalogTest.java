package io.yudex.demo;

import static org.assertj.core.api.Assertions.assertThat;

import io.yudex.catalog.ResourceRules;
import io.yudex.catalog.ShareType;
import java.util.HashSet;
import java.util.Set;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;

/** The demo catalog must obey the same rules as anything a department registers. */
class DemoCatalogTest {

    @Test
    void everyDemoLine_parsesIntoAValidCommandOfAKnownDepartment() {
        Set<String> logins = new HashSet<>();
        Stream.concat(DemoDepartments.PROVINCIAL.stream(), DemoDepartments.CITY.stream()).forEach(d -> logins.add(d.login()));
        for (String line : DemoCatalog.LINES) {
            var entry = DemoResources.parse(line);
            assertThat(logins).as(line).contains(entry.providerLogin());
            assertThat(ResourceRules.check(entry.command())).as(entry.command().name()).isEmpty();
        }
    }

    @Test
    void demoCoversEveryShareTypeAndAboutFiftyResources() {
        var types = DemoCatalog.LINES.stream().map(l -> DemoResources.parse(l).command().shareType()).distinct().toList();
        assertThat(types).containsExactlyInAnyOrder(ShareType.values());
        assertThat(DemoCatalog.LINES).hasSizeBetween(45, 60);
        assertThat(DemoCatalog.LINES.stream().map(l -> l.split("\\|")[1]).distinct()).hasSameSizeAs(DemoCatalog.LINES);
    }
}
