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
}
