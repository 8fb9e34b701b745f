package io.yudex.synth;

import org.junit.jupiter.api.Test;

import java.lang.reflect.Field;
import java.util.SplittableRandom;

import static org.assertj.core.api.Assertions.assertThat;

class NamesTest {

    @Test
    void everyNameCharacter_hasASimilarOne_soTyposAreAlwaysPossible() throws ReflectiveOperationException {
        StringBuilder all = new StringBuilder(field("SURNAMES").replaceAll("[0-9 ]", ""));
        for (String pool : pools("MALE")) {
            all.append(pool);
        }
        for (String pool : pools("FEMALE")) {
            all.append(pool);
        }
        all.append(BusinessNames.TRADE);
        all.chars().forEach(c -> assertThat(Names.similar((char) c)).as(Character.toString(c)).isNotEqualTo((char) 0).isNotEqualTo((char) c));
    }

    @Test
    void names_areTwoToFourChineseCharacters() {
        SplittableRandom r = new SplittableRandom(1);
        for (int k = 0; k < 10_000; k++) {
            assertThat(Names.name(r, k % 2 == 0, 1930 + k % 94)).matches("\\p{IsHan}{2,4}");
        }
    }

    private static String field(String name) throws ReflectiveOperationException {
        Field f = Names.class.getDeclaredField(name);
        f.setAccessible(true);
        return (String) f.get(null);
    }

    private static String[] pools(String name) throws ReflectiveOperationException {
        Field f = Names.class.getDeclaredField(name);
        f.setAccessible(true);
        return (String[]) f.get(null);
    }
}
