package io.yudex.catalog;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.api.Test;

class VocabularyTest {

    @Test
    void terms_areFoundByNameNationalCodeOrChineseLabel() {
        assertThat(ShareType.from("2")).isEqualTo(ShareType.CONDITIONAL);
        assertThat(ShareType.from("有条件共享")).isEqualTo(ShareType.CONDITIONAL);
        assertThat(ShareType.from("conditional")).isEqualTo(ShareType.CONDITIONAL);
        assertThat(DataType.from("D")).isEqualTo(DataType.DATE);
        assertThat(Library.from("社会信用")).isEqualTo(Library.SOCIAL_CREDIT);
    }

    @Test
    void unknownTerm_namesTheVocabulary() {
        assertThatThrownBy(() -> OpenType.from("有时开放")).isInstanceOf(IllegalArgumentException.class).hasMessageContaining("OpenType");
    }
}
