package io.yudex.standards.identifier;

import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class ELicenceIdentifierTest {

    private static final String EXAMPLE = "1.2.156.3005.2.11100000000013338W011.11430000006122244L.20230000403.001.U";

    @Nested
    class Validate {

        @Test
        void validate_whenStandardExample_isValid() {
            ValidationResult result = ELicenceIdentifier.validate(EXAMPLE);

            assertThat(result.errors()).isEmpty();
            assertThat(result.normalised()).isEqualTo(EXAMPLE);
        }

        @Test
        void validate_whenLowerCase_normalises() {
            assertThat(ELicenceIdentifier.validate(EXAMPLE.toLowerCase()).normalised()).isEqualTo(EXAMPLE);
        }

        @Test
        void validate_whenCheckWrong_reportsExpectedAndActual() {
            ValidationResult result = ELicenceIdentifier.validate(EXAMPLE.replaceAll("U$", "V"));

            assertThat(result.errorCodes()).containsExactly(Problem.CHECK_DIGIT);
            assertThat(result.errors().getFirst().message()).isEqualTo("check character: expected U, got V");
        }

        @Test
        void validate_whenAnyDataCharacterSubstituted_reportsCheckDigit() {
            int dataStart = ELicenceIdentifier.PREFIX.length() + 1;
            for (int i = dataStart; i < EXAMPLE.length() - 2; i++) {
                if (EXAMPLE.charAt(i) == '.') {
                    continue;
                }
                char replacement = EXAMPLE.charAt(i) == '1' ? '2' : '1';
                String mutant = EXAMPLE.substring(0, i) + replacement + EXAMPLE.substring(i + 1);
                assertThat(ELicenceIdentifier.validate(mutant).errorCodes()).as(mutant).contains(Problem.CHECK_DIGIT);
            }
        }

        @Test
        void validate_whenPartMissing_reportsFormat() {
            ValidationResult result = ELicenceIdentifier.validate(EXAMPLE.replace(".001", ""));

            assertThat(result.errorCodes()).containsExactly(Problem.FORMAT);
            assertThat(result.errors().getFirst().message()).isEqualTo("expected 10 dot-separated parts, got 9");
        }

        @Test
        void validate_whenPrefixWrong_reportsPrefix() {
            assertThat(ELicenceIdentifier.validate(EXAMPLE.replace("3005", "3006")).errorCodes())
                    .containsExactly(Problem.PREFIX);
        }

        @Test
        void validate_whenIssuerIsNotAValidUscc_reportsIssuerAndCheck() {
            ValidationResult result = ELicenceIdentifier.validate(EXAMPLE.replace("6122244L", "6122244M"));

            assertThat(result.errorCodes()).containsExactly(Problem.ISSUER, Problem.CHECK_DIGIT);
            assertThat(result.errors().getFirst().message()).contains("issuer (part 7)", "expected L, got M");
        }

        @Test
        void validate_whenVersionNotThreeDigitsOrSerialEmpty_reportsEach() {
            String badVersion = ELicenceIdentifier.PREFIX + ".11100000000013338W011.11430000006122244L.20230000403.01.U";
            String emptySerial = ELicenceIdentifier.PREFIX + ".11100000000013338W011.11430000006122244L..001.U";

            assertThat(ELicenceIdentifier.validate(badVersion).errorCodes()).contains(Problem.VERSION);
            assertThat(ELicenceIdentifier.validate(emptySerial).errorCodes()).contains(Problem.CHARACTERS);
        }

        @Test
        void validate_whenNull_reportsEmpty() {
            assertThat(ELicenceIdentifier.validate(null).errorCodes()).containsExactly(Problem.EMPTY);
        }
    }

    @Nested
    class Build {

        @Test
        void of_computesTheSameCheckAsTheExample() {
            ELicenceIdentifier id = ELicenceIdentifier.of("11100000000013338W011", "11430000006122244L", "20230000403", "001");

            assertThat(id.checkChar()).isEqualTo('U');
            assertThat(id.value()).isEqualTo(EXAMPLE);
        }

        @Test
        void of_whenNextVersion_yieldsAValidIdentifier() {
            ELicenceIdentifier v2 = ELicenceIdentifier.of("11100000000013338W011", "11430000006122244L", "20230000403", "002");

            assertThat(ELicenceIdentifier.validate(v2.value()).valid()).isTrue();
            assertThat(v2.value()).isNotEqualTo(EXAMPLE);
        }

        @Test
        void of_whenVersionMalformed_throws() {
            assertThatThrownBy(() -> ELicenceIdentifier.of("111", "11430000006122244L", "1", "1"))
                    .isInstanceOf(IllegalArgumentException.class)
                    .hasMessageContaining("version");
        }
    }

    @Nested
    class Parse {

        @Test
        void parse_whenValid_exposesParts() {
            ELicenceIdentifier id = ELicenceIdentifier.parse(EXAMPLE);

            assertThat(id.licenceTypeCode()).isEqualTo("11100000000013338W011");
            assertThat(id.issuer().regionCode()).isEqualTo("430000");
            assertThat(id.serial()).isEqualTo("20230000403");
            assertThat(id.version()).isEqualTo("001");
            assertThat(id.toString()).isEqualTo(EXAMPLE);
        }

        @Test
        void parse_whenInvalid_throws() {
            assertThatThrownBy(() -> ELicenceIdentifier.parse(EXAMPLE.replaceAll("U$", "V")))
                    .isInstanceOf(InvalidIdentifierException.class)
                    .hasMessageContaining("e-licence identifier");
            assertThat(ELicenceIdentifier.tryParse("nonsense")).isEmpty();
        }
    }
}
