package io.yudex.exchange;

import static org.assertj.core.api.Assertions.assertThat;

import io.yudex.standards.masking.HmacKey;
import io.yudex.standards.masking.MaskingRule;
import org.junit.jupiter.api.Test;

class MaskStrictnessTest {

    private static MaskingRule r(String spec) {
        return MaskingRule.parse(spec, HmacKey.of(new byte[32]));
    }

    @Test
    void levels_orderKeepGeneralisePartialPseudonymNullify() {
        assertThat(MaskStrictness.atLeastAsStrict(r("NULLIFY"), r("HASH(SM3)"))).isTrue();
        assertThat(MaskStrictness.atLeastAsStrict(r("HASH(SM3)"), r("MASK_SHOW_FIRST_LAST(6,4)"))).isTrue();
        assertThat(MaskStrictness.atLeastAsStrict(r("MASK_SHOW_FIRST_LAST(6,4)"), r("DATE_SHOW_YEAR"))).isTrue();
        assertThat(MaskStrictness.atLeastAsStrict(r("DATE_SHOW_YEAR"), null)).isTrue();
        assertThat(MaskStrictness.atLeastAsStrict(null, r("DATE_SHOW_YEAR"))).isFalse();
        assertThat(MaskStrictness.atLeastAsStrict(r("MASK_SHOW_FIRST_LAST(6,4)"), r("HASH"))).isFalse();
    }

    @Test
    void partialRules_showingMoreCharacters_areLooser() {
        assertThat(MaskStrictness.atLeastAsStrict(r("SHOW_LAST_4"), r("MASK_SHOW_FIRST_LAST(6,4)"))).isTrue();
        assertThat(MaskStrictness.atLeastAsStrict(r("MASK_SHOW_FIRST_LAST(14,4)"), r("MASK_SHOW_FIRST_LAST(6,4)"))).isFalse();
        assertThat(MaskStrictness.stricter(r("MASK_SHOW_FIRST_LAST(14,4)"), r("MASK_SHOW_FIRST_LAST(6,4)"))).isEqualTo(r("MASK_SHOW_FIRST_LAST(6,4)"));
        assertThat(MaskStrictness.stricter(null, r("NULLIFY"))).isEqualTo(r("NULLIFY"));
    }

    @Test
    void choice_offersOnlyRulesStricterThanTheDefault_thatFitTheItem() {
        var id = new io.yudex.catalog.DataItem("sfzhm", "公民身份号码", io.yudex.catalog.DataType.CHARACTER, 18, true, true,
                io.yudex.catalog.Sensitivity.SENSITIVE_PERSONAL);
        MaskChoice c = MaskStrictness.choice(id);
        assertThat(c.defaultSpec()).isEqualTo("MASK_SHOW_FIRST_LAST(6,4)");
        assertThat(c.stricter()).containsExactly("MASK_SHOW_FIRST_LAST(1,0)", "SHOW_LAST_4", "HASH(SM3)", "NULLIFY");

        var name = new io.yudex.catalog.DataItem("xm", "姓名", io.yudex.catalog.DataType.CHARACTER, 50, true, false, io.yudex.catalog.Sensitivity.PERSONAL);
        assertThat(MaskStrictness.choice(name).stricter()).as("showing 4 characters is looser than the surname").containsExactly("HASH(SM3)", "NULLIFY");

        var born = new io.yudex.catalog.DataItem("csrq", "出生日期", io.yudex.catalog.DataType.DATE, null, false, false, io.yudex.catalog.Sensitivity.NONE);
        MaskChoice date = MaskStrictness.choice(born);
        assertThat(date.defaultSpec()).isNull();
        assertThat(date.stricter()).containsExactly("DATE_SHOW_YEAR", "HASH(SM3)", "NULLIFY");
        for (MaskChoice each : java.util.List.of(c, MaskStrictness.choice(name), date)) {
            each.stricter().forEach(spec -> assertThat(MaskStrictness.atLeastAsStrict(r(spec), each.defaultSpec() == null ? null : r(each.defaultSpec())))
                    .as(spec).isTrue());
        }
    }
}
