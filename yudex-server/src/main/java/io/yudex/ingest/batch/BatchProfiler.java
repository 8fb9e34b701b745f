package io.yudex.ingest.batch;

import io.yudex.catalog.CatalogService;
import io.yudex.catalog.DataItem;
import io.yudex.catalog.Resource;
import io.yudex.catalog.Sensitivity;
import io.yudex.data.ColumnProfile;
import io.yudex.data.DataStore;
import io.yudex.identity.Caller;
import io.yudex.identity.Role;
import io.yudex.standards.detect.SensitiveDataDetector;
import io.yudex.standards.detect.SensitiveKind;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.context.event.EventListener;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/**
 * Profiles every committed batch column by column (in the store, set-based) and detects personal or sensitive
 * data on a sample of each column's values.
 */
@Component
class BatchProfiler {

    private static final Logger log = LoggerFactory.getLogger(BatchProfiler.class);
    private static final Caller SYSTEM = new Caller("system", null, null, Set.of(Role.AUDITOR), false);
    private static final int TOP = 5;
    private static final int SAMPLE = 1000;
    /** A column is of a kind when at least this share of its sampled values is. */
    private static final double DETECTION_THRESHOLD = 0.8;

    private final DataStore store;
    private final CatalogService catalog;
    private final JdbcClient jdbc;

    BatchProfiler(DataStore store, CatalogService catalog, JdbcClient jdbc) {
        this.store = store;
        this.catalog = catalog;
        this.jdbc = jdbc;
    }

    @EventListener
    void onCommitted(BatchCommitted event) {
        try {
            for (ColumnProfile p : store.profile(event.table(), event.batchId(), TOP)) {
                Optional<Detection> d = detect(event.table(), p.column(), event.batchId());
                jdbc.sql("""
                        INSERT INTO ingest_profile (batch_id, column_name, rows_count, nulls, distinct_count, min_value, max_value, top_values,
                            detected_kind, detected_share) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?)
                        """)
                        .params(event.batchId(), p.column(), p.rows(), p.nulls(), p.distinct(), cut(p.min()), cut(p.max()), topText(p),
                                d.map(x -> x.kind().name()).orElse(null), d.map(Detection::share).orElse(null))
                        .update();
            }
        } catch (RuntimeException e) {
            // a profile is an aid, not part of the load: a failure is logged and the batch stands
            log.warn("Cannot profile batch {} of {}: {}", event.batchId(), event.resourceCode(), e.getMessage());
        }
    }

    /** The profile of a batch joined with the catalog's declared sensitivities. */
    List<ColumnReport> report(Batch batch) {
        Resource resource = catalog.get(batch.resourceCode(), SYSTEM);
        Map<String, DataItem> items = new java.util.HashMap<>();
        resource.items().forEach(i -> items.put(i.name().toLowerCase(Locale.ROOT), i));
        return jdbc.sql("SELECT * FROM ingest_profile WHERE batch_id = ? ORDER BY column_name").param(batch.id())
                .query((rs, n) -> {
                    var profile = new ColumnProfile(rs.getString("column_name"), rs.getLong("rows_count"), rs.getLong("nulls"),
                            rs.getLong("distinct_count"), rs.getString("min_value"), rs.getString("max_value"), parseTop(rs.getString("top_values")));
                    String kind = rs.getString("detected_kind");
                    double share = rs.getDouble("detected_share");
                    SensitiveKind detected = kind == null ? null : SensitiveKind.valueOf(kind);
                    DataItem item = items.get(profile.column());
                    Sensitivity declared = item == null ? null : item.sensitivity();
                    Sensitivity implied = detected == null ? null : ColumnReport.impliedBy(detected);
                    Sensitivity suggested = implied != null && declared != null && implied.ordinal() > declared.ordinal() ? implied : null;
                    return new ColumnReport(profile, detected, detected == null ? null : share, declared, suggested);
                }).list();
    }

    private record Detection(SensitiveKind kind, double share) {}

    private Optional<Detection> detect(String table, String column, long batchId) {
        List<String> sample = store.sample(table, column, batchId, SAMPLE);
        if (sample.isEmpty()) {
            return Optional.empty();
        }
        Map<SensitiveKind, Integer> counts = new EnumMap<>(SensitiveKind.class);
        for (String v : sample) {
            SensitiveDataDetector.detect(v).ifPresent(k -> counts.merge(k, 1, Integer::sum));
        }
        return counts.entrySet().stream().max(Map.Entry.comparingByValue())
                .map(e -> new Detection(e.getKey(), (double) e.getValue() / sample.size()))
                .filter(d -> d.share() >= DETECTION_THRESHOLD);
    }

    /** Top values stored as "count\tvalue" lines: compact, no JSON mapper needed for five short pairs. */
    private static String topText(ColumnProfile p) {
        List<String> lines = new ArrayList<>();
        for (var vc : p.top()) {
            lines.add(vc.count() + "\t" + cut(vc.value()).replace("\n", " ").replace("\t", " "));
        }
        String text = String.join("\n", lines);
        return text.length() > 4000 ? text.substring(0, 4000) : text;
    }

    private static List<ColumnProfile.ValueCount> parseTop(String text) {
        List<ColumnProfile.ValueCount> out = new ArrayList<>();
        if (text == null || text.isEmpty()) {
            return out;
        }
        for (String line : text.split("\n")) {
            int tab = line.indexOf('\t');
            out.add(new ColumnProfile.ValueCount(line.substring(tab + 1), Long.parseLong(line.substring(0, tab))));
        }
        return out;
    }

    private static String cut(String s) {
        return s == null || s.length() <= 200 ? s : s.substring(0, 200);
    }
}
