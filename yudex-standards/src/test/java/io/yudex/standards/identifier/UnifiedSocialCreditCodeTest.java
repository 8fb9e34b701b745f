package io.yudex.standards.identifier;

import io.yudex.standards.division.DivisionRegistry;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;

import java.util.List;
import java.util.Random;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class UnifiedSocialCreditCodeTest {

    private static final List<String> VALID = List.of("91350100M000100Y43", "913502000728319549", "91110000600037341L");
    private static final String WRONG_CHECK = "91350100M000100Y44";

    @Nested
    class Validate {

        @Test
        void validate_whenStandardExamples_isValidWithoutWarnings() {
            assertThat(VALID).allSatisfy(code -> {
                ValidationResult result = UnifiedSocialCreditCode.validate(code, DivisionRegistry.loadDefault());
                assertThat(result.errors()).as(code).isEmpty();
                assertThat(result.warnings()).as(code).isEmpty();
            });
        }

        @Test
        void validate_whenCheckCharacterWrong_reportsExpectedAndActual() {
            ValidationResult result = UnifiedSocialCreditCode.validate(WRONG_CHECK);

            assertThat(result.errorCodes()).containsExactly(Problem.CHECK_DIGIT);
            assertThat(result.errors().getFirst().message()).isEqualTo("check character: expected 3, got 4");
        }

        @Test
        void validate_whenLowerCaseAndFullWidth_normalises() {
            ValidationResult result = UnifiedSocialCreditCode.validate(" " + Fixtures.fullWidth("91110000600037341l") + " ");

            assertThat(result.valid()).isTrue();
            assertThat(result.normalised()).isEqualTo("91110000600037341L");
        }

        @Test
        void validate_whenLettersOutsideAlphabet_namesThem() {
            for (char excluded : "IOSVZ".toCharArray()) {
                String code = "91350100M000100" + excluded + "43";

                ValidationResult result = UnifiedSocialCreditCode.validate(code);

                assertThat(result.errorCodes()).as(code).containsExactly(Problem.CHARACTERS);
                assertThat(result.errors().getFirst().message()).contains("16 ('" + excluded + "')");
            }
        }

        @Test
        void validate_whenWrongLengthOrEmpty_reportsIt() {
            assertThat(UnifiedSocialCreditCode.validate("91350100M000100Y4").errorCodes()).containsExactly(Problem.LENGTH);
            assertThat(UnifiedSocialCreditCode.validate("").errorCodes()).containsExactly(Problem.EMPTY);
            assertThat(UnifiedSocialCreditCode.validate(null).errorCodes()).containsExactly(Problem.EMPTY);
        }

        @Test
        void validate_whenRegionNotDigits_reportsRegionCode() {
            String code = UnifiedSocialCreditCode.withCheckChar("9135A100M000100Y4");

            ValidationResult result = UnifiedSocialCreditCode.validate(code);

            assertThat(result.errorCodes()).containsExactly(Problem.REGION_CODE);
            assertThat(result.errors().getFirst().message()).contains("35A100");
        }

        @Test
        void validate_whenRegionProvinceUnassigned_reportsRegionCode() {
            String code = UnifiedSocialCreditCode.withCheckChar("91590100M000100Y4");

            ValidationResult result = UnifiedSocialCreditCode.validate(code);

            assertThat(result.errorCodes()).containsExactly(Problem.REGION_CODE);
            assertThat(result.errors().getFirst().message()).contains("590100", "province part 59");
        }

        @Test
        void validate_whenDepartmentUnassigned_reportsRegistrationDepartment() {
            String code = UnifiedSocialCreditCode.withCheckChar("Q1350100M000100Y4");

            ValidationResult result = UnifiedSocialCreditCode.validate(code);

            assertThat(result.errorCodes()).containsExactly(Problem.REGISTRATION_DEPARTMENT);
            assertThat(result.errors().getFirst().message()).contains("'Q'");
        }

        @Test
        void validate_whenEntityTypeNotAssignedByStandardDepartment_reportsEntityType() {
            String code = UnifiedSocialCreditCode.withCheckChar("94350100M000100Y4");

            ValidationResult result = UnifiedSocialCreditCode.validate(code);

            assertThat(result.errorCodes()).containsExactly(Problem.ENTITY_TYPE);
            assertThat(result.errors().getFirst().message()).contains("'4'", "工商", "123");
        }

        @Test
        void validate_whenDepartmentAssignedAfterTheStandard_warnsThatTypesAreUnconfirmed() {
            String assigned = UnifiedSocialCreditCode.withCheckChar("31350100M000100Y4");
            String unexpectedType = UnifiedSocialCreditCode.withCheckChar("37350100M000100Y4");

            assertThat(UnifiedSocialCreditCode.validate(assigned).valid()).isTrue();
            assertThat(UnifiedSocialCreditCode.validate(assigned).warningCodes()).containsExactly(Problem.ENTITY_TYPE);
            assertThat(UnifiedSocialCreditCode.validate(unexpectedType).valid()).isTrue();
            assertThat(UnifiedSocialCreditCode.validate(unexpectedType).warnings().getFirst().message()).contains("'7'");
        }

        @Test
        void validate_whenEmbeddedOrganisationCodeFailsItsCheck_reportsIt() {
            String code = UnifiedSocialCreditCode.withCheckChar("91350100M000100Y5");

            ValidationResult result = UnifiedSocialCreditCode.validate(code);

            assertThat(result.errorCodes()).containsExactly(Problem.ORGANIZATION_CODE_CHECK);
            assertThat(result.errors().getFirst().message()).contains("expected 4, got 5");
        }

        @Test
        void validate_whenSeveralThingsWrong_reportsEveryOneInPositionOrder() {
            ValidationResult result = UnifiedSocialCreditCode.validate("Q4590100M000100Y51");

            assertThat(result.errorCodes()).containsExactly(Problem.REGISTRATION_DEPARTMENT, Problem.REGION_CODE,
                    Problem.ORGANIZATION_CODE_CHECK, Problem.CHECK_DIGIT);
        }

        @Test
        void isValid_agreesWithValidate() {
            List<String> samples = new java.util.ArrayList<>(Fixtures.randomUsccs(7, 200));
            samples.addAll(List.of(WRONG_CHECK, "91350100m000100y43", "Q1350100M000100Y4", " 91350100M000100Y43", "", "9135"));
            samples.add(UnifiedSocialCreditCode.withCheckChar("91350100M000100Y5"));
            samples.add(UnifiedSocialCreditCode.withCheckChar("31350100M000100Y4"));
            assertThat(samples).allSatisfy(code ->
                    assertThat(UnifiedSocialCreditCode.isValid(code)).as(code).isEqualTo(UnifiedSocialCreditCode.validate(code).valid()));
        }

        @Test
        void validate_whenRegionNotInTable_warnsExceptNationalLevel() {
            DivisionRegistry registry = DivisionRegistry.loadDefault();
            String unknownRegion = UnifiedSocialCreditCode.withCheckChar("91419000M000100Y4");
            String national = UnifiedSocialCreditCode.withCheckChar("91100000M000100Y4");

            assertThat(UnifiedSocialCreditCode.validate(unknownRegion, registry).warningCodes())
                    .containsExactly(Problem.REGION_UNKNOWN);
            assertThat(UnifiedSocialCreditCode.validate(unknownRegion).warnings()).isEmpty();
            assertThat(UnifiedSocialCreditCode.validate(national, registry).warnings()).isEmpty();
        }
    }

    @Nested
    class GeneratedCodes {

        private final List<String> codes = Fixtures.randomUsccs(32100, 300);

        @Test
        void validate_whenGenerated_isValidWithoutWarnings() {
            DivisionRegistry registry = DivisionRegistry.loadDefault();
            assertThat(codes).allSatisfy(code -> {
                ValidationResult result = UnifiedSocialCreditCode.validate(code, registry);
                assertThat(result.errors()).as(code).isEmpty();
                assertThat(result.warnings()).as(code).isEmpty();
            });
        }

        @Test
        void validate_whenAnySingleCharacterSubstituted_reportsCheckDigit() {
            for (String code : codes.subList(0, 30)) {
                for (String mutant : Fixtures.singleSubstitutions(code, UnifiedSocialCreditCode.ALPHABET)) {
                    assertThat(UnifiedSocialCreditCode.validate(mutant).errorCodes()).as(mutant).contains(Problem.CHECK_DIGIT);
                }
            }
        }
    }

    @Nested
    class CheckChar {

        @Test
        void checkChar_agreesWithPowersOfThreeDefinition() {
            Random random = new Random(31);
            String alphabet = UnifiedSocialCreditCode.ALPHABET;
            boolean sawZero = false;
            for (int n = 0; n < 3_000; n++) {
                StringBuilder body = new StringBuilder();
                int sum = 0;
                int weight = 1;
                for (int i = 0; i < 17; i++) {
                    int value = random.nextInt(31);
                    body.append(alphabet.charAt(value));
                    sum += value * weight;
                    weight = weight * 3 % 31;
                }
                int check = 31 - sum % 31;
                String expected = String.valueOf(alphabet.charAt(check == 31 ? 0 : check));
                assertThat(UnifiedSocialCreditCode.checkChar(body.toString())).as(body.toString()).isEqualTo(expected);
                sawZero |= check == 31;
            }
            assertThat(sawZero).as("the 31 -> 0 case occurred").isTrue();
        }

        @Test
        void checkChar_whenBodyMalformed_throws() {
            assertThatThrownBy(() -> UnifiedSocialCreditCode.checkChar("91350100M000100I4"))
                    .isInstanceOf(IllegalArgumentException.class)
                    .hasMessageContaining("17 characters of " + UnifiedSocialCreditCode.ALPHABET);
            assertThatThrownBy(() -> UnifiedSocialCreditCode.checkChar(null)).isInstanceOf(IllegalArgumentException.class);
        }
    }

    @Nested
    class Parse {

        @Test
        void parse_whenValid_exposesParts() {
            UnifiedSocialCreditCode code = UnifiedSocialCreditCode.parse("91350100m000100y43");

            assertThat(code.value()).isEqualTo("91350100M000100Y43");
            assertThat(code.registrationDepartmentCode()).isEqualTo('9');
            assertThat(code.registrationDepartment()).contains(RegistrationDepartment.MARKET_REGULATION);
            assertThat(code.entityTypeCode()).isEqualTo('1');
            assertThat(code.regionCode()).isEqualTo("350100");
            assertThat(code.organizationCodePart()).isEqualTo("M000100Y4");
            assertThat(code.organizationCode()).map(OrganizationCode::formatted).contains("M000100Y-4");
        }

        @Test
        void parse_whenEmbeddedCodeFailsCheck_throws() {
            String code = UnifiedSocialCreditCode.withCheckChar("91350100M000100Y5");

            assertThatThrownBy(() -> UnifiedSocialCreditCode.parse(code))
                    .isInstanceOf(InvalidIdentifierException.class)
                    .hasMessageContaining(Problem.ORGANIZATION_CODE_CHECK);
        }

        @Test
        void parse_whenInvalid_throws() {
            assertThatThrownBy(() -> UnifiedSocialCreditCode.parse(WRONG_CHECK))
                    .isInstanceOf(InvalidIdentifierException.class)
                    .hasMessageContaining("unified social credit code")
                    .hasMessageContaining("expected 3, got 4");
            assertThat(UnifiedSocialCreditCode.tryParse(WRONG_CHECK)).isEmpty();
        }
    }
}
