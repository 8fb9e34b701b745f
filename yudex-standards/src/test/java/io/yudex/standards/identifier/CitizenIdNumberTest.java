package io.yudex.standards.identifier;

import io.yudex.standards.division.DivisionRegistry;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;

import java.time.Clock;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class CitizenIdNumberTest {

    private static final String VALID_FEMALE = "11010519491231002X";
    private static final String VALID_1880 = "440524188001010014";
    private static final String WRONG_CHECK = "110105194912310021";
    private static final ZoneId CHINA = ZoneId.of("Asia/Shanghai");
    private static final LocalDate TODAY = LocalDate.of(2025, 6, 15);
    private static final Clock CLOCK = Clock.fixed(TODAY.atStartOfDay(CHINA).toInstant(), CHINA);
    private static final CitizenIdValidator VALIDATOR = CitizenIdNumber.validator(CLOCK);

    @Nested
    class Validate {

        @Test
        void validate_whenStandardExamples_isValidWithoutProblems() {
            for (String id : List.of(VALID_FEMALE, VALID_1880)) {
                ValidationResult result = VALIDATOR.validate(id);
                assertThat(result.valid()).as(id).isTrue();
                assertThat(result.errors()).isEmpty();
                assertThat(result.warnings()).isEmpty();
                assertThat(result.normalised()).isEqualTo(id);
            }
        }

        @Test
        void validate_whenCheckDigitWrong_reportsExpectedAndActual() {
            ValidationResult result = VALIDATOR.validate(WRONG_CHECK);

            assertThat(result.valid()).isFalse();
            assertThat(result.errorCodes()).containsExactly(Problem.CHECK_DIGIT);
            assertThat(result.errors().getFirst().message()).isEqualTo("check digit: expected X, got 1");
        }

        @Test
        void validate_whenLowerCaseX_normalises() {
            ValidationResult result = VALIDATOR.validate("11010519491231002x");

            assertThat(result.valid()).isTrue();
            assertThat(result.normalised()).isEqualTo(VALID_FEMALE);
        }

        @Test
        void validate_whenFullWidthAndSurroundingSpaces_normalises() {
            String input = "\u3000 " + Fixtures.fullWidth("11010519491231002x") + "\t";

            ValidationResult result = VALIDATOR.validate(input);

            assertThat(result.valid()).isTrue();
            assertThat(result.normalised()).isEqualTo(VALID_FEMALE);
        }

        @Test
        void validate_whenNullOrBlank_reportsEmpty() {
            assertThat(VALIDATOR.validate(null).errorCodes()).containsExactly(Problem.EMPTY);
            assertThat(VALIDATOR.validate(null).normalised()).isNull();
            assertThat(VALIDATOR.validate("  ").errorCodes()).containsExactly(Problem.EMPTY);
        }

        @Test
        void validate_whenSeventeenCharacters_reportsLengthOnly() {
            ValidationResult result = VALIDATOR.validate(VALID_FEMALE.substring(0, 17));

            assertThat(result.errorCodes()).containsExactly(Problem.LENGTH);
            assertThat(result.errors().getFirst().message()).isEqualTo("expected 18 characters, got 17");
        }

        @Test
        void validate_whenFirstGenerationFifteenDigits_upgradesWithLegacyWarning() {
            ValidationResult result = VALIDATOR.validate("110105491231002");

            assertThat(result.valid()).isTrue();
            assertThat(result.normalised()).isEqualTo(VALID_FEMALE);
            assertThat(result.warningCodes()).containsExactly(Problem.LEGACY_FORMAT);
        }

        @Test
        void validate_whenFifteenDigitsWithImpossibleDate_reportsBirthDateAndKeepsInput() {
            ValidationResult result = VALIDATOR.validate("990105490230002");

            assertThat(result.errorCodes()).containsExactly(Problem.ADDRESS_CODE, Problem.BIRTH_DATE_INVALID);
            assertThat(result.normalised()).isEqualTo("990105490230002");
        }

        @Test
        void upgrade_whenFifteenDigits_insertsCenturyAndCheckDigit() {
            assertThat(CitizenIdNumber.upgrade("110105491231002")).isEqualTo(VALID_FEMALE);
            assertThatThrownBy(() -> CitizenIdNumber.upgrade("11010549123100")).isInstanceOf(IllegalArgumentException.class);
        }

        @Test
        void validate_whenBornTomorrowAndCheckDigitWrong_reportsBothInPositionOrder() {
            String tomorrow = Fixtures.citizenId("410105", TODAY.plusDays(1), 1);
            String broken = tomorrow.substring(0, 17) + (tomorrow.charAt(17) == '0' ? '1' : '0');

            assertThat(VALIDATOR.validate(broken).errorCodes()).containsExactly(Problem.BIRTH_DATE_FUTURE, Problem.CHECK_DIGIT);
        }

        @Test
        void validate_whenLetterInsideAndXNotLast_namesEveryPosition() {
            ValidationResult result = VALIDATOR.validate("1101051949A23X0021");

            assertThat(result.errorCodes()).containsExactly(Problem.CHARACTERS);
            assertThat(result.errors().getFirst().message()).contains("11 ('A')", "14 ('X')");
        }

        @Test
        void validate_whenDateDoesNotExist_reportsBirthDateNotCheckDigit() {
            String rechecked = CitizenIdNumber.withCheckDigit("11010519490230002");

            ValidationResult result = VALIDATOR.validate(rechecked);

            assertThat(result.errorCodes()).containsExactly(Problem.BIRTH_DATE_INVALID);
            assertThat(result.errors().getFirst().message()).contains("19490230");
        }

        @Test
        void validate_whenLeapDay_acceptsOnlyRealLeapYears() {
            String leap2000 = CitizenIdNumber.withCheckDigit("41010520000229123");
            String notLeap1900 = CitizenIdNumber.withCheckDigit("41010519000229123");

            assertThat(VALIDATOR.validate(leap2000).valid()).isTrue();
            assertThat(VALIDATOR.validate(notLeap1900).errorCodes()).containsExactly(Problem.BIRTH_DATE_INVALID);
        }

        @Test
        void validate_whenBornBefore1800_reportsBirthDateInvalid() {
            String id = CitizenIdNumber.withCheckDigit("41010517991231123");

            assertThat(VALIDATOR.validate(id).errorCodes()).containsExactly(Problem.BIRTH_DATE_INVALID);
        }

        @Test
        void validate_whenBornTomorrow_reportsFutureButTodayIsFine() {
            String tomorrow = Fixtures.citizenId("410105", TODAY.plusDays(1), 1);
            String today = Fixtures.citizenId("410105", TODAY, 1);

            ValidationResult result = VALIDATOR.validate(tomorrow);

            assertThat(result.errorCodes()).containsExactly(Problem.BIRTH_DATE_FUTURE);
            assertThat(result.errors().getFirst().message()).contains("2025-06-16", "2025-06-15");
            assertThat(VALIDATOR.validate(today).valid()).isTrue();
        }

        @Test
        void validate_whenProvincePartUnassigned_reportsAddressCode() {
            String id = CitizenIdNumber.withCheckDigit("99010519491231002");

            ValidationResult result = VALIDATOR.validate(id);

            assertThat(result.errorCodes()).containsExactly(Problem.ADDRESS_CODE);
            assertThat(result.errors().getFirst().message()).contains("990105", "99");
        }

        @Test
        void validate_whenSeveralThingsWrong_reportsAllInOrder() {
            ValidationResult result = VALIDATOR.validate("990105194902300021");

            assertThat(result.errorCodes())
                    .containsExactly(Problem.ADDRESS_CODE, Problem.BIRTH_DATE_INVALID, Problem.CHECK_DIGIT);
        }

        @Test
        void validate_whenInvalid_neverRepeatsTheWholeNumberInMessages() {
            ValidationResult result = VALIDATOR.validate("990105194902300021");

            assertThat(result.errors()).allSatisfy(p -> assertThat(p.message()).doesNotContain("990105194902300021"));
        }
    }

    @Nested
    class ValidateWithRegistry {

        private final CitizenIdValidator withRegistry = VALIDATOR.withRegistry(DivisionRegistry.loadDefault());

        @Test
        void validate_whenAddressCodeRetired_warnsButStaysValid() {
            // 110103 崇文区 merged into 东城区 in 2010; people born there keep the code.
            assertThat(DivisionRegistry.loadDefault().find("110103")).isEmpty();
            String id = Fixtures.citizenId("110103", LocalDate.of(1975, 3, 1), 17);

            ValidationResult result = withRegistry.validate(id);

            assertThat(result.valid()).isTrue();
            assertThat(result.warningCodes()).containsExactly(Problem.ADDRESS_UNKNOWN);
            assertThat(result.warnings().getFirst().message()).contains("110103");
        }

        @Test
        void validate_whenAddressCodeCurrent_hasNoWarning() {
            assertThat(withRegistry.validate(VALID_FEMALE).warnings()).isEmpty();
        }

        @Test
        void validate_whenKnownAddressRequired_reportsUnknownAddressAsError() {
            CitizenIdValidator strict = withRegistry.requireKnownAddress();
            String id = Fixtures.citizenId("110103", LocalDate.of(1975, 3, 1), 17);

            assertThat(strict.validate(id).errorCodes()).containsExactly(Problem.ADDRESS_UNKNOWN);
            assertThat(strict.isValid(id)).isFalse();
            assertThat(strict.isValid(VALID_FEMALE)).isTrue();
        }

        @Test
        void requireKnownAddress_withoutRegistry_throws() {
            assertThatThrownBy(VALIDATOR::requireKnownAddress).isInstanceOf(IllegalStateException.class);
        }

        @Test
        void isValid_agreesWithValidateOnGeneratedAndMutatedNumbers() {
            CitizenIdValidator strict = withRegistry.requireKnownAddress().pinnedToToday();
            List<String> samples = new java.util.ArrayList<>();
            for (String id : Fixtures.randomCitizenIds(11643, 60)) {
                samples.add(id);
                samples.add(id.toLowerCase());
                samples.add(" " + id);
                samples.add(id.substring(0, 6) + "20991231" + id.substring(14));
                samples.addAll(Fixtures.singleSubstitutions(id, "0123456789X").subList(0, 40));
            }
            samples.addAll(List.of("110105491231002", "", "x", Fixtures.fullWidth(VALID_FEMALE)));
            assertThat(samples).allSatisfy(id -> {
                assertThat(strict.isValid(id)).as(id).isEqualTo(strict.validate(id).valid());
                assertThat(withRegistry.isValid(id)).as(id).isEqualTo(withRegistry.validate(id).valid());
            });
        }

        @Test
        void validate_withoutRegistry_neverWarns() {
            String id = Fixtures.citizenId("110103", LocalDate.of(1975, 3, 1), 17);

            assertThat(VALIDATOR.validate(id).warnings()).isEmpty();
        }
    }

    @Nested
    class Parse {

        @Test
        void parse_whenValid_exposesFields() {
            CitizenIdNumber id = CitizenIdNumber.parse(VALID_FEMALE);

            assertThat(id.addressCode()).isEqualTo("110105");
            assertThat(id.birthDate()).isEqualTo(LocalDate.of(1949, 12, 31));
            assertThat(id.sequenceCode()).isEqualTo("002");
            assertThat(id.sex()).isEqualTo(Sex.FEMALE);
        }

        @Test
        void parse_whenOddSequence_isMale() {
            CitizenIdNumber id = CitizenIdNumber.parse(VALID_1880);

            assertThat(id.birthDate()).isEqualTo(LocalDate.of(1880, 1, 1));
            assertThat(id.sequenceCode()).isEqualTo("001");
            assertThat(id.sex()).isEqualTo(Sex.MALE);
        }

        @Test
        void parse_whenLowerCaseX_equalsUpperCase() {
            assertThat(CitizenIdNumber.parse("11010519491231002x")).isEqualTo(CitizenIdNumber.parse(VALID_FEMALE));
            assertThat(new CitizenIdNumber("11010519491231002x").value()).isEqualTo(VALID_FEMALE);
        }

        @Test
        void parse_whenInvalid_throwsWithResult() {
            assertThatThrownBy(() -> CitizenIdNumber.parse(WRONG_CHECK))
                    .isInstanceOf(InvalidIdentifierException.class)
                    .hasMessage("Invalid citizen ID number: CHECK_DIGIT: check digit: expected X, got 1")
                    .satisfies(e -> assertThat(((InvalidIdentifierException) e).result().errorCodes())
                            .containsExactly(Problem.CHECK_DIGIT));
            assertThat(CitizenIdNumber.tryParse(WRONG_CHECK)).isEmpty();
            assertThat(CitizenIdNumber.tryParse(VALID_FEMALE)).isPresent();
        }

        @Test
        void toString_masksTheMiddle() {
            assertThat(CitizenIdNumber.parse(VALID_FEMALE).toString())
                    .isEqualTo("CitizenIdNumber[110105********002X]")
                    .doesNotContain("19491231");
        }
    }
}
