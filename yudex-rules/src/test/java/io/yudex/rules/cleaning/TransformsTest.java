package io.yudex.rules.cleaning;

import io.yudex.rules.UnknownCheckException;
import org.junit.jupiter.api.Test;

import java.util.List;
import java.util.Map;
import java.util.Set;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class TransformsTest {

    @Test
    void clean_whenIdHasFullWidthDigitsSpacesAndLowerX_recordsEachStep() {
        Cleaned cleaned = Transforms.clean(Transform.forIdentifiers(), "　１１０１０５１９４９１２３１００２x ");

        assertThat(cleaned.value()).isEqualTo("11010519491231002X");
        assertThat(cleaned.changes()).extracting(Change::transform).containsExactly("half-width", "trim", "id-upper-x");
        assertThat(cleaned.changes().getLast().before()).isEqualTo("11010519491231002x");
    }

    @Test
    void clean_whenAlreadyClean_recordsNothing() {
        assertThat(Transforms.clean(Transform.forIdentifiers(), "11010519491231002X").changed()).isFalse();
    }

    @Test
    void trim_collapsesInnerWhiteSpace() {
        assertThat(Transforms.apply(new Transform.Trim(), "  郑州市　 金水区\t路 ")).isEqualTo("郑州市 金水区 路");
    }

    @Test
    void nullLikes_mapsPlaceholdersToNullAndKeepsValues() {
        Transform t = new Transform.NullLikes(Transform.NullLikes.DEFAULT);
        for (String placeholder : List.of("无", "NULL", "null", " / ", "-", "", "N/A")) {
            assertThat(Transforms.apply(t, placeholder)).as(placeholder).isNull();
        }
        assertThat(Transforms.apply(t, "无锡")).isEqualTo("无锡");
    }

    @Test
    void unifyDate_whenCommonChineseFormats_writesIso() {
        Transform t = new Transform.UnifyDate();
        for (String raw : List.of("2023/1/5", "2023.01.05", "2023-1-5", "2023年1月5日", "20230105", " 2023 年 1 月 5 日")) {
            assertThat(Transforms.apply(t, raw)).as(raw).isEqualTo("2023-01-05");
        }
    }

    @Test
    void unifyDate_whenDayDoesNotExistOrNotADate_leavesItForTheChecks() {
        Transform t = new Transform.UnifyDate();
        assertThat(Transforms.apply(t, "2023/2/30")).isEqualTo("2023/2/30");
        assertThat(Transforms.apply(t, "明天")).isEqualTo("明天");
    }

    @Test
    void stripPhonePrefix_dropsInternationalPrefixes() {
        Transform t = new Transform.StripPhonePrefix();
        assertThat(Transforms.apply(t, "+86 13812345678")).isEqualTo("13812345678");
        assertThat(Transforms.apply(t, "0086-13812345678")).isEqualTo("13812345678");
        assertThat(Transforms.apply(t, "8613812345678")).isEqualTo("13812345678");
        assertThat(Transforms.apply(t, "86123")).isEqualTo("86123");
    }

    @Test
    void codeMap_sexWordsToGbT2261Codes() {
        for (Map.Entry<String, String> e : Map.of("男", "1", "女", "2", "1", "1", "2", "2", "女性", "2").entrySet()) {
            assertThat(Transforms.apply(CodeMappings.SEX, e.getKey())).as(e.getKey()).isEqualTo(e.getValue());
        }
        assertThat(Transforms.clean(List.of(CodeMappings.SEX), "男").changes().getFirst().transform())
                .isEqualTo("code-map:sex→GB/T 2261.1");
    }

    @Test
    void maps_roundTripEveryTransform() {
        List<Transform> all = List.of(new Transform.Trim(), new Transform.HalfWidth(), new Transform.IdUpperX(), new Transform.UnifyDate(),
                new Transform.StripPhonePrefix(), new Transform.NullLikes(Transform.NullLikes.DEFAULT), new Transform.NullLikes(Set.of("?")),
                CodeMappings.SEX, new Transform.CodeMap("yes-no", Map.of("是", "1", "否", "0")));
        for (Transform t : all) {
            assertThat(Transforms.of(Transforms.toMap(t))).as(t.name()).isEqualTo(t);
        }
    }

    @Test
    void of_whenUnknown_throws() {
        assertThatThrownBy(() -> Transforms.of(Map.of("transform", "soundex"))).isInstanceOf(UnknownCheckException.class);
    }
}
