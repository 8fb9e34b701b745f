package io.yudex.demo;

import io.yudex.data.LoadMode;
import io.yudex.identity.Caller;
import io.yudex.identity.Role;
import io.yudex.ingest.SourceFormat;
import io.yudex.ingest.batch.BatchService;
import io.yudex.ingest.batch.BatchSource;
import io.yudex.ingest.batch.Upload;
import io.yudex.ingest.batch.UploadStore;
import io.yudex.organisation.Department;
import io.yudex.governance.RuleSetService;
import io.yudex.governance.RuleSuggestions;
import io.yudex.synth.Dataset;
import io.yudex.synth.SyntheticData;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import java.util.Set;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.stereotype.Component;

/**
 * Loads generated data (yudex-synth, seed 42, 3% realistic defects) into the demo's population, social-insurance and
 * enterprise resources through the ordinary data-load path, so the demo starts with batches, quarantines and profiles.
 */
@Component
class DemoData {

    private static final Logger log = LoggerFactory.getLogger(DemoData.class);
    private static final long SEED = 42;

    /** provider login, resource code (as the demo catalog registers them), dataset, share of the demo rows. */
    private record Load(String login, String code, Dataset dataset, int divisor) {}

    private static final Load[] LOADS = {
            new Load("gat", "101001/000001", Dataset.POPULATION, 1),
            new Load("rst", "210002/000001", Dataset.SOCIAL_INSURANCE, 1),
            new Load("scjgj", "102001/000001", Dataset.ENTERPRISE, 4),
            new Load("gat", "103201/000001", Dataset.VEHICLE, 4),
            new Load("scjgj", "104001/000001", Dataset.ADMIN_PENALTY, 10),
            new Load("scjgj", "105002/000001", Dataset.LICENCE, 10)};

    private final BatchService batches;
    private final UploadStore uploads;
    private final RuleSetService ruleSets;

    DemoData(BatchService batches, UploadStore uploads, RuleSetService ruleSets) {
        this.batches = batches;
        this.uploads = uploads;
        this.ruleSets = ruleSets;
    }

    void start(Map<String, Department> byLogin, long rows) {
        if (rows <= 0) {
            return;
        }
        for (Load load : LOADS) {
            Department provider = byLogin.get(load.login());
            Caller admin = new Caller(load.login() + "_admin", provider.id(), provider.code(), Set.of(Role.DEPT_ADMIN), false);
            adoptSuggestedRules(load.code(), admin);
            long n = Math.max(1, rows / load.divisor());
            var batch = batches.load(load.code(), generate(load.dataset(), n), BatchSource.FILE, LoadMode.FULL_REPLACE, true, admin);
            log.info("Demo data: loading {} generated {} rows into {} as batch {}", n, load.dataset().id(), load.code(), batch.id());
        }
    }

    /** The provider's data admin takes the suggested rule set, so the demo's loads show validity and consistency. */
    private void adoptSuggestedRules(String code, Caller admin) {
        try {
            var rules = ruleSets.suggestions(code, admin).stream().map(RuleSuggestions.Suggestion::rule).toList();
            ruleSets.save(code, rules, "演示：采纳建议的规则", admin);
        } catch (RuntimeException e) {
            log.warn("Demo data: no rule set for {}: {}", code, e.getMessage());
        }
    }

    private Upload generate(Dataset dataset, long rows) {
        try {
            Path file = Files.createTempFile("yudex-demo-" + dataset.id() + "-", ".csv");
            try {
                SyntheticData.write(dataset, rows, SEED, SyntheticData.DEFAULT_DEFECT_RATE, StandardCharsets.UTF_8, file);
                try (InputStream in = Files.newInputStream(file)) {
                    return uploads.save(in, dataset.id() + ".csv", SourceFormat.CSV);
                }
            } finally {
                Files.deleteIfExists(file);
            }
        } catch (IOException e) {
            throw new UncheckedIOException("Cannot generate the demo's " + dataset.id() + " data", e);
        }
    }
}
