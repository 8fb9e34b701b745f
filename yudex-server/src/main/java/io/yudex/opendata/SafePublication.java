package io.yudex.opendata;

import io.yudex.catalog.DataItem;
import io.yudex.catalog.DataType;
import io.yudex.catalog.Resource;
import io.yudex.data.DataStore;
import io.yudex.ingest.batch.ColumnReport;
import io.yudex.ingest.batch.ResourceTables;
import io.yudex.opendata.KAnonymity.EquivalenceClass;
import io.yudex.opendata.KAnonymity.Generalisation;
import io.yudex.opendata.KAnonymity.Summary;
import io.yudex.platform.FieldError;
import io.yudex.platform.InvalidInputException;
import io.yudex.standards.detect.SensitiveDataDetector;
import io.yudex.standards.detect.SensitiveKind;
import io.yudex.standards.masking.MaskingRule;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;

/**
 * The safe-publication check (GB/T 37964): every direct identifier — an item whose sensitivity says it identifies a
 * person, or a column in which the batch's profile (or a fresh sample) detects personal data — must be dropped or
 * masked with the {@link PublicMasking public profile}; the treated values are sampled again for residual personal
 * data; and the declared quasi-identifiers must be k-anonymous, counted by a GROUP BY inside DuckDB.
 */
final class SafePublication {

    static final int SAMPLE = 300;
    /** A kept column leaks when at least this share of its treated sample is still detected as personal data. */
    static final double RESIDUAL_SHARE = 0.3;
    static final int MAX_SUGGESTION_TRIES = 24;

    private final DataStore store;

    SafePublication(DataStore store) {
        this.store = store;
    }

    /**
     * @param profile the batch's column reports (may be empty when the profile is not there yet)
     * @throws InvalidInputException naming every item, quasi-identifier or rule of the plan that is not valid
     */
    ReleaseReport check(Resource resource, long batchId, ReleasePlan plan, int k, List<ColumnReport> profile) {
        validate(resource, plan, k);
        ReleaseData data = new ReleaseData(store, resource, batchId, plan);
        Map<String, SensitiveKind> detected = detections(profile);
        List<String> problems = new ArrayList<>();
        List<ReleaseReport.ColumnCheck> columns = new ArrayList<>();
        for (DataItem item : resource.items()) {
            columns.add(column(resource, batchId, plan, item, detected.get(item.name().toLowerCase(Locale.ROOT)), problems));
        }
        ReleaseReport.KCheck kCheck = kAnonymity(resource, batchId, plan, k);
        if (!kCheck.passes()) {
            problems.add("k-anonymity: " + kCheck.violatingClasses() + " equivalence classes (" + kCheck.violatingRows()
                    + " records) of " + String.join(", ", kCheck.quasiIdentifiers()) + " have fewer than " + k + " records"
                    + (kCheck.suggestion() == null ? "" : "; generalising " + kCheck.suggestion() + " would pass"));
        }
        return new ReleaseReport(problems.isEmpty(), data.count(), batchId, columns, kCheck, problems);
    }

    private ReleaseReport.ColumnCheck column(Resource resource, long batchId, ReleasePlan plan, DataItem item, SensitiveKind profiled,
            List<String> problems) {
        String name = item.name().toLowerCase(Locale.ROOT);
        String treatment = plan.treatmentOf(item.name());
        boolean dropped = treatment != null && treatment.strip().equalsIgnoreCase(ReleasePlan.DROP);
        List<String> sample = dropped ? List.of() : sample(resource, batchId, name, null);
        SensitiveKind kind = profiled != null ? profiled : dominantKind(sample);
        boolean quasi = plan.quasiIdentifiers().contains(item.name());
        String direct = PublicMasking.directIdentifier(item, kind, quasi);
        String required = direct == null ? null : PublicMasking.ruleFor(item, kind);
        boolean ok = direct == null || PublicMasking.satisfies(treatment, required);
        if (!ok) {
            problems.add("direct identifier " + item.name() + " (" + item.label() + ", " + direct + ") must be dropped or masked with "
                    + required + (treatment == null ? "" : ", not " + treatment));
        }
        String residual = null;
        if (!dropped && ok) {
            MaskingRule rule = treatment == null ? null : MaskingRule.parse(treatment);
            residual = residual(sample.stream().map(v -> rule == null ? v : rule.apply(v)).toList());
            if (residual != null) {
                ok = false;
                problems.add("column " + item.name() + " (" + item.label() + ") still holds personal data after treatment: " + residual);
            }
        }
        return new ReleaseReport.ColumnCheck(item.name(), item.label(), direct, treatment, required, residual, ok);
    }

