package io.yudex.standards.detect;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Optional;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class ChineseTextTest {

    @ParameterizedTest
    @CsvSource({
            "张三, CHINESE_NAME", "王小明, CHINESE_NAME", "欧阳娜娜, CHINESE_NAME", "司马光, CHINESE_NAME",
            "河南省郑州市金水区经三路1号, ADDRESS", "郑州市二七区大学路街道82号院3栋, ADDRESS", "开封市龙亭区北门大街, ADDRESS"})
    void recognises(String value, SensitiveKind kind) {
        assertThat(SensitiveDataDetector.detect(value)).contains(kind);
    }

    @ParameterizedTest
    @CsvSource({"河南省公安厅", "郑州市大数据管理局", "人口", "基础信息资源", "好的", "河南省郑州市金水区某某科技有限公司", "张三丰李四王五赵六"})
    void leavesOtherTextAlone(String value) {
        Optional<SensitiveKind> kind = SensitiveDataDetector.detect(value);
        assertThat(kind).isEmpty();
    }
}
