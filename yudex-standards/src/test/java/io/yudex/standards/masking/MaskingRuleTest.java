package io.yudex.standards.masking;

import io.yudex.standards.division.Division.Level;
import io.yudex.standards.identifier.CitizenIdNumber;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;

import java.time.LocalDate;
import java.util.List;
import java.util.stream.IntStream;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class MaskingRuleTest {

    private static final HmacKey KEY = HmacKey.of(bytes(0, 32));
    /** U+20000, a Han character outside the BMP: two UTF-16 chars, one code point. */
    private static final String EXT_B = new String(Character.toChars(0x20000));

    private static final List<MaskingRule> EVERY_RULE = List.of(new MaskingRule.Mask(), new MaskingRule.ShowFirst(1),
            new MaskingRule.ShowLast(4), new MaskingRule.MaskShowFirstLast(6, 4), new MaskingRule.Hash(KEY),
            new MaskingRule.Nullify(), new MaskingRule.DateShowYear(), new MaskingRule.GeneraliseDivision(Level.CITY),
            new MaskingRule.GeneraliseAddress());

    @Nested
    class AnyRule {

        @Test
        void apply_whenNull_returnsNull() {
            assertThat(EVERY_RULE).allSatisfy(rule -> assertThat(rule.apply(null)).as(rule.spec()).isNull());
        }

        @Test
        void spec_whenParsedBack_givesAnEqualRule() {
            assertThat(EVERY_RULE).allSatisfy(rule -> assertThat(MaskingRule.parse(rule.spec(), KEY)).isEqualTo(rule));
        }
    }

    @Nested
    class Mask {

        private final MaskingRule mask = new MaskingRule.Mask();

        @Test
        void apply_whenLatinAndDigits_usesRangerClasses() {
            assertThat(mask.apply("Abc-123 z.Q")).isEqualTo("Xxx-nnn x.X");
        }

        @Test
        void apply_whenHanCharacters_starsThemRatherThanKeeping() {
            assertThat(mask.apply("张三丰, 1949")).isEqualTo("***, nnnn");
        }

        @Test
        void apply_whenSupplementaryCharacters_keepsCodePointCount() {
            assertThat(mask.apply("a" + EXT_B + "😀")).isEqualTo("x*😀");
        }
    }

    @Nested
    class ShowFirstAndLast {

        @Test
        void showFirst_whenChineseName_showsSurnameOnly() {
            assertThat(new MaskingRule.ShowFirst(1).apply("张三丰")).isEqualTo("张**");
        }

        @Test
        void showFirst_whenSupplementaryCharacter_neverSplitsIt() {
            String name = EXT_B + "三" + EXT_B;

            assertThat(new MaskingRule.ShowFirst(1).apply(name)).isEqualTo(EXT_B + "**");
            assertThat(new MaskingRule.ShowLast(1).apply(name)).isEqualTo("**" + EXT_B);
        }

        @Test
        void showLast_whenMobile_showsLastFour() {
            assertThat(new MaskingRule.ShowLast(4).apply("13812345678")).isEqualTo("*******5678");
        }

        @Test
        void show_whenNothingWouldBeHidden_hidesEverything() {
            assertThat(new MaskingRule.ShowFirst(1).apply("张")).isEqualTo("*");
            assertThat(new MaskingRule.ShowLast(4).apply("1234")).isEqualTo("****");
            assertThat(new MaskingRule.ShowFirst(0).apply("abc")).isEqualTo("***");
            assertThat(new MaskingRule.ShowFirst(3).apply("")).isEmpty();
        }

        @Test
        void new_whenNegativeCount_throws() {
            assertThatThrownBy(() -> new MaskingRule.ShowFirst(-1))
                    .isInstanceOf(IllegalArgumentException.class).hasMessage("SHOW_FIRST count must be 0 or more, got -1");
        }
    }

    @Nested
    class MaskShowFirstLast {

        private final MaskingRule idRule = new MaskingRule.MaskShowFirstLast(6, 4);

        @Test
        void apply_whenCitizenId_followsChineseConvention() {
            String id = IntStream.range(0, 400).mapToObj(d -> LocalDate.of(1990, 1, 1).plusDays(d))
                    .map(d -> CitizenIdNumber.withCheckDigit("410105" + d.toString().replace("-", "") + "123"))
                    .filter(candidate -> candidate.endsWith("1234"))
                    .findFirst().orElseThrow();

            assertThat(idRule.apply(id)).isEqualTo("410105********1234");
        }

        @Test
        void apply_whenValueNotLongerThanShownParts_hidesEverything() {
            assertThat(idRule.apply("0123456789")).isEqualTo("**********");
            assertThat(idRule.apply("01234567890")).isEqualTo("012345*7890");
        }
    }

    @Nested
    class Hash {

        @Test
        void apply_whenRfc4231TestCase1_matchesKnownAnswer() {
            MaskingRule rule = new MaskingRule.Hash(HmacKey.of(filled(0x0b, 20)));

            assertThat(rule.apply("Hi There")).isEqualTo("b0344c61d8db38535ca8afceaf0bf12b881dc200c9833da726e9376c2e32cff7");
        }

        @Test
        void forManyValues_givesWhatApplyGives_fromSeveralThreads() throws Exception {
            MaskingRule.Hash rule = new MaskingRule.Hash(KEY);
            java.util.function.UnaryOperator<String> many = rule.forManyValues();
            java.util.List<java.util.concurrent.Future<Boolean>> checks = new java.util.ArrayList<>();
            try (var pool = java.util.concurrent.Executors.newFixedThreadPool(4)) {
                for (int t = 0; t < 4; t++) {
                    int offset = t;
                    checks.add(pool.submit(() -> IntStream.range(0, 500).mapToObj(i -> "张" + (i * 4 + offset))
                            .allMatch(v -> many.apply(v).equals(rule.apply(v)))));
                }
                for (var check : checks) {
                    assertThat(check.get()).isTrue();
                }
            }
            assertThat(many.apply(null)).isNull();
            assertThat(many.apply("Hi There")).isEqualTo(rule.apply("Hi There"));
        }

        @Test
        void apply_whenChinese_hashesUtf8Bytes() {
            assertThat(new MaskingRule.Hash(KEY).apply("张三丰"))
                    .isEqualTo("91eba94900d13099e23ccf2582b95f3d5569e3ca2fef5a40db247494ff0702ee");
        }

        @Test
        void apply_whenDifferentKeyOrValue_givesDifferentPseudonym() {
            MaskingRule rule = new MaskingRule.Hash(KEY);
            MaskingRule other = new MaskingRule.Hash(HmacKey.of(bytes(1, 32)));

            assertThat(rule.apply("a")).isEqualTo(rule.apply("a")).isNotEqualTo(rule.apply("b")).isNotEqualTo(other.apply("a"));
        }

        @Test
        void hmacKey_isCopiedShortKeysRejectedAndNeverPrinted() {
            byte[] material = bytes(0, 32);
            HmacKey key = HmacKey.of(material);
            String before = new MaskingRule.Hash(key).apply("x");
            material[0] = 42;

            assertThat(new MaskingRule.Hash(key).apply("x")).isEqualTo(before);
            assertThat(key.toString()).isEqualTo("HmacKey[32 bytes, redacted]");
            assertThat(key).isEqualTo(HmacKey.of(bytes(0, 32)));
            assertThatThrownBy(() -> HmacKey.of(new byte[15]))
                    .isInstanceOf(IllegalArgumentException.class).hasMessage("HMAC key must be at least 16 bytes, got 15");
        }
    }

    @Nested
    class Nullify {

        @Test
        void apply_always_returnsNull() {
            assertThat(new MaskingRule.Nullify().apply("张三丰")).isNull();
            assertThat(new MaskingRule.Nullify().apply("")).isNull();
        }
    }

    @Nested
    class DateShowYear {

        private final MaskingRule.DateShowYear rule = new MaskingRule.DateShowYear();

        @Test
        void apply_whenSupportedFormats_keepsYear() {
            for (String date : List.of("1949-12-31", "19491231", "1949/12/31", " 1949-12-31T08:00:00+08:00", "1949-12-31 23:59")) {
                assertThat(rule.apply(date)).as(date).isEqualTo("1949");
            }
        }

        @Test
        void apply_whenNotARealDate_failsClosedToNull() {
            for (String bad : List.of("2023-02-29", "19491331", "1949-12/31", "1949", "hello", "")) {
                assertThat(rule.apply(bad)).as(bad).isNull();
            }
            assertThat(rule.apply("2024-02-29")).isEqualTo("2024");
        }

        @Test
        void apply_whenLocalDate_becomesFirstOfJanuary() {
            assertThat(rule.apply(LocalDate.of(1949, 12, 31))).isEqualTo(LocalDate.of(1949, 1, 1));
            assertThat(rule.apply((LocalDate) null)).isNull();
        }
    }

    @Nested
    class GeneraliseDivision {

        @Test
        void apply_whenCountyCode_givesCodeAtLevel() {
            assertThat(new MaskingRule.GeneraliseDivision(Level.CITY).apply("410105")).isEqualTo("410100");
            assertThat(new MaskingRule.GeneraliseDivision(Level.PROVINCE).apply("410105")).isEqualTo("410000");
            assertThat(new MaskingRule.GeneraliseDivision(Level.COUNTY).apply("410105")).isEqualTo("410105");
        }

        @Test
        void apply_whenNbsStatisticalCode_usesFirstSixDigits() {
            assertThat(new MaskingRule.GeneraliseDivision(Level.COUNTY).apply("410105001001")).isEqualTo("410105");
            assertThat(new MaskingRule.GeneraliseDivision(Level.CITY).apply("410105001")).isEqualTo("410100");
        }

        @Test
        void apply_whenNotACode_failsClosedToNull() {
            for (String bad : List.of("41010", "4101050", "41010A", "000105", "河南省")) {
                assertThat(new MaskingRule.GeneraliseDivision(Level.CITY).apply(bad)).as(bad).isNull();
            }
        }
    }

    @Nested
    class GeneraliseAddress {

        private final MaskingRule rule = new MaskingRule.GeneraliseAddress();

        @Test
        void apply_whenFullAddress_keepsDownToTheCounty() {
            assertThat(rule.apply("河南省郑州市金水区花园路59号院3号楼")).isEqualTo("河南省郑州市金水区");
            assertThat(rule.apply("河南省洛阳市嵩县城关镇")).isEqualTo("河南省洛阳市嵩县");
            assertThat(rule.apply("内蒙古自治区锡林郭勒盟正蓝旗上都镇")).isEqualTo("内蒙古自治区锡林郭勒盟正蓝旗");
            assertThat(rule.apply("河南省济源市沁园路1号")).as("a county-level city under the province").isEqualTo("河南省济源市");
        }

        @Test
        void apply_whenNoCountyPart_failsClosed() {
            assertThat(rule.apply("花园路59号")).isNull();
            assertThat(rule.apply("")).isNull();
        }
    }

    @Nested
    class HashSm3 {

        @Test
        void parse_givesTheSm3Rule_andItsSpecRoundTrips() {
            MaskingRule rule = MaskingRule.parse("hash(sm3)", KEY);
            assertThat(rule).isEqualTo(new MaskingRule.Hash(KEY, "HmacSM3"));
            assertThat(rule.spec()).isEqualTo("HASH(SM3)");
        }

        @Test
        void apply_withoutAProviderForSm3_throwsRatherThanPassTheValue() {
            org.junit.jupiter.api.Assumptions.assumeTrue(java.security.Security.getProviders("Mac.HmacSM3") == null);
            assertThatThrownBy(() -> new MaskingRule.Hash(KEY, "HmacSM3").apply("410105198801150011"))
                    .isInstanceOf(IllegalStateException.class).hasMessageContaining("HmacSM3");
        }

        @Test
        void construct_whenOtherAlgorithm_throws() {
            assertThatThrownBy(() -> new MaskingRule.Hash(KEY, "HmacMD5")).isInstanceOf(IllegalArgumentException.class);
        }
    }

    @Nested
    class Parse {

        @Test
        void parse_whenEachForm_givesTheRule() {
            assertThat(MaskingRule.parse("MASK")).isEqualTo(new MaskingRule.Mask());
            assertThat(MaskingRule.parse("SHOW_FIRST_1")).isEqualTo(new MaskingRule.ShowFirst(1));
            assertThat(MaskingRule.parse("SHOW_LAST_4")).isEqualTo(new MaskingRule.ShowLast(4));
            assertThat(MaskingRule.parse("MASK_SHOW_FIRST_LAST(6,4)")).isEqualTo(new MaskingRule.MaskShowFirstLast(6, 4));
            assertThat(MaskingRule.parse("HASH", KEY)).isEqualTo(new MaskingRule.Hash(KEY));
            assertThat(MaskingRule.parse("NULLIFY")).isEqualTo(new MaskingRule.Nullify());
            assertThat(MaskingRule.parse("DATE_SHOW_YEAR")).isEqualTo(new MaskingRule.DateShowYear());
            assertThat(MaskingRule.parse("GENERALISE_DIVISION(PROVINCE)"))
                    .isEqualTo(new MaskingRule.GeneraliseDivision(Level.PROVINCE));
            assertThat(MaskingRule.parse("GENERALISE_DIVISION")).isEqualTo(new MaskingRule.GeneraliseDivision(Level.CITY));
        }

        @Test
        void parse_whenLowerCaseOrSpaced_normalises() {
            assertThat(MaskingRule.parse(" show_last_4 ")).isEqualTo(new MaskingRule.ShowLast(4));
            assertThat(MaskingRule.parse("mask_show_first_last( 6 , 4 )")).isEqualTo(new MaskingRule.MaskShowFirstLast(6, 4));
        }

        @Test
        void parse_whenRangerNames_acceptsThem() {
            assertThat(MaskingRule.parse("MASK_SHOW_LAST_4")).isEqualTo(new MaskingRule.ShowLast(4));
            assertThat(MaskingRule.parse("MASK_SHOW_FIRST_4")).isEqualTo(new MaskingRule.ShowFirst(4));
            assertThat(MaskingRule.parse("MASK_NULL")).isEqualTo(new MaskingRule.Nullify());
            assertThat(MaskingRule.parse("MASK_DATE_SHOW_YEAR")).isEqualTo(new MaskingRule.DateShowYear());
            assertThat(MaskingRule.parse("MASK_HASH", KEY)).isEqualTo(new MaskingRule.Hash(KEY));
        }

        @Test
        void parse_whenUnknown_namesItAndTheAcceptedForms() {
            for (String bad : List.of("SHOW_MIDDLE_2", "MASK_NONE", "CUSTOM", "SHOW_FIRST_-1", "MASK_SHOW_FIRST_LAST(6)")) {
                assertThatThrownBy(() -> MaskingRule.parse(bad))
                        .isInstanceOf(IllegalArgumentException.class)
                        .hasMessageStartingWith("Unknown masking rule '" + bad + "'; expected one of MASK, SHOW_FIRST_n");
            }
        }

        @Test
        void parse_whenHashWithoutKey_explainsHowToGiveOne() {
            assertThatThrownBy(() -> MaskingRule.parse("HASH"))
                    .isInstanceOf(IllegalArgumentException.class)
                    .hasMessage("Masking rule 'HASH' needs a key: call MaskingRule.parse(spec, HmacKey)");
        }

        @Test
        void parse_whenUnknownLevelOrEmpty_throws() {
            assertThatThrownBy(() -> MaskingRule.parse("GENERALISE_DIVISION(TOWN)"))
                    .isInstanceOf(IllegalArgumentException.class)
                    .hasMessageContaining("Unknown division level 'TOWN'");
            assertThatThrownBy(() -> MaskingRule.parse(" ")).isInstanceOf(IllegalArgumentException.class)
                    .hasMessageStartingWith("Masking rule is empty");
            assertThatThrownBy(() -> MaskingRule.parse(null)).isInstanceOf(IllegalArgumentException.class);
        }
    }

    private static byte[] bytes(int start, int length) {
        byte[] out = new byte[length];
        for (int i = 0; i < length; i++) {
            out[i] = (byte) (start + i);
        }
        return out;
    }

    private static byte[] filled(int value, int length) {
        byte[] out = new byte[length];
        java.util.Arrays.fill(out, (byte) value);
        return out;
    }
}
