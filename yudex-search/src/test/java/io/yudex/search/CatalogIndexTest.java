package io.yudex.search;

import static io.yudex.search.TestCatalog.ANONYMOUS;
import static io.yudex.search.TestCatalog.resource;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class CatalogIndexTest {

    private CatalogIndex index;

    @BeforeEach
    void openIndex() {
        index = CatalogIndex.inMemory();
    }

    @AfterEach
    void closeIndex() {
        index.close();
    }

    private SearchResult search(String text) {
        return index.search(new SearchQuery(text, Map.of(), Visibility.everything(), 0, 20));
    }

    private SearchResult search(String text, Map<String, List<String>> filters, Visibility visibility) {
        return index.search(new SearchQuery(text, filters, visibility, 0, 200));
    }

    private static List<String> codes(SearchResult result) {
        return result.hits().stream().map(hit -> hit.document().code()).toList();
    }

    private static Map<String, Long> counts(SearchResult result, String dimension) {
        Map<String, Long> counts = new java.util.LinkedHashMap<>();
        result.facets().get(dimension).forEach(facet -> counts.put(facet.value(), facet.count()));
        return counts;
    }

    @Nested
    class Search {

        @Test
        void chineseWord_isFoundInsideLongerName() {
            index.replaceAll(TestCatalog.generate(200, 7), "s1");
            index.upsert(resource("A").name("全省户籍人口基本信息").summary("户籍登记。").tags().build());

            assertThat(codes(search("人口"))).contains("A");
            assertThat(codes(search("户籍人口"))).contains("A");
        }

        @Test
        void shortAndFullPlaceNames_findEachOther_butOtherWordsAreNotShortened() {
            index.upsert(resource("FULL").name("洛阳市户籍人口基本信息").summary("记录人口。").tags().build());
            index.upsert(resource("SHORT").name("洛阳户籍人口统计").summary("记录人口。").tags().build());
            index.upsert(resource("COUNTY").name("中牟县企业名录").summary("企业。").tags().build());
            index.upsert(resource("CITYWORD").name("城市道路信息").summary("道路。").tags().build());

            assertThat(codes(search("洛阳"))).containsExactlyInAnyOrder("FULL", "SHORT");
            assertThat(codes(search("洛阳市"))).containsExactlyInAnyOrder("FULL", "SHORT");
            assertThat(codes(search("中牟县"))).containsExactly("COUNTY");
            assertThat(search("城").total()).isZero();
        }

        @Test
        void nameMatch_ranksAboveSummaryOnlyMatch() {
            index.upsert(resource("SUMMARY").name("婚姻登记信息").summary("登记结婚双方的户籍所在地、人口信息和登记日期。").tags().build());
            index.upsert(resource("NAME").name("流动人口居住登记信息").summary("记录居住证办理情况。").tags().build());

            assertThat(codes(search("人口"))).containsExactly("NAME", "SUMMARY");
        }

        @Test
        void severalWords_mustAllMatch() {
            index.upsert(resource("BOTH").name("企业登记注册信息").build());
            index.upsert(resource("ONE").name("婚姻登记信息").summary("结婚和离婚登记。").build());

            assertThat(codes(search("企业 登记"))).containsExactly("BOTH");
        }

        @Test
        void wordUnknownToTheIndex_isIgnored() {
            index.upsert(resource("A").build());

            assertThat(codes(search("人口 xyzzy"))).containsExactly("A");
            assertThat(search("xyzzy").total()).isZero();
        }

        @Test
        void exactCode_findsTheResource() {
            index.upsert(resource("301001/000042").name("营业执照核发信息").build());
            index.upsert(resource("301001/000043").name("营业执照核发信息").build());

            assertThat(codes(search(" 301001/000042 "))).first().isEqualTo("301001/000042");
        }

        @Test
        void providerItemsAndTags_areSearched() {
            index.upsert(resource("A").name("甲").summary("乙").provider("X", "市场监督管理局").tags("营商环境").items("统一社会信用代码").build());

            assertThat(codes(search("监督"))).containsExactly("A");
            assertThat(codes(search("营商"))).containsExactly("A");
            assertThat(codes(search("信用代码"))).containsExactly("A");
        }

        @ParameterizedTest
        @ValueSource(strings = {"人口 \"AND", "+++", "\"", "*:*", "(", "\\", "AND OR NOT", "name:人口", "人口~2^3",
            "<script>alert(1)</script>", "[1 TO 2]", "/regex/", "？！。，", "\u0000", "人口人口人口人口人口人口人口人口人口人口人口人口人口人口人口人口人口人口人口人口人口人口人口人口人口人口人口人口人口人口人口人口人口人口人口"})
        void nastyText_doesNotThrow(String text) {
            index.upsert(resource("A").build());

            assertThat(search(text).total()).isBetween(0L, 1L);
        }

        @Test
        void blankText_matchesAllNewestFirst() {
            index.upsert(resource("OLD").updatedAt(TestCatalog.BASE_TIME).build());
            index.upsert(resource("NEW").updatedAt(TestCatalog.BASE_TIME.plusSeconds(60)).build());
            index.upsert(resource("MID").updatedAt(TestCatalog.BASE_TIME.plusSeconds(30)).build());

            assertThat(codes(search("  "))).containsExactly("NEW", "MID", "OLD");
            assertThat(codes(search(null))).containsExactly("NEW", "MID", "OLD");
        }

        @Test
        void hit_carriesTheWholeStoredDocument() {
            CatalogDocument document = resource("A").baseLibrary(null).tags("人口", "证照").items("姓名", "性别", "民族").build();
            index.upsert(document);

            assertThat(search("人口").hits()).singleElement().extracting(SearchResult.Hit::document).isEqualTo(document);
        }

        @Test
        void emptyIndex_returnsNoHitsAndEmptyFacets() {
            SearchResult result = search("人口");

            assertThat(result.total()).isZero();
            assertThat(result.facets()).containsOnlyKeys(CatalogIndex.FACET_DIMENSIONS).allSatisfy((dim, values) -> assertThat(values).isEmpty());
        }
    }

    @Nested
    class Highlighting {

        @Test
        void matches_areWrappedInEm() {
            index.upsert(resource("A").name("全省户籍人口基本信息").summary("记录户籍人口的基本情况。").build());

            SearchResult.Hit hit = search("户籍人口").hits().getFirst();

            assertThat(hit.highlightedName()).isEqualTo("全省<em>户籍人口</em>基本信息");
            assertThat(hit.highlightedSummary()).isEqualTo("记录<em>户籍人口</em>的基本情况。");
        }

        @Test
        void markup_isEscaped() {
            index.upsert(resource("A").name("<b>人口</b>信息").summary("a < b & \"c\" 人口").build());

            SearchResult.Hit hit = search("人口").hits().getFirst();

            assertThat(hit.highlightedName()).isEqualTo("&lt;b&gt;<em>人口</em>&lt;&#x2F;b&gt;信息");
            assertThat(hit.highlightedSummary()).contains("a &lt; b &amp; &quot;c&quot;").contains("<em>人口</em>");
        }

        @Test
        void fieldWithoutMatch_isEscapedAndSummaryTruncated() {
            String longSummary = "<i>" + "数据".repeat(100);
            index.upsert(resource("A").name("营业执照<核发>").summary(longSummary).tags("人口").build());

            SearchResult.Hit hit = search("人口").hits().getFirst();

            assertThat(hit.highlightedName()).isEqualTo("营业执照&lt;核发&gt;");
            assertThat(hit.highlightedSummary()).startsWith("&lt;i&gt;数据").endsWith("…").doesNotContain("<em>");
            assertThat(hit.highlightedSummary().length()).isLessThan(200);
        }
    }

    @Nested
    class Facets {

        @BeforeEach
        void indexResources() {
            index.upsert(resource("ZZ1").region("郑州市").format("数据库").tags("人口", "证照").build());
            index.upsert(resource("ZZ2").region("郑州市").format("服务接口").tags("人口").build());
            index.upsert(resource("ZZ3").region("郑州市").format("数据库").tags("民生").build());
            index.upsert(resource("LY1").region("洛阳市").format("数据库").tags("人口").build());
            index.upsert(resource("KF1").region("开封市").format("电子表格").tags().build());
        }

        @Test
        void counts_areSortedByCountDescending() {
            SearchResult result = search("", Map.of(), Visibility.everything());

            assertThat(counts(result, "region")).containsExactly(Map.entry("郑州市", 3L), Map.entry("开封市", 1L), Map.entry("洛阳市", 1L));
            assertThat(counts(result, "tags")).containsExactly(Map.entry("人口", 3L), Map.entry("民生", 1L), Map.entry("证照", 1L));
            assertThat(result.facets().keySet()).containsExactlyElementsOf(CatalogIndex.FACET_DIMENSIONS);
        }

        @Test
        void valuesOfOneDimension_areOred_andDimensionsAnded() {
            SearchResult result = search("", Map.of("region", List.of("郑州市", "洛阳市"), "format", List.of("数据库")), Visibility.everything());

            assertThat(codes(result)).containsExactlyInAnyOrder("ZZ1", "ZZ3", "LY1");
        }

        @Test
        void filteredDimension_countsAsIfItsOwnFilterWereOff() {
            SearchResult result = search("", Map.of("region", List.of("郑州市")), Visibility.everything());

            assertThat(result.total()).isEqualTo(3);
            assertThat(counts(result, "region")).containsEntry("郑州市", 3L).containsEntry("洛阳市", 1L).containsEntry("开封市", 1L);
            assertThat(counts(result, "format")).containsExactly(Map.entry("数据库", 2L), Map.entry("服务接口", 1L));
        }

        @Test
        void counts_coverOnlyTextMatches() {
            SearchResult result = search("证照", Map.of(), Visibility.everything());

            assertThat(counts(result, "region")).containsExactly(Map.entry("郑州市", 1L));
        }

        @Test
        void unknownDimension_isRejected() {
            assertThatThrownBy(() -> search("", Map.of("colour", List.of("red")), Visibility.everything()))
                    .isInstanceOf(IllegalArgumentException.class)
                    .hasMessageContaining("Unknown facet dimension: colour");
        }

        @Test
        void manyValues_areCutToTheTopTwenty() {
            for (int i = 0; i < 30; i++) index.upsert(resource("T" + i).tags("标签" + i).build());

            assertThat(search("", Map.of(), Visibility.everything()).facets().get("tags")).hasSize(CatalogIndex.FACET_VALUES);
        }
    }

    @Nested
    class Visibilities {

        @BeforeEach
        void indexResources() {
            index.upsert(resource("OPEN").build());
            index.upsert(resource("CONDITIONAL").openType("有条件开放").build());
            index.upsert(resource("CLOSED").openType("不予开放").build());
            index.upsert(resource("DRAFT").status("DRAFT").build());
            index.upsert(resource("OWN_DRAFT").status("DRAFT").provider("11410000MZ", "民政厅").build());
        }

        @Test
        void anonymous_seesOnlyPublishedOpenResources() {
            SearchResult result = search("人口", Map.of(), ANONYMOUS);

            assertThat(codes(result)).containsExactlyInAnyOrder("OPEN", "CONDITIONAL");
            assertThat(counts(result, "status")).containsExactly(Map.entry("PUBLISHED", 2L));
        }

        @Test
        void provider_seesItsOwnDrafts() {
            Visibility mz = new Visibility(false, Set.of("PUBLISHED"), null, "11410000MZ");

            assertThat(codes(search("人口", Map.of(), mz))).containsExactlyInAnyOrder("OPEN", "CONDITIONAL", "CLOSED", "OWN_DRAFT");
        }

        @Test
        void unrestricted_seesEverything() {
            assertThat(search("", Map.of(), Visibility.everything()).total()).isEqualTo(5);
        }

        @Test
        void noStatusesAndNoProvider_seesNothing() {
            assertThat(search("", Map.of(), new Visibility(false, Set.of(), null, null)).total()).isZero();
            assertThat(search("", Map.of(), null).total()).isZero();
        }
    }

    @Nested
    class Upsert {

        @Test
        void sameCode_replacesTheDocument() {
            index.upsert(resource("A").name("婚姻登记信息").build());
            index.upsert(resource("A").name("不动产登记信息").build());

            assertThat(index.count()).isEqualTo(1);
            assertThat(codes(search("不动产"))).containsExactly("A");
            assertThat(codes(search("婚姻"))).isEmpty();
        }

        @Test
        void blankCode_isRejected() {
            assertThatThrownBy(() -> index.upsert(resource(" ").build()))
                    .isInstanceOf(IllegalArgumentException.class)
                    .hasMessage("Cannot index a catalog document without a code");
        }

        @Test
        void concurrentWritesAndSearches_allSucceed() throws Exception {
            ExecutorService pool = Executors.newFixedThreadPool(4);
            try {
                List<Future<?>> tasks = new ArrayList<>();
                for (int t = 0; t < 2; t++) {
                    int thread = t;
                    tasks.add(pool.submit(() -> { for (int i = 0; i < 100; i++) index.upsert(resource(thread + "-" + i).build()); }));
                    tasks.add(pool.submit(() -> { for (int i = 0; i < 100; i++) search("人口"); }));
                }
                for (Future<?> task : tasks) task.get();
            } finally {
                pool.shutdownNow();
            }
            assertThat(index.count()).isEqualTo(200);
        }
    }

    @Nested
    class Delete {

        @Test
        void removesTheDocumentImmediately() {
            index.upsert(resource("A").build());
            index.upsert(resource("B").build());

            index.delete("A");

            assertThat(codes(search("人口"))).containsExactly("B");
            assertThat(index.count()).isEqualTo(1);
        }

        @Test
        void unknownCode_changesNothing() {
            index.upsert(resource("A").build());

            index.delete("NOPE");

            assertThat(index.count()).isEqualTo(1);
        }
    }

    @Nested
    class ReplaceAllAndStamp {

        @Test
        void newIndex_hasNoStamp() {
            assertThat(index.stamp()).isEmpty();
        }

        @Test
        void replaceAll_dropsOldContentAndRecordsTheStamp() {
            index.upsert(resource("OLD").build());

            index.replaceAll(List.of(resource("A").build(), resource("B").build(), resource("B").build()), "v2");

            assertThat(index.count()).isEqualTo(2);
            assertThat(index.stamp()).contains("v2");
        }

        @Test
        void stamp_survivesReopen_butUncommittedWritesDoNotChangeIt(@TempDir Path directory) {
            try (CatalogIndex onDisk = CatalogIndex.open(directory)) {
                onDisk.replaceAll(TestCatalog.generate(50, 1), "v1");
                onDisk.commit("v2");
                onDisk.upsert(resource("LATE").build());
            }
            try (CatalogIndex reopened = CatalogIndex.open(directory)) {
                assertThat(reopened.stamp()).contains("v2");
                assertThat(reopened.count()).isEqualTo(51);
            }
        }

        @Test
        void newDirectory_isCreated(@TempDir Path directory) {
            try (CatalogIndex created = CatalogIndex.open(directory.resolve("a/b"))) {
                assertThat(created.count()).isZero();
                assertThat(created.stamp()).isEmpty();
            }
        }
    }

    @Nested
    class Paging {

        @Test
        void pages_areDisjointAndCoverTheExactTotal() {
            index.replaceAll(TestCatalog.generate(95, 3), "s");
            List<String> seen = new ArrayList<>();
            for (int page = 0; page < 5; page++) {
                SearchResult result = index.search(new SearchQuery("", Map.of(), Visibility.everything(), page, 20));
                assertThat(result.total()).isEqualTo(95);
                seen.addAll(codes(result));
            }
            assertThat(seen).hasSize(95).doesNotHaveDuplicates();
        }

        @Test
        void pageBeyondTheEnd_isEmptyWithTotal() {
            index.replaceAll(TestCatalog.generate(30, 3), "s");

            SearchResult result = index.search(new SearchQuery("", Map.of(), Visibility.everything(), 1_000_000, 200));

            assertThat(result.hits()).isEmpty();
            assertThat(result.total()).isEqualTo(30);
        }
    }
}
