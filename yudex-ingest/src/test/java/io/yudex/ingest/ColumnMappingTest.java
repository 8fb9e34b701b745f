package io.yudex.ingest;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.yudex.data.LoadMode;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

class ColumnMappingTest {

    private static final LoadTarget TARGET = LoaderTest.TARGET;

    @Test
    void of_matchesNamesCaseInsensitively_andChineseLabels() {
        ColumnMapping m = ColumnMapping.of(List.of("SFZHM", "姓名", "备注"), TARGET, LoadMode.FULL_REPLACE);
        assertThat(Arrays.stream(m.columnOf()).boxed().toList()).containsExactly(0, 1, -1);
        assertThat(m.ignoredColumns()).containsExactly("备注");
    }

    @Test
    void overrides_sendAColumnElsewhere_orIgnoreIt() {
        ColumnMapping m = ColumnMapping.of(List.of("身份证号", "名字", "姓名"), TARGET, LoadMode.FULL_REPLACE,
                Map.of("身份证号", "sfzhm", "名字", "姓名", "姓名", ""));
        assertThat(Arrays.stream(m.columnOf()).boxed().toList()).containsExactly(0, 1, -1);
        assertThat(m.ignoredColumns()).containsExactly("姓名");
    }

    @Test
    void override_toAnUnknownItem_namesIt() {
        assertThatThrownBy(() -> ColumnMapping.of(List.of("身份证号", "xm"), TARGET, LoadMode.FULL_REPLACE, Map.of("身份证号", "idcard")))
                .isInstanceOf(MappingException.class).hasMessageContaining("'idcard'");
    }

    @Test
    void override_leavingARequiredItemUnfed_isRefused() {
        assertThatThrownBy(() -> ColumnMapping.of(List.of("sfzhm", "xm"), TARGET, LoadMode.FULL_REPLACE, Map.of("xm", "")))
                .isInstanceOf(MappingException.class).hasMessageContaining("required");
    }

    @Test
    void suggest_givesTheAutomaticMatchPerColumn() {
        assertThat(ColumnMapping.suggest(List.of("公民身份号码", "x", "CSRQ"), TARGET)).containsExactly("sfzhm", null, "csrq");
    }
}
