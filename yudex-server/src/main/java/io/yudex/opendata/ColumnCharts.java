package io.yudex.opendata;

import io.yudex.catalog.DataItem;
import io.yudex.data.DataStore;
import io.yudex.ingest.batch.ResourceTables;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.stereotype.Component;

/**
 * Simple charts of a release's columns for the dataset page: the most frequent values of a categorical column, a
 * histogram of a numeric one, counts per year (or month) of a date. Only columns the release keeps <em>as is</em> are
 * charted, from the same as-of rows the public downloads, so a chart shows nothing a download would not; masked and
 * dropped columns, keys and near-unique columns are left out. A release never changes, so its charts are cached.
 *
 * <p>Why not the batch profile: it holds raw values before treatment, only the rows a batch introduced (an incremental
 * batch is not the release), and no histograms.
 */
@Component
class ColumnCharts {

    /** One chart: bar labels and their counts. {@code kind} is top, histogram, year or month. */
    record Chart(String column, String label, String kind, List<String> labels, List<Long> counts) {}

    static final int MAX_CHARTS = 6;
    static final int TOP = 10;
    static final int BINS = 10;
    private static final Logger log = LoggerFactory.getLogger(ColumnCharts.class);

    private final DataStore store;
    private final Map<Long, List<Chart>> cache = Collections.synchronizedMap(new LinkedHashMap<>(64, 0.75f, true) {
        @Override
        protected boolean removeEldestEntry(Map.Entry<Long, List<Chart>> eldest) {
            return size() > 200;
        }
    });

    ColumnCharts(DataStore store) {
        this.store = store;
    }

    /** The charts of a downloadable dataset's current release; empty for any other. */
    List<Chart> of(OpenDataset d) {
        if (!d.downloadable()) {
            return List.of();
        }
        List<Chart> cached = cache.get(d.release().id());
        if (cached != null) {
            return cached;
        }
        List<Chart> charts;
        try {
            charts = compute(new ReleaseData(store, d.resource(), d.release().batchId(), d.release().plan()), d.resource().code(), d.release().batchId());
        } catch (RuntimeException e) {
            // charts are an aid: the page stands without them
            log.warn("Cannot chart release {} of {}: {}", d.release().id(), d.resource().code(), e.getMessage());
            return List.of();
        }
        cache.put(d.release().id(), charts);
        return charts;
    }

    private List<Chart> compute(ReleaseData data, String code, long batchId) {
        String table = ReleaseData.quote(ResourceTables.tableName(code));
        List<Chart> out = new ArrayList<>();
        for (ReleaseData.OutColumn c : data.columns()) {
            if (out.size() >= MAX_CHARTS) {
                break;
            }
            if (c.rule() != null || c.item().key()) {
                continue;
            }
            Chart chart = switch (c.item().dataType()) {
                case NUMERIC, CURRENCY -> histogram(table, c.item(), batchId);
                case DATE, DATETIME -> timeline(table, c.item(), batchId);
                case CHARACTER, LOGICAL -> top(table, c.item(), batchId);
                default -> null;
            };
            if (chart != null) {
                out.add(chart);
            }
        }
        return List.copyOf(out);
    }

    /** The most frequent values, when they say something: at most 50 distinct values, or the top ten cover half the rows. */
    private Chart top(String table, DataItem item, long batch) {
        String col = ReleaseData.quote(item.name().toLowerCase(java.util.Locale.ROOT));
        long[] stats = new long[2];
        store.query("SELECT count(DISTINCT " + col + "), count(" + col + ") FROM " + table + " WHERE " + ReleaseData.visibleAsOf(),
                List.of(batch, batch), v -> {
                    stats[0] = number(v[0]).longValue();
                    stats[1] = number(v[1]).longValue();
                });
        if (stats[1] == 0 || stats[0] < 2) {
            return null;
        }
        List<String> labels = new ArrayList<>();
        List<Long> counts = new ArrayList<>();
        store.query("SELECT CAST(" + col + " AS VARCHAR) AS v, count(*) AS n FROM " + table + " WHERE " + ReleaseData.visibleAsOf()
                + " AND " + col + " IS NOT NULL GROUP BY 1 ORDER BY n DESC, v LIMIT " + TOP, List.of(batch, batch), v -> {
                    labels.add(String.valueOf(v[0]));
                    counts.add(number(v[1]).longValue());
                });
        long covered = counts.stream().mapToLong(Long::longValue).sum();
        if (stats[0] > 50 && covered * 2 < stats[1]) {
            return null;
        }
        return new Chart(item.name(), item.label(), "top", labels, counts);
    }

    /** Ten equal-width bins between the minimum and the maximum. */
    private Chart histogram(String table, DataItem item, long batch) {
        String col = "CAST(" + ReleaseData.quote(item.name().toLowerCase(java.util.Locale.ROOT)) + " AS DOUBLE)";
        double[] range = {Double.NaN, Double.NaN};
        store.query("SELECT min(" + col + "), max(" + col + ") FROM " + table + " WHERE " + ReleaseData.visibleAsOf(), List.of(batch, batch), v -> {
            if (v[0] != null) {
                range[0] = number(v[0]).doubleValue();
                range[1] = number(v[1]).doubleValue();
            }
        });
        if (Double.isNaN(range[0]) || range[0] == range[1]) {
            return null;
        }
        double width = (range[1] - range[0]) / BINS;
        long[] counts = new long[BINS];
        store.query("SELECT least(CAST(floor((" + col + " - ?) / ?) AS INTEGER), " + (BINS - 1) + ") AS b, count(*) FROM " + table + " WHERE "
                + ReleaseData.visibleAsOf() + " AND " + col + " IS NOT NULL GROUP BY 1", List.of(range[0], width, batch, batch),
                v -> counts[number(v[0]).intValue()] += number(v[1]).longValue());
        List<String> labels = new ArrayList<>();
        for (int i = 0; i < BINS; i++) {
            labels.add(format(range[0] + i * width) + "–" + format(range[0] + (i + 1) * width));
        }
        return new Chart(item.name(), item.label(), "histogram", labels, java.util.Arrays.stream(counts).boxed().toList());
    }

    /** Rows per year, or per month when they all fall in one year. */
    private Chart timeline(String table, DataItem item, long batch) {
        String col = ReleaseData.quote(item.name().toLowerCase(java.util.Locale.ROOT));
        Chart years = grouped(table, item, batch, "CAST(year(" + col + ") AS VARCHAR)", "year");
        if (years == null || years.labels().size() > 1) {
            return years;
        }
        return grouped(table, item, batch, "strftime(" + col + ", '%Y-%m')", "month");
    }

    private Chart grouped(String table, DataItem item, long batch, String expression, String kind) {
        String col = ReleaseData.quote(item.name().toLowerCase(java.util.Locale.ROOT));
        List<String> labels = new ArrayList<>();
        List<Long> counts = new ArrayList<>();
        store.query("SELECT " + expression + " AS g, count(*) FROM " + table + " WHERE " + ReleaseData.visibleAsOf() + " AND " + col
                + " IS NOT NULL GROUP BY 1 ORDER BY 1 LIMIT 240", List.of(batch, batch), v -> {
                    labels.add(String.valueOf(v[0]));
                    counts.add(number(v[1]).longValue());
                });
        return labels.isEmpty() ? null : new Chart(item.name(), item.label(), kind, labels, counts);
    }

    private static Number number(Object value) {
        return value instanceof Number n ? n : new BigDecimal(String.valueOf(value));
    }

    private static String format(double value) {
        return BigDecimal.valueOf(value).round(new java.math.MathContext(4)).stripTrailingZeros().toPlainString();
    }
}