    private static void validate(Resource resource, ReleasePlan plan, int k) {
        Set<String> names = resource.items().stream().map(DataItem::name).collect(Collectors.toSet());
        List<FieldError> errors = new ArrayList<>();
        if (k < 2 || k > 1000) {
            errors.add(new FieldError("k", "must be 2..1000"));
        }
        plan.quasiIdentifiers().stream().filter(q -> !names.contains(q))
                .forEach(q -> errors.add(new FieldError("quasiIdentifiers", "no data item named " + q)));
        plan.treatments().forEach((item, spec) -> {
            if (!names.contains(item)) {
                errors.add(new FieldError("treatments." + item, "no data item named " + item));
            } else if (spec == null || spec.isBlank()) {
                errors.add(new FieldError("treatments." + item, "empty treatment"));
            } else if (!spec.strip().equalsIgnoreCase(ReleasePlan.DROP)) {
                try {
                    MaskingRule.parse(spec);
                } catch (IllegalArgumentException e) {
                    errors.add(new FieldError("treatments." + item, e.getMessage()));
                }
            }
        });
        if (!errors.isEmpty()) {
            throw new InvalidInputException(errors);
        }
    }

    private static Map<String, SensitiveKind> detections(List<ColumnReport> profile) {
        Map<String, SensitiveKind> out = new LinkedHashMap<>();
        for (ColumnReport r : profile) {
            if (r.detected() != null) {
                out.put(r.profile().column(), r.detected());
            }
        }
        return out;
    }

    /** Up to {@link #SAMPLE} non-null values of a column as of the batch, as text. */
    private List<String> sample(Resource resource, long batchId, String column, String expression) {
        List<String> values = new ArrayList<>();
        String select = expression == null ? ReleaseData.quote(column) : expression;
        store.query("SELECT " + select + " FROM " + ReleaseData.quote(ResourceTables.tableName(resource.code())) + " WHERE "
                + ReleaseData.visibleAsOf() + " AND " + ReleaseData.quote(column) + " IS NOT NULL LIMIT " + SAMPLE,
                List.of(batchId, batchId), row -> values.add(ReleaseData.text(row[0])));
        return values;
    }

    static SensitiveKind dominantKind(List<String> values) {
        if (values.isEmpty()) {
            return null;
        }
        Map<SensitiveKind, Integer> counts = new EnumMap<>(SensitiveKind.class);
        values.forEach(v -> SensitiveDataDetector.detect(v).ifPresent(kind -> counts.merge(kind, 1, Integer::sum)));
        return counts.entrySet().stream().filter(e -> e.getValue() >= RESIDUAL_SHARE * values.size())
                .max(Map.Entry.comparingByValue()).map(Map.Entry::getKey).orElse(null);
    }

    static String residual(List<String> treated) {
        SensitiveKind kind = dominantKind(treated.stream().filter(v -> v != null).toList());
        return kind == null || !PublicMasking.identifies(kind) ? null : kind.name();
    }

    // ------------------------------------------------------------------ k-anonymity in DuckDB

    private ReleaseReport.KCheck kAnonymity(Resource resource, long batchId, ReleasePlan plan, int k) {
        Map<String, DataItem> byName = resource.items().stream().collect(Collectors.toMap(DataItem::name, i -> i));
        Map<String, Generalisation> current = new LinkedHashMap<>();
        Map<String, List<Generalisation>> options = new LinkedHashMap<>();
        for (String q : plan.quasiIdentifiers()) {
            Generalisation g = generalisationOf(plan.treatmentOf(q));
            if (g != Generalisation.SUPPRESS) {
                current.put(q, g);
            }
            options.put(q, optionsFor(byName.get(q)));
        }
        if (current.isEmpty()) {
            return new ReleaseReport.KCheck(k, List.of(), 0, 0, 0, List.of(), null, null);
        }
        Summary summary = evaluate(resource, batchId, byName, current, k);
        Map<String, String> suggestion = null;
        Long suggestionRows = null;
        if (!summary.passes()) {
            Optional<KAnonymity.Suggestion> s = KAnonymity.suggest(options, combination -> {
                Map<String, Generalisation> kept = new LinkedHashMap<>(combination);
                kept.values().removeIf(g -> g == Generalisation.SUPPRESS);
                return kept.isEmpty() ? new Summary(k, 0, 0, 0, List.of()) : evaluate(resource, batchId, byName, kept, k);
            }, MAX_SUGGESTION_TRIES);
            if (s.isPresent()) {
                suggestion = new LinkedHashMap<>();
                for (var e : s.get().generalisations().entrySet()) {
                    if (e.getValue() != Generalisation.NONE) {
                        suggestion.put(e.getKey(), e.getValue().rule);
                    }
                }
                suggestionRows = s.get().summary().violatingRows();
            }
        }
        return new ReleaseReport.KCheck(k, List.copyOf(current.keySet()), summary.classes(), summary.violatingClasses(),
                summary.violatingRows(), summary.smallest().stream().map(c -> new ReleaseReport.SmallClass(c.values(), c.size())).toList(),
                suggestion, suggestionRows);
    }

