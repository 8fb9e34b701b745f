package io.yudex.demo;

import io.yudex.identity.Caller;
import io.yudex.identity.Role;
import io.yudex.ingest.batch.BatchService;
import io.yudex.ingest.batch.BatchStatus;
import io.yudex.opendata.ReleasePlan;
import io.yudex.opendata.ReleaseRefusedException;
import io.yudex.opendata.ReleaseService;
import io.yudex.organisation.Department;
import java.time.Duration;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.stereotype.Component;

/**
 * Opens the demo's unconditionally open datasets once their generated data is loaded, so a fresh start shows a working
 * portal: penalties and food licences as they are; enterprises first as they are — refused, the legal representative's
 * name would leak (the refused release stays visible to the data admin) — then with the name masked and the founding
 * date generalised to its year as a quasi-identifier (taking the check's suggestion if k-anonymity still fails).
 */
@Component
class DemoOpenData {

    private static final Logger log = LoggerFactory.getLogger(DemoOpenData.class);
    private static final Duration WAIT = Duration.ofMinutes(20);

    private record Plan(String login, ReleasePlan plan, boolean expectRefusal) {}

    private static final List<Plan> PLANS = List.of(
            new Plan("scjgj", new ReleasePlan("104001/000001", List.of(), Map.of(), null, "演示：双公示行政处罚决定"), false),
            new Plan("scjgj", new ReleasePlan("105002/000001", List.of(), Map.of(), null, "演示：食品生产经营许可"), false),
            new Plan("scjgj", new ReleasePlan("102001/000001", List.of(), Map.of(), null, "演示：未脱敏，应被拒绝"), true),
            new Plan("scjgj", new ReleasePlan("102001/000001", List.of("clrq"),
                    Map.of("fddbr", "MASK_SHOW_FIRST_LAST(1,0)", "clrq", "DATE_SHOW_YEAR"), null, "演示：法定代表人脱敏，成立日期泛化到年"), false));

    private final ReleaseService releases;
    private final BatchService batches;

    DemoOpenData(ReleaseService releases, BatchService batches) {
        this.releases = releases;
        this.batches = batches;
    }

    /** Waits in the background for the demo loads, then opens; never fails the start. */
    void start(Map<String, Department> byLogin, long rows) {
        if (rows <= 0) {
            return;
        }
        Thread.ofVirtual().name("demo-open-data").start(() -> {
            try {
                for (Plan p : PLANS) {
                    Department d = byLogin.get(p.login());
                    Caller admin = new Caller(p.login() + "_admin", d.id(), d.code(), Set.of(Role.DEPT_ADMIN), false);
                    if (awaitLoaded(p.plan().resourceCode(), admin)) {
                        open(p, admin);
                    }
                }
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
            }
        });
    }

    private void open(Plan p, Caller admin) {
        try {
            var release = releases.publish(p.plan(), admin);
            log.info("Demo open data: {} released as release {} ({} rows)", p.plan().resourceCode(), release.id(), release.rowCount());
        } catch (ReleaseRefusedException e) {
            var report = e.release().report();
            if (p.expectRefusal()) {
                log.info("Demo open data: {} refused as intended: {}", p.plan().resourceCode(), report.problems());
                return;
            }
            var suggestion = report.kAnonymity().suggestion();
            boolean onlyK = report.columns().stream().allMatch(c -> c.ok()) && suggestion != null;
            if (!onlyK) {
                log.warn("Demo open data: {} refused: {}", p.plan().resourceCode(), report.problems());
                return;
            }
            Map<String, String> treatments = new HashMap<>(p.plan().treatments());
            treatments.putAll(suggestion);
            open(new Plan(p.login(), new ReleasePlan(p.plan().resourceCode(), p.plan().quasiIdentifiers(), treatments, p.plan().k(),
                    p.plan().note() + "（采纳泛化建议）"), false), admin);
        } catch (RuntimeException e) {
            log.warn("Demo open data: {} not released: {}", p.plan().resourceCode(), e.getMessage());
        }
    }

    private boolean awaitLoaded(String code, Caller admin) throws InterruptedException {
        long deadline = System.nanoTime() + WAIT.toNanos();
        while (System.nanoTime() < deadline) {
            var list = batches.ofResource(code, admin);
            if (list.stream().anyMatch(b -> b.status() == BatchStatus.SUCCEEDED)) {
                return true;
            }
            if (!list.isEmpty() && list.stream().allMatch(b -> b.status().finished())) {
                log.warn("Demo open data: no loaded batch of {} to release", code);
                return false;
            }
            Thread.sleep(1000);
        }
        return false;
    }
}
