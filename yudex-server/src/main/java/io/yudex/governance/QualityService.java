package io.yudex.governance;

import io.yudex.catalog.CatalogService;
import io.yudex.catalog.Resource;
import io.yudex.identity.Caller;
import io.yudex.identity.Role;
import io.yudex.platform.ForbiddenException;
import io.yudex.platform.NotFoundException;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import org.springframework.stereotype.Service;

/** Quality figures over runs: a resource's trend, and departments compared by their resources' latest runs. */
@Service
public class QualityService {

    private final RuleSetService ruleSets;
    private final RunRepository runs;
    private final CatalogService catalog;

    QualityService(RuleSetService ruleSets, RunRepository runs, CatalogService catalog) {
        this.ruleSets = ruleSets;
        this.runs = runs;
        this.catalog = catalog;
    }

    /** The succeeded runs of a resource, oldest first (at most the latest 100): one point per batch or manual run. */
    public List<RuleRun> trend(String code, Caller caller) {
        ruleSets.readable(code, caller);
        List<RuleRun> out = new ArrayList<>(runs.ofResource(code, 500).stream().filter(r -> r.status().equals("SUCCEEDED")).limit(100).toList());
        out.sort(Comparator.comparingLong(RuleRun::id));
        return out;
    }

    /** Per department, the latest run of each resource averaged; a department's data admin sees only its own department. */
    public List<DepartmentQuality> departments(Caller caller) {
        Map<Long, List<RuleRun>> byDepartment = new LinkedHashMap<>();
        Map<Long, String> names = new LinkedHashMap<>();
        for (RuleRun run : runs.latestPerResource()) {
            Resource r;
            try {
                r = catalog.get(run.resourceCode(), RuleSetService.SYSTEM);
            } catch (NotFoundException e) {
                continue;
            }
            if (!caller.platformAdmin() && !caller.has(Role.AUDITOR) && !caller.belongsTo(r.providerId())) {
                continue;
            }
            byDepartment.computeIfAbsent(r.providerId(), k -> new ArrayList<>()).add(run);
            names.put(r.providerId(), r.providerName());
        }
        List<DepartmentQuality> out = new ArrayList<>();
        byDepartment.forEach((id, list) -> {
            Double completeness = mean(list, Quality::completeness);
            Double validity = mean(list, Quality::validity);
            Double uniqueness = mean(list, Quality::uniqueness);
            Double consistency = mean(list, Quality::consistency);
            Double timeliness = mean(list, Quality::timeliness);
            Double score = mean(list, Quality::score);
            out.add(new DepartmentQuality(id, names.get(id), list.size(),
                    new Quality(completeness, validity, uniqueness, consistency, timeliness, score == null ? null : Math.round(score * 10) / 10.0)));
        });
        out.sort(Comparator.comparing((DepartmentQuality d) -> d.quality().score() == null ? -1 : d.quality().score()).reversed());
        return out;
    }

    /**
     * The latest run of each resource of one department, best score first: what the department's figures average.
     *
     * @throws ForbiddenException unless the caller is the platform admin, an auditor or of that department
     */
    public List<RuleRun> department(long departmentId, Caller caller) {
        if (!caller.platformAdmin() && !caller.has(Role.AUDITOR) && !caller.belongsTo(departmentId)) {
            throw new ForbiddenException("Only the platform admin, auditors and the department itself see its quality figures");
        }
        List<RuleRun> out = new ArrayList<>();
        for (RuleRun run : runs.latestPerResource()) {
            try {
                if (catalog.get(run.resourceCode(), RuleSetService.SYSTEM).providerId() == departmentId) {
                    out.add(run);
                }
            } catch (NotFoundException e) {
                // a resource removed since its run
            }
        }
        out.sort(Comparator.comparing((RuleRun r) -> r.quality().score() == null ? -1 : r.quality().score()).reversed());
        return out;
    }

    private static Double mean(List<RuleRun> runs, Function<Quality, Double> dimension) {
        return runs.stream().map(r -> dimension.apply(r.quality())).filter(java.util.Objects::nonNull).mapToDouble(Double::doubleValue)
                .average().stream().boxed().findFirst().orElse(null);
    }
}