    /** Counts the equivalence classes under the generalisations, in the store: all class counts, the few smallest rows. */
    private Summary evaluate(Resource resource, long batchId, Map<String, DataItem> byName, Map<String, Generalisation> qis, int k) {
        List<String> expressions = qis.entrySet().stream().map(e -> expression(byName.get(e.getKey()), e.getValue())).toList();
        String grouped = "SELECT " + String.join(", ", expressions) + ", COUNT(*) AS n FROM "
                + ReleaseData.quote(ResourceTables.tableName(resource.code())) + " WHERE " + ReleaseData.visibleAsOf()
                + " GROUP BY ALL";
        long[] totals = new long[3];
        store.query("SELECT COUNT(*), COALESCE(SUM(CASE WHEN n < ? THEN 1 ELSE 0 END), 0), COALESCE(SUM(CASE WHEN n < ? THEN n ELSE 0 END), 0)"
                + " FROM (" + grouped + ") g", List.of(k, k, batchId, batchId), row -> {
                    for (int i = 0; i < 3; i++) {
                        totals[i] = ((Number) row[i]).longValue();
                    }
                });
        List<EquivalenceClass> smallest = new ArrayList<>();
        store.query("SELECT * FROM (" + grouped + ") g WHERE n < ? ORDER BY n LIMIT " + KAnonymity.SHOWN_CLASSES,
                List.of(batchId, batchId, k), row -> {
                    List<String> values = new ArrayList<>();
                    for (int i = 0; i < row.length - 1; i++) {
                        values.add(ReleaseData.text(row[i]));
                    }
                    smallest.add(new EquivalenceClass(values, ((Number) row[row.length - 1]).longValue()));
                });
        return new Summary(k, totals[0], totals[1], totals[2], smallest);
    }

    /** The SQL of a generalised column; it gives the same values as the masking rule the release applies. */
    static String expression(DataItem item, Generalisation g) {
        String col = ReleaseData.quote(item.name().toLowerCase(Locale.ROOT));
        String text = "CAST(" + col + " AS VARCHAR)";
        return switch (g) {
            case NONE, SUPPRESS -> text;
            case YEAR -> item.dataType() == DataType.DATE || item.dataType() == DataType.DATETIME
                    ? "CAST(year(" + col + ") AS VARCHAR)" : "substr(" + text + ", 1, 4)";
            case CITY -> "CASE WHEN regexp_full_match(" + text + ", '[0-9]{6}') THEN substr(" + text + ", 1, 4) || '00' END";
            case PROVINCE -> "CASE WHEN regexp_full_match(" + text + ", '[0-9]{6}') THEN substr(" + text + ", 1, 2) || '0000' END";
        };
    }

    /** Which generalisation a treatment amounts to for the k-anonymity count. */
    static Generalisation generalisationOf(String treatment) {
        if (treatment == null) {
            return Generalisation.NONE;
        }
        String t = treatment.replace(" ", "").toUpperCase(Locale.ROOT);
        return switch (t) {
            case "DROP", "NULLIFY", "MASK_NULL" -> Generalisation.SUPPRESS;
            case "DATE_SHOW_YEAR", "MASK_DATE_SHOW_YEAR" -> Generalisation.YEAR;
            case "GENERALISE_DIVISION(CITY)", "GENERALISE_DIVISION" -> Generalisation.CITY;
            case "GENERALISE_DIVISION(PROVINCE)" -> Generalisation.PROVINCE;
            default -> Generalisation.NONE;
        };
    }

    /** The generalisations that make sense for an item: a date to its year, a division code to its city or province. */
    static List<Generalisation> optionsFor(DataItem item) {
        if (item.dataType() == DataType.DATE || item.dataType() == DataType.DATETIME || item.label().contains("日期")) {
            return List.of(Generalisation.YEAR, Generalisation.SUPPRESS);
        }
        if (item.label().contains("行政区划") || item.name().equalsIgnoreCase("xzqh")) {
            return List.of(Generalisation.CITY, Generalisation.PROVINCE, Generalisation.SUPPRESS);
        }
        return List.of(Generalisation.SUPPRESS);
    }
}
