package io.yudex.standards.division;

import io.yudex.standards.division.Division.Level;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;

import java.util.List;
import java.util.NoSuchElementException;
import java.util.stream.IntStream;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class DivisionRegistryTest {

    private static final DivisionRegistry REGISTRY = DivisionRegistry.loadDefault();

    @Nested
    class LoadDefault {

        @Test
        void loadDefault_isCachedAndShared() {
            assertThat(DivisionRegistry.loadDefault()).isSameAs(REGISTRY);
        }

        @Test
        void loadDefault_countsMatchTheSourceFilesLessPlaceholders() {
            int provinceRows = DivisionCsv.read("provinces.csv").size();
            long cityRows = DivisionCsv.read("cities.csv").stream()
                    .filter(row -> !DivisionCsv.PLACEHOLDER_CITY_NAMES.contains(row[1])).count();
            int areaRows = DivisionCsv.read("areas.csv").size();

            assertThat(REGISTRY.provinces()).hasSize(provinceRows).hasSize(31);
            assertThat(REGISTRY.ofLevel(Level.CITY)).hasSize((int) cityRows);
            assertThat(REGISTRY.countyLevelUnits()).hasSize(areaRows).hasSize(2_978);
            assertThat(REGISTRY.ofLevel(Level.COUNTY)).hasSize(2_978 - 3);
            assertThat(REGISTRY.size()).isEqualTo(provinceRows + (int) cityRows + 2_978 - 3);
        }

        @Test
        void loadDefault_dropsExactlyTheNinePlaceholderCityRows() {
            List<String> placeholders = DivisionCsv.read("cities.csv").stream()
                    .filter(row -> DivisionCsv.PLACEHOLDER_CITY_NAMES.contains(row[1])).map(row -> row[0]).toList();

            assertThat(placeholders).containsExactly("1101", "1201", "3101", "4190", "4290", "4690", "5001", "5002", "6590");
            assertThat(placeholders).allSatisfy(code -> assertThat(REGISTRY.find(code + "00")).isEmpty());
            assertThat(REGISTRY.all()).noneMatch(d -> DivisionCsv.PLACEHOLDER_CITY_NAMES.contains(d.name()));
        }

        @Test
        void countyLevelUnits_coverEveryCodeOfTheSourceCountyTable() {
            List<String> sourceCodes = DivisionCsv.read("areas.csv").stream().map(row -> row[0]).toList();

            assertThat(REGISTRY.countyLevelUnits()).extracting(Division::code).containsExactlyInAnyOrderElementsOf(sourceCodes);
        }
    }

    @Nested
    class Tree {

        @Test
        void everyDivision_hasAParentOfAHigherLevelExceptProvinces() {
            for (Division d : REGISTRY.all()) {
                if (d.level() == Level.PROVINCE) {
                    assertThat(d.parentCode()).isNull();
                    continue;
                }
                Division parent = REGISTRY.find(d.parentCode()).orElseThrow(() -> new AssertionError("no parent for " + d));
                assertThat(parent.level().ordinal()).as(d.code()).isLessThan(d.level().ordinal());
                assertThat(d.code()).as("same province").startsWith(parent.code().substring(0, 2));
            }
        }

        @Test
        void everyDivision_hasTheLevelItsCodeStructureSays() {
            assertThat(REGISTRY.all()).allSatisfy(d -> assertThat(DivisionCodes.levelOf(d.code())).isEqualTo(d.level()));
        }

        @Test
        void children_whenCounty_isEmptyAndEveryChildPointsBack() {
            assertThat(REGISTRY.children("410105")).isEmpty();
            for (Division d : REGISTRY.all()) {
                assertThat(REGISTRY.children(d.code())).allSatisfy(c -> assertThat(c.parentCode()).isEqualTo(d.code()));
            }
        }
    }

    @Nested
    class Henan {

        @Test
        void children_whenHenan_areSeventeenCitiesAndJiyuan() {
            List<String> expected = IntStream.rangeClosed(1, 17).mapToObj(i -> "41%02d00".formatted(i))
                    .collect(java.util.stream.Collectors.toCollection(java.util.ArrayList::new));
            expected.add("419001");

            List<Division> children = REGISTRY.children("410000");

            assertThat(children).extracting(Division::code).containsExactlyElementsOf(expected);
            assertThat(children.getFirst().name()).isEqualTo("郑州市");
            assertThat(children.get(16).name()).isEqualTo("驻马店市");
        }

        @Test
        void find_whenJiyuan_isCountyUnderProvince() {
            Division jiyuan = REGISTRY.find("419001").orElseThrow();

            assertThat(jiyuan.name()).isEqualTo("济源市");
            assertThat(jiyuan.level()).isEqualTo(Level.COUNTY);
            assertThat(jiyuan.parentCode()).isEqualTo("410000");
            assertThat(REGISTRY.find("419000")).isEmpty();
        }

        @Test
        void path_whenJinshui_runsFromProvinceDown() {
            assertThat(REGISTRY.path("410105")).extracting(Division::name).containsExactly("河南省", "郑州市", "金水区");
            assertThat(REGISTRY.path("419001")).extracting(Division::name).containsExactly("河南省", "济源市");
            assertThat(REGISTRY.path("419000")).isEmpty();
        }

        @Test
        void province_whenAnyHenanCode_isHenan() {
            assertThat(REGISTRY.province("410105").name()).isEqualTo("河南省");
            assertThat(REGISTRY.province("419001").code()).isEqualTo("410000");
            assertThat(REGISTRY.province("419999").code()).as("code itself need not exist").isEqualTo("410000");
        }
    }

    @Nested
    class Placeholders {

        @Test
        void children_whenBeijing_areItsDistrictsDirectly() {
            List<Division> children = REGISTRY.children("110000");

            assertThat(children).hasSize(16).allSatisfy(d -> assertThat(d.level()).isEqualTo(Level.COUNTY));
            assertThat(children).extracting(Division::name).contains("东城区", "朝阳区");
            assertThat(REGISTRY.find("110100")).isEmpty();
        }

        @Test
        void children_whenChongqing_mergesDistrictsAndCountiesPlaceholders() {
            assertThat(REGISTRY.children("500000")).extracting(Division::code).contains("500101", "500229")
                    .allSatisfy(code -> assertThat(code).startsWith("500"));
        }

        @Test
        void find_whenCityWithoutCounties_isOneCityThatIsAlsoACountyLevelUnit() {
            for (String code : List.of("441900", "442000", "460400")) {
                Division city = REGISTRY.find(code).orElseThrow();
                assertThat(city.level()).isEqualTo(Level.CITY);
                assertThat(REGISTRY.children(code)).isEmpty();
                assertThat(REGISTRY.countyLevelUnits()).contains(city);
            }
            assertThat(REGISTRY.find("441900").map(Division::name)).contains("东莞市");
        }
    }

    @Nested
    class Lookups {

        @Test
        void find_whenMalformedOrNull_isEmpty() {
            assertThat(REGISTRY.find(null)).isEmpty();
            assertThat(REGISTRY.find("4101")).isEmpty();
            assertThat(REGISTRY.contains("410105")).isTrue();
        }

        @Test
        void province_whenUnknownOrMalformed_throwsSpecifically() {
            assertThatThrownBy(() -> REGISTRY.province("710000"))
                    .isInstanceOf(NoSuchElementException.class)
                    .hasMessageContaining("710000");
            assertThatThrownBy(() -> REGISTRY.province("41x105"))
                    .isInstanceOf(IllegalArgumentException.class)
                    .hasMessageContaining("'41x105'");
        }

        @Test
        void parent_whenProvinceOrUnknown_isEmpty() {
            assertThat(REGISTRY.parent("410000")).isEmpty();
            assertThat(REGISTRY.parent("999999")).isEmpty();
            assertThat(REGISTRY.parent("410105").map(Division::code)).contains("410100");
        }

        @Test
        void lists_areImmutable() {
            assertThatThrownBy(() -> REGISTRY.all().clear()).isInstanceOf(UnsupportedOperationException.class);
            assertThatThrownBy(() -> REGISTRY.children("410000").clear()).isInstanceOf(UnsupportedOperationException.class);
            assertThatThrownBy(() -> REGISTRY.provinces().clear()).isInstanceOf(UnsupportedOperationException.class);
        }
    }

    @Nested
    class Of {

        private final Division henan = new Division("410000", "河南省", Level.PROVINCE, null);
        private final Division zhengzhou = new Division("410100", "郑州市", Level.CITY, "410000");

        @Test
        void of_whenConsistent_buildsTree() {
            DivisionRegistry registry = DivisionRegistry.of(List.of(zhengzhou, henan));

            assertThat(registry.children("410000")).containsExactly(zhengzhou);
        }

        @Test
        void of_whenDuplicateCode_throws() {
            assertThatThrownBy(() -> DivisionRegistry.of(List.of(henan, henan)))
                    .isInstanceOf(IllegalArgumentException.class)
                    .hasMessage("Duplicate division code 410000");
        }

        @Test
        void of_whenParentMissing_throws() {
            assertThatThrownBy(() -> DivisionRegistry.of(List.of(zhengzhou)))
                    .isInstanceOf(IllegalArgumentException.class)
                    .hasMessage("Division 410100 has unknown parent 410000");
        }
    }
}
