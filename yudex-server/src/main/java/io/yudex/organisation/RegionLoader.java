package io.yudex.organisation;

import io.yudex.platform.YudexProperties;
import io.yudex.standards.division.Division;
import io.yudex.standards.division.DivisionRegistry;
import java.util.ArrayDeque;
import java.util.Deque;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.ApplicationArguments;
import org.springframework.boot.ApplicationRunner;
import org.springframework.core.annotation.Order;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/** Loads the configured province's GB/T 2260 tree into the region table on first start. */
@Component
@Order(0)
class RegionLoader implements ApplicationRunner {

    private static final Logger log = LoggerFactory.getLogger(RegionLoader.class);

    private final RegionRepository regions;
    private final YudexProperties properties;

    RegionLoader(RegionRepository regions, YudexProperties properties) {
        this.regions = regions;
        this.properties = properties;
    }

    @Override
    @Transactional
    public void run(ApplicationArguments args) {
        if (regions.count() > 0) {
            return;
        }
        DivisionRegistry registry = DivisionRegistry.loadDefault();
        String province = properties.catalog().provinceCode();
        Division root = registry.find(province)
                .orElseThrow(() -> new IllegalStateException("yudex.catalog.province-code " + province + " is not a GB/T 2260 province"));
        Deque<Division> pending = new ArrayDeque<>();
        pending.add(root);
        int loaded = 0;
        while (!pending.isEmpty()) {
            Division d = pending.poll();
            regions.insert(new Region(d.code(), d.name(), RegionLevel.valueOf(d.level().name()), d.parentCode()));
            loaded++;
            pending.addAll(registry.children(d.code()));
        }
        log.info("Loaded {} regions of province {} ({})", loaded, province, root.name());
    }
}
