package io.yudex.standards.identifier;

import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;

import java.time.Clock;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.List;
import java.util.Random;
import java.util.Set;
import java.util.stream.Collectors;
import java.util.stream.IntStream;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/** The MOD 11-2 check digit of citizen ID numbers, exercised on generated numbers. */
class CitizenIdCheckDigitTest {

    private static final String VALID_1880 = "440524188001010014";
    private static final ZoneId CHINA = ZoneId.of("Asia/Shanghai");
    private static final Clock CLOCK = Clock.fixed(LocalDate.of(2025, 6, 15).atStartOfDay(CHINA).toInstant(), CHINA);
    private static final CitizenIdValidator VALIDATOR = CitizenIdNumber.validator(CLOCK);

    @Nested
    class GeneratedNumbers {

        private final List<String> ids = Fixtures.randomCitizenIds(11643, 2_000);

        @Test
        void validate_whenGeneratedForEveryKindOfCounty_isValid() {
            assertThat(ids).allSatisfy(id -> assertThat(VALIDATOR.validate(id).errors()).as(id).isEmpty());
        }

        @Test
        void validate_whenAnySingleCharacterSubstituted_reportsCheckDigit() {
            for (String id : ids.subList(0, 100)) {
                for (String mutant : Fixtures.singleSubstitutions(id, "0123456789X")) {
                    if (mutant.indexOf('X') < 17) {
                        continue; // X inside the body is a CHARACTERS error, covered elsewhere
                    }
                    assertThat(VALIDATOR.validate(mutant).errorCodes()).as(mutant).contains(Problem.CHECK_DIGIT);
                }
            }
        }

        @Test
        void validate_whenAdjacentDigitsSwapped_reportsCheckDigit() {
            for (String id : ids.subList(0, 200)) {
                for (int i = 0; i < 16; i++) {
                    if (id.charAt(i) == id.charAt(i + 1)) {
                        continue;
                    }
                    String swapped = id.substring(0, i) + id.charAt(i + 1) + id.charAt(i) + id.substring(i + 2);
                    assertThat(VALIDATOR.validate(swapped).errorCodes()).as(swapped).contains(Problem.CHECK_DIGIT);
                }
            }
        }
    }

    @Nested
    class CheckDigit {

        @Test
        void checkDigit_whenStandardExample_isX() {
            assertThat(CitizenIdNumber.checkDigit("11010519491231002")).isEqualTo("X");
            assertThat(CitizenIdNumber.withCheckDigit("44052418800101001")).isEqualTo(VALID_1880);
        }

        @Test
        void checkDigit_agreesWithIso7064Mod11_2Definition() {
            Random random = new Random(7064);
            Set<String> seen = IntStream.range(0, 2_000).mapToObj(i -> randomDigits(random, 17))
                    .peek(body -> assertThat(CitizenIdNumber.checkDigit(body)).as(body).isEqualTo(mod11_2(body)))
                    .map(CitizenIdNumber::checkDigit)
                    .collect(Collectors.toSet());
            assertThat(seen).as("every check character occurs").hasSize(11);
        }

        @Test
        void checkDigit_whenNotSeventeenDigits_throws() {
            for (String bad : new String[] {null, "1101051949123100", "110105194912310021", "1101051949123100A"}) {
                assertThatThrownBy(() -> CitizenIdNumber.checkDigit(bad))
                        .isInstanceOf(IllegalArgumentException.class)
                        .hasMessageContaining("17 ASCII digits");
            }
        }

        /** ISO 7064 MOD 11-2 written from its definition: weights 2^(n-i) mod 11, check value (12 - S mod 11) mod 11. */
        private static String mod11_2(String body) {
            int sum = 0;
            for (int i = 0; i < body.length(); i++) {
                int weight = 1;
                for (int k = 0; k < body.length() - i; k++) {
                    weight = weight * 2 % 11;
                }
                sum += (body.charAt(i) - '0') * weight;
            }
            int value = (12 - sum % 11) % 11;
            return value == 10 ? "X" : String.valueOf(value);
        }

        private static String randomDigits(Random random, int length) {
            StringBuilder out = new StringBuilder();
            for (int i = 0; i < length; i++) {
                out.append((char) ('0' + random.nextInt(10)));
            }
            return out.toString();
        }
    }
}
