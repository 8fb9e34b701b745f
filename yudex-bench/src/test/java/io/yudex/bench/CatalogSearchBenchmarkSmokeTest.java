package io.yudex.bench;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.util.Set;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Guards the benchmark harness: both sides must find the same resources, and find some at all. */
class CatalogSearchBenchmarkSmokeTest {

    private static final int RESOURCES = 2_000;

    @TempDir
    static Path directory;
    private static LuceneCatalog lucene;
    private static SqlCatalog sql;

    @BeforeAll
    static void setUp() throws Exception {
        lucene = LuceneCatalog.openOrBuild(directory, RESOURCES);
        sql = SqlCatalog.load(RESOURCES);
    }

    @AfterAll
    static void tearDown() throws Exception {
        lucene.close();
        sql.close();
    }

    @Test
    void bothSides_holdAllResources() {
        assertThat(lucene.count()).isEqualTo(RESOURCES);
    }

    @Test
    void asciiTag_matchesTheSameResourcesOnBothSides() throws Exception {
        Set<String> fromSql = sql.matchingCodes("GIS");

        assertThat(fromSql).isNotEmpty();
        assertThat(lucene.matchingCodes("GIS")).containsExactlyInAnyOrderElementsOf(fromSql);
    }

    @Test
    void everyBenchmarkQuery_findsResourcesOnBothSides() throws Exception {
        for (String query : new String[] {CatalogSearchBenchmark.Q_POPULATION, CatalogSearchBenchmark.Q_COMPANY_REGISTRATION,
                CatalogSearchBenchmark.Q_BUSINESS_LICENCE, CatalogSearchBenchmark.Q_SOCIAL_INSURANCE, CatalogSearchBenchmark.Q_REAL_ESTATE}) {
            assertThat(lucene.search(query).hits()).as("lucene %s", query).isNotEmpty();
            assertThat(sql.search(query, 20).codes()).as("sql %s", query).isNotEmpty();
        }
    }

    @Test
    void population_luceneMatchesAreASubsetOfSubstringMatches() throws Exception {
        Set<String> fromLucene = lucene.matchingCodes("人口");

        assertThat(fromLucene).isNotEmpty();
        assertThat(sql.matchingCodes("人口")).containsAll(fromLucene);
    }
}
