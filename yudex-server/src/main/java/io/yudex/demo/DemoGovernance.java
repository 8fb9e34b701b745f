package io.yudex.demo;

import io.yudex.governance.comparison.ComparisonService;
import io.yudex.governance.fusion.FusionService;
import io.yudex.governance.fusion.FusionSource;
import io.yudex.identity.Caller;
import io.yudex.identity.Role;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.stereotype.Component;

/**
 * The demo's population comparison (公安厅 户籍人口 against 人社厅 参保信息 on the ID number, names owned by 公安厅) and the
 * sources of the fused population record, so the platform admin can run the comparison as soon as the data is loaded.
 */
@Component
class DemoGovernance {

    private static final Logger log = LoggerFactory.getLogger(DemoGovernance.class);
    private static final Caller ADMIN = new Caller("admin", null, null, Set.of(Role.PLATFORM_ADMIN), false);
    private static final String PEOPLE = "101001/000001";
    private static final String INSURED = "210002/000001";
    private static final String SUBSISTENCE = "210001/000001";

    private final ComparisonService comparisons;
    private final FusionService fusion;

    DemoGovernance(ComparisonService comparisons, FusionService fusion) {
        this.comparisons = comparisons;
        this.fusion = fusion;
    }

    void seed() {
        try {
            comparisons.create("户籍人口与社会保险参保人员姓名比对", PEOPLE, INSURED, Map.of("leftKey", "sfzhm", "rightKey", "sfzhm",
                    "keyNormalise", List.of("half-width", "trim", "upper"),
                    "items", List.of(Map.of("left", "xm", "right", "xm", "normalise", List.of("trim", "no-spaces"), "owner", "left"))), ADMIN);
            fusion.replace("POPULATION", List.of(
                    new FusionSource("xm", 1, PEOPLE, "sfzhm", "xm"),
                    new FusionSource("xm", 2, INSURED, "sfzhm", "xm"),
                    new FusionSource("xm", 3, SUBSISTENCE, "sfzhm", "xm"),
                    new FusionSource("xb", 1, PEOPLE, "sfzhm", "xb"),
                    new FusionSource("csrq", 1, PEOPLE, "sfzhm", "csrq"),
                    new FusionSource("hjdz", 1, PEOPLE, "sfzhm", "hjdz"),
                    new FusionSource("cbzt", 1, INSURED, "sfzhm", "cbzt"),
                    new FusionSource("bzlx", 1, SUBSISTENCE, "sfzhm", "bzlx")), ADMIN);
        } catch (RuntimeException e) {
            log.warn("Demo governance: no comparison or fused-record sources: {}", e.getMessage());
        }
    }
}
