package io.yudex.synth;

import io.yudex.standards.division.DivisionRegistry;
import io.yudex.standards.identifier.CitizenIdNumber;
import io.yudex.standards.identifier.CitizenIdValidator;
import io.yudex.standards.identifier.Sex;
import io.yudex.standards.identifier.ValidationResult;
import org.junit.jupiter.api.Test;

import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

import static org.assertj.core.api.Assertions.assertThat;

class PopulationTest {

    private static final DivisionRegistry REGISTRY = DivisionRegistry.loadDefault();
    private static final CitizenIdValidator VALIDATOR = CitizenIdNumber.validator(
            Clock.fixed(Instant.parse("2024-06-01T00:00:00Z"), ZoneId.of("Asia/Shanghai"))).withRegistry(REGISTRY);
    private static final Set<String> ETHNICITIES = Set.of("01", "02", "03", "04", "06", "08", "10", "11", "15");

    @Test
    void cleanRows_validateAndAgreeWithTheirIdNumber() {
        for (String line : Rows.lines(Rows.clean(Dataset.POPULATION, 5_000), 5_000)) {
            String[] f = Rows.fields(line);
            ValidationResult result = VALIDATOR.validate(f[0]);
            assertThat(result.valid()).as(line).isTrue();
            assertThat(result.warnings()).as(line).isEmpty();
            CitizenIdNumber id = CitizenIdNumber.parse(f[0]);
            assertThat(f[0]).isEqualTo(CitizenIdNumber.withCheckDigit(f[0].substring(0, 17)));
            assertThat(LocalDate.parse(f[3])).isEqualTo(id.birthDate()).isBetween(LocalDate.of(1930, 1, 1), LocalDate.of(2023, 12, 31));
            assertThat(f[2]).isEqualTo(id.sex() == Sex.MALE ? "1" : "2");
            assertThat(f[1]).matches("\\p{IsHan}{2,4}");
            assertThat(f[4]).isIn(ETHNICITIES);
            assertThat(f[6]).isEqualTo(id.addressCode()).startsWith("41");
            assertThat(f[5]).startsWith("河南省").contains(REGISTRY.find(f[6]).orElseThrow().name());
        }
    }

    @Test
    void idNumbers_areUniqueAndCountiesWeightedTowardsBigCities() {
        Set<String> ids = new HashSet<>();
        Map<String, Integer> byCity = new HashMap<>();
        List<String> lines = Rows.lines(Rows.clean(Dataset.POPULATION, 100_000), 100_000);
        for (String line : lines) {
            ids.add(line.substring(0, 18));
            byCity.merge(line.substring(0, 4), 1, Integer::sum);
        }
        assertThat(ids).hasSize(lines.size());
        assertThat(byCity.get("4101")).isGreaterThan(byCity.get("4106") * 5); // 郑州 vs 鹤壁
        assertThat(byCity).containsKey("4190"); // 济源
    }

    @Test
    void sexesAndAgePyramid_lookLikeAPopulation() {
        List<String> lines = Rows.lines(Rows.clean(Dataset.POPULATION, 50_000), 50_000);
        long men = lines.stream().filter(l -> Rows.fields(l)[2].equals("1")).count();
        long minors = lines.stream().filter(l -> Rows.fields(l)[3].compareTo("2006") >= 0).count();
        long han = lines.stream().filter(l -> Rows.fields(l)[4].equals("01")).count();
        assertThat(men).isBetween(24_000L, 26_000L);
        assertThat(minors).isBetween(7_500L, 9_500L); // 17 %
        assertThat(han).isGreaterThan(49_000L);
    }

    @Test
    void surnames_followTheirFrequency() {
        Map<Character, Integer> counts = new HashMap<>();
        for (String line : Rows.lines(Rows.clean(Dataset.POPULATION, 30_000), 30_000)) {
            counts.merge(Rows.fields(line)[1].charAt(0), 1, Integer::sum);
        }
        List<Character> top = counts.entrySet().stream().sorted(Map.Entry.<Character, Integer>comparingByValue().reversed())
                .limit(4).map(Map.Entry::getKey).toList();
        assertThat(top).containsExactlyInAnyOrder('王', '李', '张', '刘');
    }

    @Test
    void capacity_coversTensOfMillions() {
        assertThat(Rows.clean(Dataset.POPULATION, 1).populationCapacity()).isGreaterThan(50_000_000L);
    }
}
