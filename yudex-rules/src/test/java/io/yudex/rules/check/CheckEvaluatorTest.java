package io.yudex.rules.check;

import io.yudex.rules.IdentifierChecks;
import io.yudex.rules.Reason;
import io.yudex.rules.Severity;
import io.yudex.rules.UnknownCheckException;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;

import java.math.BigDecimal;
import java.time.Clock;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.List;
import java.util.Map;
import java.util.Set;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class CheckEvaluatorTest {

    static final ZoneId CHINA = ZoneId.of("Asia/Shanghai");
    static final LocalDate TODAY = LocalDate.of(2025, 6, 15);
    static final Clock CLOCK = Clock.fixed(TODAY.atStartOfDay(CHINA).toInstant(), CHINA);
    static final Set<String> ENTITIES = Set.of("91350100M000100Y43");
    static final CheckEvaluator EVALUATOR = new CheckEvaluator(IdentifierChecks.standard(CLOCK), CodeTables.standard(),
            (resource, column, value) -> resource.equals("legal-entity") && column.equals("tyshxydm") && ENTITIES.contains(value), CLOCK);

    private static List<String> codes(Check check, String value) {
        return EVALUATOR.checkValue(check, value).stream().map(Reason::code).toList();
    }

    @Nested
    class ValueChecks {

        @Test
        void required_whenNullOrBlank_fails_andOtherChecksPassNull() {
            assertThat(codes(new Check.Required(), null)).containsExactly("REQUIRED");
            assertThat(codes(new Check.Required(), " ")).containsExactly("REQUIRED");
            assertThat(codes(new Check.Length(1, 2), null)).isEmpty();
            assertThat(codes(new Check.Identifier("citizen-id"), "")).isEmpty();
        }

        @Test
        void type_whenNumberMoneyDateLogical_checksTheForm() {
            assertThat(codes(new Check.TypeOf(DataType.NUMBER), "-12.5")).isEmpty();
            assertThat(codes(new Check.TypeOf(DataType.NUMBER), "12a")).containsExactly("TYPE");
            assertThat(codes(new Check.TypeOf(DataType.MONEY), "12.345")).containsExactly("TYPE");
            assertThat(codes(new Check.TypeOf(DataType.DATE), "2023-02-29")).containsExactly("TYPE");
            assertThat(codes(new Check.TypeOf(DataType.DATE_TIME), "2023-02-28 10:00:00")).isEmpty();
            assertThat(codes(new Check.TypeOf(DataType.LOGICAL), "是")).isEmpty();
        }

        @Test
        void length_countsCodePoints() {
            assertThat(codes(new Check.Length(null, 3), "郑州市")).isEmpty();
            assertThat(codes(new Check.Length(null, 2), "郑州市")).containsExactly("LENGTH");
            assertThat(codes(new Check.Length(18, 18), "123")).containsExactly("LENGTH");
        }

        @Test
        void range_andDateRange_includeTheirBounds() {
            Check.NumericRange age = new Check.NumericRange(BigDecimal.ZERO, new BigDecimal("150"));
            assertThat(codes(age, "150")).isEmpty();
            assertThat(codes(age, "150.01")).containsExactly("RANGE");
            assertThat(codes(age, "abc")).containsExactly("RANGE");
            Check.DateRange birth = new Check.DateRange(LocalDate.of(1900, 1, 1), null, true);
            assertThat(codes(birth, TODAY.toString())).isEmpty();
            assertThat(codes(birth, TODAY.plusDays(1).toString())).containsExactly("DATE_RANGE");
            assertThat(codes(birth, "1899-12-31")).containsExactly("DATE_RANGE");
        }

        @Test
        void enumerationCodeTableAndRegex_matchWholeValues() {
            assertThat(codes(new Check.Enumeration(List.of("1", "2", "3")), "2")).isEmpty();
            assertThat(codes(new Check.Enumeration(List.of("1", "2", "3")), "4")).containsExactly("ENUM");
            assertThat(codes(new Check.CodeTable(CodeTables.SEX), "9")).isEmpty();
            assertThat(codes(new Check.CodeTable(CodeTables.SEX), "男")).containsExactly("CODE_TABLE");
            assertThat(codes(new Check.Regex("\\d{6}"), "4501001")).containsExactly("REGEX");
        }

        @Test
        void identifier_passesEveryReasonThrough() {
            assertThat(codes(new Check.Identifier("citizen-id"), "990105194902300021"))
                    .containsExactly("ADDRESS_CODE", "BIRTH_DATE_INVALID", "CHECK_DIGIT");
        }

        @Test
        void reference_whenLicenceUsccNotInLegalEntities_fails() {
            Check.Reference ref = new Check.Reference("legal-entity", "tyshxydm");
            assertThat(codes(ref, "91350100M000100Y43")).isEmpty();
            assertThat(codes(ref, "913502000728319549")).containsExactly("REFERENCE");
        }

        @Test
        void checkValue_whenCheckNeedsARow_throws() {
            assertThatThrownBy(() -> EVALUATOR.checkValue(new Check.Unique(List.of("a")), "x")).isInstanceOf(UnknownCheckException.class);
        }
    }

    @Nested
    class RowAndSetChecks {

        private final Check.IdConsistency consistency = new Check.IdConsistency("sfzhm", "csrq", "xb");

        @Test
        void idConsistency_whenBirthAndSexAgree_passes() {
            Map<String, String> row = Map.of("sfzhm", "11010519491231002X", "csrq", "1949-12-31", "xb", "2");

            assertThat(EVALUATOR.checkRow(consistency, null, row)).isEmpty();
        }

        @Test
        void idConsistency_whenBothDisagree_reportsBoth() {
            Map<String, String> row = Map.of("sfzhm", "11010519491231002X", "csrq", "1949-12-30", "xb", "1");

            assertThat(EVALUATOR.checkRow(consistency, null, row)).extracting(Reason::code).containsExactly("ID_BIRTH_DATE", "ID_SEX");
        }

        @Test
        void idConsistency_whenIdInvalid_leavesItToTheIdentifierCheck() {
            Map<String, String> row = Map.of("sfzhm", "110105194912310021", "csrq", "2000-01-01", "xb", "1");

            assertThat(EVALUATOR.checkRow(consistency, null, row)).isEmpty();
        }

        @Test
        void unique_reportsEveryRepeatButTheFirstAndSkipsNullKeys() {
            List<Map<String, String>> rows = List.of(Map.of("k", "a"), Map.of("k", "b"), Map.of("k", "a"), Map.of(), Map.of(), Map.of("k", "a"));

            Map<Integer, Reason> duplicates = EVALUATOR.checkUnique(new Check.Unique(List.of("k")), rows);

            assertThat(duplicates).containsOnlyKeys(2, 5);
            assertThat(duplicates.get(5).message()).contains("row 1");
        }

        @Test
        void freshness_whenDailyResourceTwoDaysOld_isStale() {
            Check.Freshness daily = new Check.Freshness(UpdateCycle.DAILY);

            assertThat(EVALUATOR.checkFreshness(daily, TODAY.minusDays(1).atStartOfDay(CHINA).toInstant(), CHINA)).isEmpty();
            assertThat(EVALUATOR.checkFreshness(daily, TODAY.minusDays(3).atStartOfDay(CHINA).toInstant(), CHINA)).isPresent();
            assertThat(EVALUATOR.checkFreshness(new Check.Freshness(UpdateCycle.YEARLY), null, CHINA)).isPresent();
        }

        @Test
        void withSeverity_lowersErrorsOfAWarningRule() {
            List<Reason> reasons = EVALUATOR.checkValue(new Check.Required(), null);

            assertThat(CheckEvaluator.withSeverity(reasons, Severity.WARNING)).extracting(Reason::severity).containsExactly(Severity.WARNING);
        }
    }
}
