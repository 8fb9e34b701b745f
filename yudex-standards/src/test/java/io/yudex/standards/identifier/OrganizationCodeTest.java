package io.yudex.standards.identifier;

import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;

import java.util.HashMap;
import java.util.Map;
import java.util.Random;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class OrganizationCodeTest {

    @Nested
    class Validate {

        @Test
        void validate_whenExampleWithOrWithoutHyphen_isValid() {
            for (String form : new String[] {"D2143569-X", "D2143569X", " d2143569-x ", Fixtures.fullWidth("D2143569-X")}) {
                ValidationResult result = OrganizationCode.validate(form);
                assertThat(result.valid()).as(form).isTrue();
                assertThat(result.normalised()).isEqualTo("D2143569X");
            }
        }

        @Test
        void validate_whenCheckWrong_reportsExpectedAndActual() {
            ValidationResult result = OrganizationCode.validate("D2143569-1");

            assertThat(result.errorCodes()).containsExactly(Problem.CHECK_DIGIT);
            assertThat(result.errors().getFirst().message()).isEqualTo("check character: expected X, got 1");
        }

        @Test
        void validate_whenHyphenMisplacedOrLengthWrong_reportsLength() {
            assertThat(OrganizationCode.validate("D214-3569X").errorCodes()).contains(Problem.LENGTH);
            assertThat(OrganizationCode.validate("D2143569").errorCodes()).containsExactly(Problem.LENGTH);
        }

        @Test
        void validate_whenLetterAsCheck_reportsCharacters() {
            ValidationResult result = OrganizationCode.validate("D2143569A");

            assertThat(result.errorCodes()).containsExactly(Problem.CHARACTERS);
            assertThat(result.errors().getFirst().message()).contains("9 ('A')");
        }

        @Test
        void validate_whenAnyDigitSubstituted_reportsCheckDigit() {
            Random random = new Random(11714);
            for (int n = 0; n < 200; n++) {
                String code = OrganizationCode.withCheckChar(String.format("%08d", random.nextInt(100_000_000)));
                for (String mutant : Fixtures.singleSubstitutions(code.substring(0, 8), "0123456789")) {
                    assertThat(OrganizationCode.validate(mutant + code.charAt(8)).errorCodes())
                            .as(mutant).containsExactly(Problem.CHECK_DIGIT);
                }
            }
        }
    }

    @Nested
    class CheckChar {

        @Test
        void checkChar_agreesWithStandardFormulaIncludingXAndZero() {
            int[] weights = {3, 7, 9, 10, 5, 8, 4, 2};
            Random random = new Random(1997);
            Map<String, Integer> seen = new HashMap<>();
            for (int n = 0; n < 5_000; n++) {
                StringBuilder body = new StringBuilder();
                int sum = 0;
                for (int i = 0; i < 8; i++) {
                    int value = random.nextInt(36);
                    body.append(Character.toUpperCase(Character.forDigit(value, 36)));
                    sum += value * weights[i];
                }
                int check = 11 - sum % 11;
                String expected = check == 10 ? "X" : check == 11 ? "0" : String.valueOf(check);
                assertThat(OrganizationCode.checkChar(body.toString())).as(body.toString()).isEqualTo(expected);
                seen.merge(expected, 1, Integer::sum);
            }
            assertThat(seen).containsKeys("X", "0").hasSize(11);
        }

        @Test
        void checkChar_whenBodyMalformed_throws() {
            assertThatThrownBy(() -> OrganizationCode.checkChar("d2143569"))
                    .isInstanceOf(IllegalArgumentException.class)
                    .hasMessageContaining("8 characters 0-9 or A-Z");
        }
    }

    @Nested
    class Parse {

        @Test
        void parse_whenValid_formatsWithHyphen() {
            OrganizationCode code = OrganizationCode.parse("d2143569x");

            assertThat(code.value()).isEqualTo("D2143569X");
            assertThat(code.formatted()).isEqualTo("D2143569-X");
        }

        @Test
        void parse_whenInvalid_throws() {
            assertThatThrownBy(() -> OrganizationCode.parse("D2143569-1"))
                    .isInstanceOf(InvalidIdentifierException.class)
                    .hasMessageContaining("organisation code");
            assertThat(OrganizationCode.tryParse("D2143569-1")).isEmpty();
        }

        @Test
        void organizationCode_isCharactersNineToSeventeenOfAUscc() {
            String orgCode = OrganizationCode.withCheckChar("MA44XH1Y");
            assertThat(orgCode).doesNotEndWith("X"); // X is outside the USCC alphabet
            String uscc = UnifiedSocialCreditCode.withCheckChar("91410105" + orgCode);

            assertThat(UnifiedSocialCreditCode.parse(uscc).organizationCode()).contains(OrganizationCode.parse(orgCode));
        }
    }
}
