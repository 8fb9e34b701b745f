package io.yudex.synth;

import io.yudex.standards.division.DivisionRegistry;
import io.yudex.standards.identifier.OrganizationCode;
import io.yudex.standards.identifier.UnifiedSocialCreditCode;
import io.yudex.standards.identifier.ValidationResult;
import org.junit.jupiter.api.Test;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;

/** Datasets written with the same seed and reference sizes refer to each other's persons and entities. */
class CrossDatasetTest {

    private static final int PEOPLE = 12_000;
    private static final int ENTITIES = 2_000;
    private static final DivisionRegistry REGISTRY = DivisionRegistry.loadDefault();

    @Test
    void socialInsurance_personsAreWorkingAgePeopleOfThePopulation() {
        Map<String, String[]> population = index(Dataset.POPULATION, PEOPLE, 0);
        List<String> lines = Rows.lines(data(Dataset.SOCIAL_INSURANCE), 6_000);
        for (String line : lines) {
            String[] f = Rows.fields(line);
            String[] person = population.get(f[0]);
            assertThat(person).as(line).isNotNull();
            assertThat(f[1]).isEqualTo(person[1]);
            assertThat(LocalDate.parse(person[3])).isBetween(LocalDate.of(1960, 1, 1), LocalDate.of(2005, 12, 31));
            assertThat(f[2]).isIn("110", "210", "410");
            assertThat(f[3]).isIn("1", "2", "3");
            assertThat(new BigDecimal(f[5])).isBetween(new BigDecimal("2000"), new BigDecimal("30000"));
        }
    }

    @Test
    void enterprises_haveValidCodesFromHenanAndConsistentAuthorities() {
        for (String line : Rows.lines(data(Dataset.ENTERPRISE), ENTITIES)) {
            String[] f = Rows.fields(line);
            ValidationResult result = UnifiedSocialCreditCode.validate(f[0], REGISTRY);
            assertThat(result.valid()).as(line).isTrue();
            assertThat(result.warnings()).as(line).isEmpty();
            UnifiedSocialCreditCode code = UnifiedSocialCreditCode.parse(f[0]);
            assertThat(code.registrationDepartmentCode()).isEqualTo('9');
            assertThat(code.entityTypeCode()).isIn('1', '2', '3');
            assertThat(code.regionCode()).startsWith("41");
            assertThat(OrganizationCode.validate(code.organizationCodePart()).valid()).isTrue();
            assertThat(f[7]).startsWith(REGISTRY.path(code.regionCode()).get(1).name()).endsWith("市场监督管理局");
            assertThat(f[1]).matches("\\p{IsHan}+");
            assertThat(f[3]).matches("\\p{IsHan}{2,4}");
        }
    }

    @Test
    void penaltiesAndLicences_referToRegisteredEntitiesByTheirNames() {
        Map<String, String[]> enterprises = index(Dataset.ENTERPRISE, ENTITIES, 0);
        for (Dataset dataset : List.of(Dataset.ADMIN_PENALTY, Dataset.LICENCE)) {
            for (String line : Rows.lines(data(dataset), 1_500)) {
                String[] entity = enterprises.get(Rows.field(dataset, line, "tyshxydm"));
                assertThat(entity).as(line).isNotNull();
                assertThat(Rows.field(dataset, line, dataset.nameColumn())).isEqualTo(entity[1]);
            }
        }
    }

    @Test
    void penaltyNumbersPlatesAndLicenceNumbers_haveTheirOfficialShapes() {
        for (String line : Rows.lines(data(Dataset.ADMIN_PENALTY), 2_000)) {
            assertThat(line).matches("[郑汴洛平安鹤新焦濮许漯三宛商信周驻济]\\p{IsHan}{0,4}市监罚〔20(1[4-9]|2[0-3])〕\\d+号,.*");
        }
        for (String line : Rows.lines(data(Dataset.VEHICLE), 2_000)) {
            assertThat(line).matches("豫[A-HJ-NP-SU]([DF][0-9A-HJ-NP-Z]\\d{4}|[0-9A-HJ-NP-Z]{5}),(01|02|51|52),.*");
        }
        for (String line : Rows.lines(data(Dataset.LICENCE), 2_000)) {
            assertThat(line).matches("JY[123]41\\d{11},.*");
        }
    }

    private static SyntheticData data(Dataset dataset) {
        return SyntheticData.builder(dataset).seed(Rows.SEED).defectRate(0).populationRows(PEOPLE).enterpriseRows(ENTITIES).build();
    }

    private static Map<String, String[]> index(Dataset dataset, int rows, int keyColumn) {
        Map<String, String[]> index = new HashMap<>();
        for (String line : Rows.lines(data(dataset), rows)) {
            String[] f = Rows.fields(line);
            index.put(f[keyColumn], f);
        }
        return index;
    }
}
