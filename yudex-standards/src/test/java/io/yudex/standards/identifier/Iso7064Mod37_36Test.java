package io.yudex.standards.identifier;

import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;

import java.util.Random;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class Iso7064Mod37_36Test {

    private static final String E_LICENCE_DATA = "11100000000013338W011" + "11430000006122244L" + "20230000403" + "001";

    @Nested
    class CheckChar {

        @Test
        void checkChar_whenGbT36904Example_isU() {
            assertThat(Iso7064Mod37_36.checkChar(E_LICENCE_DATA)).isEqualTo('U');
        }

        @Test
        void checkChar_whenGridExampleFromAnotherStandard_isM() {
            // GRid (Global Release Identifier) also uses MOD 37,36: A1-2425G-ABC1234002-M
            assertThat(Iso7064Mod37_36.checkChar("A12425GABC1234002")).isEqualTo('M');
        }

        @Test
        void checkChar_whenCharacterOutsideAlphabet_throwsNamingIt() {
            assertThatThrownBy(() -> Iso7064Mod37_36.checkChar("ab1"))
                    .isInstanceOf(IllegalArgumentException.class)
                    .hasMessageContaining("'a' at position 1");
            assertThatThrownBy(() -> Iso7064Mod37_36.checkChar("A*1"))
                    .isInstanceOf(IllegalArgumentException.class)
                    .hasMessageContaining("'*' at position 2");
            assertThatThrownBy(() -> Iso7064Mod37_36.checkChar("")).isInstanceOf(IllegalArgumentException.class);
        }

        @Test
        void checkChar_isNeverStarAndCoversTheAlphabet() {
            Random random = new Random(37);
            java.util.Set<Character> seen = new java.util.HashSet<>();
            for (int n = 0; n < 5_000; n++) {
                seen.add(Iso7064Mod37_36.checkChar(randomData(random, 1 + random.nextInt(40))));
            }
            assertThat(seen).hasSize(36).doesNotContain('*');
        }
    }

    @Nested
    class IsValid {

        @Test
        void isValid_whenExampleWithCheck_isTrueAndWrongCheckFalse() {
            assertThat(Iso7064Mod37_36.isValid(E_LICENCE_DATA + "U")).isTrue();
            assertThat(Iso7064Mod37_36.isValid(E_LICENCE_DATA + "V")).isFalse();
        }

        @Test
        void isValid_whenMalformed_isFalseNotException() {
            assertThat(Iso7064Mod37_36.isValid(null)).isFalse();
            assertThat(Iso7064Mod37_36.isValid("U")).isFalse();
            assertThat(Iso7064Mod37_36.isValid("abcU")).isFalse();
        }

        @Test
        void isValid_whenAnySingleCharacterSubstituted_isFalse() {
            Random random = new Random(3736);
            for (int n = 0; n < 40; n++) {
                String data = randomData(random, 10 + random.nextInt(20));
                String valid = data + Iso7064Mod37_36.checkChar(data);
                assertThat(Iso7064Mod37_36.isValid(valid)).isTrue();
                assertThat(Fixtures.singleSubstitutions(valid, Iso7064Mod37_36.ALPHABET))
                        .allSatisfy(mutant -> assertThat(Iso7064Mod37_36.isValid(mutant)).as(mutant).isFalse());
            }
        }
    }

    private static String randomData(Random random, int length) {
        StringBuilder out = new StringBuilder();
        for (int i = 0; i < length; i++) {
            out.append(Iso7064Mod37_36.ALPHABET.charAt(random.nextInt(36)));
        }
        return out.toString();
    }
}
