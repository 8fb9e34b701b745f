package io.yudex.data;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import java.nio.charset.StandardCharsets;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;
import org.junit.jupiter.api.Test;

class ColumnSketchTest {

    private static void add(ColumnSketch sketch, String value) {
        byte[] bytes = value.getBytes(StandardCharsets.UTF_8);
        sketch.add(value, bytes, 0, bytes.length);
    }

    @Test
    void smallColumns_areCountedExactly() {
        ColumnSketch sketch = new ColumnSketch(ColumnType.VARCHAR);
        Map<String, Long> truth = new HashMap<>();
        Random random = new Random(7);
        for (int i = 0; i < 50_000; i++) {
            String v = "县" + (int) Math.abs(random.nextGaussian() * 40);
            truth.merge(v, 1L, Long::sum);
            add(sketch, v);
        }
        assertThat(sketch.exact()).isTrue();
        assertThat(sketch.distinct()).isEqualTo(truth.size());
        List<ColumnSketch.Candidate> top = sketch.candidates(5);
        assertThat(top).hasSize(5);
        for (ColumnSketch.Candidate c : top) {
            assertThat(c.count()).isEqualTo(truth.get((String) c.value()));
        }
        long fifth = top.get(4).count();
        assertThat(truth.values().stream().filter(n -> n > fifth).count()).isLessThanOrEqualTo(4);
    }

    @Test
    void distinctEstimate_iswithinTwoPerCent_onManyValues() {
        ColumnSketch sketch = new ColumnSketch(ColumnType.VARCHAR);
        for (int i = 0; i < 300_000; i++) {
            add(sketch, "41010519" + (700_000 + i) + "X");
        }
        assertThat((double) sketch.distinct()).isCloseTo(300_000, within(6_000.0));
        assertThat(sketch.exact()).isFalse();
    }

    @Test
    void aFrequentValue_survivesAmongUniqueOnes_andANearUniqueColumnStillOffersCandidates() {
        ColumnSketch sketch = new ColumnSketch(ColumnType.VARCHAR);
        for (int i = 0; i < 200_000; i++) {
            add(sketch, i % 10 == 0 ? "重复" : "唯一" + i);
        }
        assertThat(sketch.candidates(5).getFirst().value()).isEqualTo("重复");
        ColumnSketch unique = new ColumnSketch(ColumnType.VARCHAR);
        for (int i = 0; i < 5 * ColumnSketch.K + 1; i++) {
            add(unique, "唯一" + i);
        }
        assertThat(unique.candidates(5)).hasSize(5);
    }

    @Test
    void hash_dependsOnEveryByte_andOnlyOnTheRange() {
        byte[] a = "河南省郑州市金水区".getBytes(StandardCharsets.UTF_8);
        byte[] b = a.clone();
        b[b.length - 1]++;
        assertThat(ColumnSketch.hash(a, 0, a.length)).isNotEqualTo(ColumnSketch.hash(b, 0, b.length));
        assertThat(ColumnSketch.hash(a, 0, a.length - 1)).isEqualTo(ColumnSketch.hash(b, 0, b.length - 1));
        assertThat(ColumnSketch.hash(a, 0, 8)).isNotEqualTo(ColumnSketch.hash(a, 0, 9));
    }
}
