package io.yudex.standards.division;

import io.yudex.standards.division.Division.Level;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class DivisionCodesTest {

    @Nested
    class LevelOf {

        @Test
        void levelOf_whenEachTier_readsTheStructure() {
            assertThat(DivisionCodes.levelOf("410000")).isEqualTo(Level.PROVINCE);
            assertThat(DivisionCodes.levelOf("410100")).isEqualTo(Level.CITY);
            assertThat(DivisionCodes.levelOf("410102")).isEqualTo(Level.COUNTY);
            assertThat(DivisionCodes.levelOf("419001")).isEqualTo(Level.COUNTY);
            assertThat(DivisionCodes.levelOf("419000")).isEqualTo(Level.CITY);
        }

        @Test
        void levelOf_whenMalformed_throwsQuotingTheInput() {
            for (String bad : new String[] {null, "", "41010", "4101020", "41010A", "000101", "４１０１０２"}) {
                assertThatThrownBy(() -> DivisionCodes.levelOf(bad))
                        .isInstanceOf(IllegalArgumentException.class)
                        .hasMessage("Not a six-digit division code: '" + bad + "'");
            }
        }
    }

    @Nested
    class Generalise {

        @Test
        void generalise_whenCounty_dropsDigitsToTheLevel() {
            assertThat(DivisionCodes.generalise("410105", Level.COUNTY)).isEqualTo("410105");
            assertThat(DivisionCodes.generalise("410105", Level.CITY)).isEqualTo("410100");
            assertThat(DivisionCodes.generalise("410105", Level.PROVINCE)).isEqualTo("410000");
        }

        @Test
        void generalise_whenAlreadyCoarser_returnsUnchanged() {
            assertThat(DivisionCodes.generalise("410100", Level.COUNTY)).isEqualTo("410100");
            assertThat(DivisionCodes.generalise("410000", Level.CITY)).isEqualTo("410000");
        }

        @Test
        void generalise_agreesWithTheTableForEveryCounty() {
            DivisionRegistry registry = DivisionRegistry.loadDefault();
            for (Division county : registry.ofLevel(Level.COUNTY)) {
                assertThat(DivisionCodes.provinceCodeOf(county.code())).isEqualTo(registry.province(county.code()).code());
                Division parent = registry.parent(county.code()).orElseThrow();
                if (parent.level() == Level.CITY) {
                    assertThat(DivisionCodes.generalise(county.code(), Level.CITY)).isEqualTo(parent.code());
                }
            }
        }
    }

    @Nested
    class NewDivision {

        @Test
        void new_whenLevelContradictsCode_throws() {
            assertThatThrownBy(() -> new Division("410100", "郑州市", Level.COUNTY, "410000"))
                    .isInstanceOf(IllegalArgumentException.class)
                    .hasMessage("Division 410100 is CITY by its code, not COUNTY");
        }

        @Test
        void new_whenParentPresenceWrong_throws() {
            assertThatThrownBy(() -> new Division("410102", "中原区", Level.COUNTY, null))
                    .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("only provinces have none");
            assertThatThrownBy(() -> new Division("410000", "河南省", Level.PROVINCE, "100000"))
                    .isInstanceOf(IllegalArgumentException.class);
        }
    }
}
