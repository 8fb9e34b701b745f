package io.yudex.opendata;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.yudex.opendata.KAnonymity.EquivalenceClass;
import io.yudex.opendata.KAnonymity.Generalisation;
import io.yudex.opendata.KAnonymity.Summary;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;

class KAnonymityTest {

    @Nested
    class Summarise {

        @Test
        void summarise_whenEveryClassReachesK_passes() {
            Summary s = KAnonymity.summarise(List.of(new EquivalenceClass(List.of("a"), 5), new EquivalenceClass(List.of("b"), 7)), 5);

            assertThat(s.passes()).isTrue();
            assertThat(s.classes()).isEqualTo(2);
            assertThat(s.violatingRows()).isZero();
        }

        @Test
        void summarise_whenClassesAreSmall_countsThemAndTheirRecordsSmallestFirst() {
            Summary s = KAnonymity.summarise(List.of(new EquivalenceClass(List.of("a"), 4), new EquivalenceClass(List.of("b"), 9),
                    new EquivalenceClass(List.of("c"), 1)), 5);

            assertThat(s.passes()).isFalse();
            assertThat(s.violatingClasses()).isEqualTo(2);
            assertThat(s.violatingRows()).isEqualTo(5);
            assertThat(s.smallest()).extracting(EquivalenceClass::values).containsExactly(List.of("c"), List.of("a"));
        }

        @Test
        void summarise_withKBelowOne_isRefused() {
            assertThatThrownBy(() -> KAnonymity.summarise(List.of(), 0)).isInstanceOf(IllegalArgumentException.class).hasMessageContaining("k");
        }

        @Test
        void classes_countsIdenticalRecordsTogether() {
            var classes = KAnonymity.classes(List.of(List.of("1990", "410105"), List.of("1990", "410105"), List.of("1991", "410105")));

            assertThat(classes).containsExactly(new EquivalenceClass(List.of("1990", "410105"), 2), new EquivalenceClass(List.of("1991", "410105"), 1));
        }
    }

    @Nested
    class Suggest {

        /** People with full birth dates and county codes: unique as they are, k-anonymous once generalised. */
        private final List<String[]> people = generated();

        private static List<String[]> generated() {
            Random random = new Random(7);
            String[] counties = {"410102", "410103", "410105", "410302", "410303"};
            List<String[]> out = new ArrayList<>();
            for (int i = 0; i < 400; i++) {
                int year = 1980 + random.nextInt(4);
                out.add(new String[] {String.format("%d-%02d-%02d", year, 1 + random.nextInt(12), 1 + random.nextInt(28)),
                        counties[random.nextInt(counties.length)]});
            }
            return out;
        }

        private Summary evaluate(Map<String, Generalisation> g, int k) {
            List<List<String>> records = new ArrayList<>();
            for (String[] p : people) {
                List<String> r = new ArrayList<>();
                if (g.get("birth") != Generalisation.SUPPRESS) {
                    r.add(g.get("birth") == Generalisation.YEAR ? p[0].substring(0, 4) : p[0]);
                }
                if (g.get("county") != Generalisation.SUPPRESS) {
                    r.add(switch (g.get("county")) {
                        case CITY -> p[1].substring(0, 4) + "00";
                        case PROVINCE -> p[1].substring(0, 2) + "0000";
                        default -> p[1];
                    });
                }
                records.add(r);
            }
            return KAnonymity.summarise(KAnonymity.classes(records), k);
        }

        private Map<String, List<Generalisation>> options() {
            Map<String, List<Generalisation>> o = new LinkedHashMap<>();
            o.put("birth", List.of(Generalisation.YEAR, Generalisation.SUPPRESS));
            o.put("county", List.of(Generalisation.CITY, Generalisation.PROVINCE, Generalisation.SUPPRESS));
            return o;
        }

        @Test
        void suggest_findsTheLeastLossyPassingGeneralisation() {
            assertThat(evaluate(Map.of("birth", Generalisation.NONE, "county", Generalisation.NONE), 5).passes()).isFalse();

            var s = KAnonymity.suggest(options(), g -> evaluate(g, 5), 24).orElseThrow();

            // 4 birth years x 5 counties = 20 classes of ~20 people: year alone is enough, the county stays
            assertThat(s.generalisations()).containsEntry("birth", Generalisation.YEAR).containsEntry("county", Generalisation.NONE);
            assertThat(s.summary().passes()).isTrue();
        }

        @Test
        void suggest_whenKIsHigh_coarsensMore() {
            var s = KAnonymity.suggest(options(), g -> evaluate(g, 60), 24).orElseThrow();

            // 20 classes of ~20 are too small for k = 60; year x city (2 cities) gives 8 classes of ~50, still too small
            assertThat(KAnonymity.loss(s.generalisations())).isGreaterThan(KAnonymity.loss(Map.of("birth", Generalisation.YEAR)));
            assertThat(s.summary().passes()).isTrue();
        }

        @Test
        void suggest_whenNothingWithinTheTriesPasses_isEmpty() {
            assertThat(KAnonymity.suggest(options(), g -> evaluate(g, 100_000), 24)).isEmpty();
        }
    }
}
