package io.yudex.exchange;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.yudex.data.ColumnType;
import io.yudex.exchange.serving.Filter;
import io.yudex.exchange.serving.ServedColumn;
import io.yudex.platform.InvalidInputException;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

class DataQueryTest {

    private static final Map<String, ServedColumn> USABLE = new LinkedHashMap<>();

    static {
        USABLE.put("sfzhm", new ServedColumn("sfzhm", ColumnType.VARCHAR, true, true));
        USABLE.put("xm", new ServedColumn("xm", ColumnType.VARCHAR, false, false));
        USABLE.put("age", new ServedColumn("age", ColumnType.DECIMAL, false, false));
        USABLE.put("csrq", new ServedColumn("csrq", ColumnType.DATE, false, false));
    }

    private static DataQuery parse(String... kv) {
        Map<String, String> params = new LinkedHashMap<>();
        for (int i = 0; i < kv.length; i += 2) {
            params.put(kv[i], kv[i + 1]);
        }
        return DataQuery.parse(params, USABLE);
    }

    @Test
    void parse_eachOperator_givesTypedValues() {
        DataQuery q = parse("sfzhm", "41010519880115001X", "xm", "prefix:张", "age", "range:18,60", "csrq", "in:2001-01-01,2002-02-02");
        assertThat(q.filters()).containsExactly(new Filter("sfzhm", Filter.Op.EQ, List.of("41010519880115001X")),
                new Filter("xm", Filter.Op.PREFIX, List.of("张")),
                new Filter("age", Filter.Op.RANGE, List.of(new BigDecimal("18"), new BigDecimal("60"))),
                new Filter("csrq", Filter.Op.IN, List.of(LocalDate.of(2001, 1, 1), LocalDate.of(2002, 2, 2))));
        assertThat(parse("age", "range:,60").filters().getFirst().values()).isEqualTo(Arrays.asList(null, new BigDecimal("60")));
        assertThat(parse("xm", "eq:a:b").filters().getFirst().values()).containsExactly("a:b");
        assertThat(parse("xm", "10:30").filters().getFirst()).as("a colon alone is no operator")
                .isEqualTo(new Filter("xm", Filter.Op.EQ, List.of("10:30")));
    }

    @Test
    void parse_fieldsSortLimit_andTheBindingLeavesCursorAndLimitOut() {
        DataQuery q = parse("fields", "xm,sfzhm,xm", "sort", "age:desc", "limit", "50", "cursor", "abc", "xm", "张三");
        assertThat(q.fields()).containsExactly("xm", "sfzhm");
        assertThat(q.sort().item()).isEqualTo("age");
        assertThat(q.sort().descending()).isTrue();
        assertThat(q.limit()).isEqualTo(50);
        assertThat(q.cursor()).isEqualTo("abc");
        assertThat(q.binding()).isEqualTo(parse("xm", "张三", "sort", "age:desc", "fields", "xm,sfzhm,xm", "limit", "7").binding());
        assertThat(q.conditionItems()).containsExactly("xm", "age");
        assertThat(parse().fields()).containsExactly("sfzhm", "xm", "age", "csrq");
    }

    @Test
    void parse_unknownAndUngrantedItems_getTheSameAnswerInEveryParameter() {
        for (String[] bad : List.of(new String[] {"nosuch", "1"}, new String[] {"fields", "xm,nosuch"}, new String[] {"sort", "nosuch"},
                new String[] {"sort", "nosuch:desc"})) {
            assertThatThrownBy(() -> parse(bad)).isInstanceOf(InvalidInputException.class)
                    .hasMessageContaining("'nosuch' is not a data item you may use");
        }
    }

    @Test
    void parse_malformedInput_isRefusedWithoutEchoingTheValue() {
        for (String[] bad : List.of(new String[] {"age", "range:5"}, new String[] {"age", "range:,"}, new String[] {"age", "x' OR 1=1"},
                new String[] {"csrq", "2001-13-45"}, new String[] {"age", "prefix:1"}, new String[] {"xm", "prefix:"},
                new String[] {"limit", "0"}, new String[] {"limit", "1001"}, new String[] {"limit", "many"}, new String[] {"offset", "10"},
                new String[] {"sort", "age:sideways"}, new String[] {"xm", "in:" + "a,".repeat(100) + "a"}, new String[] {"xm", "x".repeat(1001)})) {
            assertThatThrownBy(() -> parse(bad)).as(String.join("=", bad)).isInstanceOf(InvalidInputException.class)
                    .satisfies(e -> assertThat(e.getMessage()).doesNotContain("OR 1=1"));
        }
    }
}
