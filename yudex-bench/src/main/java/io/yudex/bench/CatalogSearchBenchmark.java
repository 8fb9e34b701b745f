package io.yudex.bench;

import io.yudex.search.SearchResult;
import java.nio.file.Path;
import java.sql.SQLException;
import java.util.concurrent.TimeUnit;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Fork;
import org.openjdk.jmh.annotations.Level;
import org.openjdk.jmh.annotations.Measurement;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Param;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.TearDown;
import org.openjdk.jmh.annotations.Warmup;

/**
 * Catalog search as the portal runs it (Lucene: Chinese analysis, relevance, visibility, facets
 * with drill-sideways, highlighting, one page of 20) against a naive SQL {@code LIKE} scan of the
 * same rows. Latency per query, so p50 and p99 are reported.
 */
@BenchmarkMode(Mode.SampleTime)
@OutputTimeUnit(TimeUnit.MILLISECONDS)
@Warmup(iterations = 3, time = 5)
@Measurement(iterations = 3, time = 5)
@Fork(value = 1, jvmArgsAppend = {"-Xmx2g", "--enable-native-access=ALL-UNNAMED"})
public class CatalogSearchBenchmark {

    static final String RESOURCES = "100000";
    static final String Q_POPULATION = "人口";
    static final String Q_COMPANY_REGISTRATION = "企业 登记";
    static final String Q_BUSINESS_LICENCE = "营业执照";
    static final String Q_SOCIAL_INSURANCE = "社会保险 缴费";
    static final String Q_REAL_ESTATE = "不动产";

    @State(Scope.Benchmark)
    public static class Lucene {
        @Param(RESOURCES)
        public int resources;

        @Param({Q_POPULATION, Q_COMPANY_REGISTRATION, Q_BUSINESS_LICENCE, Q_SOCIAL_INSURANCE, Q_REAL_ESTATE})
        public String query;

        LuceneCatalog catalog;

        @Setup(Level.Trial)
        public void open() {
            // A fixed directory under the temp dir lets later forks reuse the index built by the first.
            Path directory = Path.of(System.getProperty("java.io.tmpdir"), "yudex-bench-catalog-" + resources);
            catalog = LuceneCatalog.openOrBuild(directory, resources);
        }

        @TearDown(Level.Trial)
        public void close() {
            catalog.close();
        }
    }

    @State(Scope.Benchmark)
    public static class Sql {
        @Param(RESOURCES)
        public int resources;

        @Param({Q_POPULATION, Q_COMPANY_REGISTRATION, Q_BUSINESS_LICENCE, Q_SOCIAL_INSURANCE, Q_REAL_ESTATE})
        public String query;

        SqlCatalog catalog;

        @Setup(Level.Trial)
        public void load() throws SQLException {
            catalog = SqlCatalog.load(resources);
        }

        @TearDown(Level.Trial)
        public void close() throws SQLException {
            catalog.close();
        }
    }

    @Benchmark
    public SearchResult lucene(Lucene state) {
        return state.catalog.search(state.query);
    }

    @Benchmark
    public SqlCatalog.Page sqlLikeBaseline(Sql state) throws SQLException {
        return state.catalog.search(state.query, 20);
    }
}
