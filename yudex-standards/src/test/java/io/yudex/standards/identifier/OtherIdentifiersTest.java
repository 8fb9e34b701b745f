package io.yudex.standards.identifier;

import io.yudex.standards.division.Division;
import io.yudex.standards.division.DivisionRegistry;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;

import java.util.List;
import java.util.Random;
import java.util.Set;

import static org.assertj.core.api.Assertions.assertThat;

/** Division code, mobile, landline, postal code, e-mail, bank card and licence plate checks. */
class OtherIdentifiersTest {

    private static final DivisionRegistry REGISTRY = DivisionRegistry.loadDefault();

    @Nested
    class DivisionCodes {

        @Test
        void validate_whenCountyOfHenan_isValid() {
            assertThat(DivisionCode.validate("410105", REGISTRY, Division.Level.COUNTY).valid()).isTrue();
            assertThat(DivisionCode.validate("419001", REGISTRY, null).valid()).isTrue();
        }

        @Test
        void validate_whenNotInTable_reportsDivisionUnknown() {
            ValidationResult result = DivisionCode.validate("410199", REGISTRY, null);

            assertThat(result.errorCodes()).containsExactly(Problem.DIVISION_UNKNOWN);
            assertThat(result.errors().getFirst().message()).contains("410199");
        }

        @Test
        void validate_whenPlaceholderCity_saysWhy() {
            assertThat(DivisionCode.validate("110100", REGISTRY, null).errors().getFirst().message()).contains("placeholder");
        }

        @Test
        void validate_whenLevelWrong_reportsDivisionLevel() {
            ValidationResult result = DivisionCode.validate("410100", REGISTRY, Division.Level.COUNTY);

            assertThat(result.errorCodes()).containsExactly(Problem.DIVISION_LEVEL);
            assertThat(result.errors().getFirst().message()).contains("CITY", "COUNTY");
        }

        @Test
        void validate_whenMalformed_reportsLengthAndCharacters() {
            assertThat(DivisionCode.validate("41A1", REGISTRY, null).errorCodes()).containsExactly(Problem.LENGTH, Problem.CHARACTERS);
            assertThat(DivisionCode.validate("990000", REGISTRY, null).errorCodes()).containsExactly(Problem.REGION_CODE);
        }
    }

    @Nested
    class Mobiles {

        @Test
        void validate_whenPrefixedOrSpaced_normalisesToElevenDigits() {
            for (String raw : List.of("13812345678", "+86 138 1234 5678", "0086-13812345678", "8613812345678", "１３８１２３４５６７８")) {
                ValidationResult result = MobileNumber.validate(raw);
                assertThat(result.valid()).as(raw).isTrue();
                assertThat(result.normalised()).as(raw).isEqualTo("13812345678");
            }
        }

        @Test
        void validate_whenSegmentUnassigned_reportsNumberSegment() {
            assertThat(MobileNumber.validate("12012345678").errorCodes()).containsExactly(Problem.NUMBER_SEGMENT);
            assertThat(MobileNumber.validate("15412345678").errorCodes()).containsExactly(Problem.NUMBER_SEGMENT);
            assertThat(MobileNumber.validate("15412345678", Set.of("154")).valid()).isTrue();
        }

        @Test
        void validate_whenTooShortAndLetters_reportsBoth() {
            assertThat(MobileNumber.validate("1381234a").errorCodes()).containsExactly(Problem.LENGTH, Problem.CHARACTERS);
        }
    }

    @Nested
    class Landlines {

        @Test
        void validate_whenWrittenVariously_normalisesWithHyphen() {
            assertThat(LandlineNumber.validate("(0371)6789 1234").normalised()).isEqualTo("0371-67891234");
            assertThat(LandlineNumber.validate("+86 371 6789123").normalised()).isEqualTo("0371-6789123");
            assertThat(LandlineNumber.validate("010-87654321").normalised()).isEqualTo("010-87654321");
        }

        @Test
        void validate_whenBeijingNumberHasSevenDigits_reportsLength() {
            assertThat(LandlineNumber.validate("010-8765432").errorCodes()).containsExactly(Problem.LENGTH);
        }

        @Test
        void validate_whenNoAreaCode_reportsAreaCode() {
            assertThat(LandlineNumber.validate("67891234").errorCodes()).containsExactly(Problem.AREA_CODE);
            assertThat(LandlineNumber.validate("011-87654321").errorCodes()).containsExactly(Problem.AREA_CODE);
        }

        @Test
        void validate_whenLocalNumberStartsWithOne_reportsFormat() {
            assertThat(LandlineNumber.validate("0371-12345678").errorCodes()).containsExactly(Problem.FORMAT);
        }
    }

    @Nested
    class PostalCodes {

        @Test
        void validate_whenZhengzhou_isValid() {
            assertThat(PostalCode.validate("450000").valid()).isTrue();
        }

        @Test
        void validate_whenUnassignedArea_reportsRegionCode() {
            assertThat(PostalCode.validate("000123").errorCodes()).containsExactly(Problem.REGION_CODE);
            assertThat(PostalCode.validate("912345").errorCodes()).containsExactly(Problem.REGION_CODE);
            assertThat(PostalCode.validate("4500").errorCodes()).containsExactly(Problem.LENGTH);
        }
    }

    @Nested
    class Emails {

        @Test
        void validate_whenOrdinary_lowerCasesDomainOnly() {
            ValidationResult result = EmailAddress.validate(" Zhang.San@HA.GOV.CN ");

            assertThat(result.valid()).isTrue();
            assertThat(result.normalised()).isEqualTo("Zhang.San@ha.gov.cn");
        }

        @Test
        void validate_whenMalformed_reportsFormat() {
            for (String raw : List.of("zhangsan", "zhang..san@ha.gov.cn", "a@b", "a@-b.cn", "a@b.c1", "@ha.gov.cn", "张三@ha.gov.cn")) {
                assertThat(EmailAddress.validate(raw).errorCodes()).as(raw).contains(Problem.FORMAT);
            }
        }
    }

    @Nested
    class BankCards {

        @Test
        void validate_whenLuhnDigitRight_isValidAndWrongReportsExpected() {
            Random random = new Random(7812);
            for (int n = 0; n < 200; n++) {
                StringBuilder payload = new StringBuilder("62");
                int length = 16 + random.nextInt(4);
                while (payload.length() < length - 1) {
                    payload.append(random.nextInt(10));
                }
                char check = BankCardNumber.luhnCheckDigit(payload.toString());
                String card = payload.toString() + check;
                String wrong = payload.toString() + (char) ('0' + (check - '0' + 1) % 10);
                assertThat(BankCardNumber.validate(card).valid()).as(card).isTrue();
                assertThat(BankCardNumber.validate(wrong).errors().getFirst().message()).contains("expected " + check);
            }
        }

        @Test
        void validate_whenGroupedWithSpaces_normalises() {
            assertThat(BankCardNumber.validate("6222 0212 3456 7890 128").normalised()).isEqualTo("6222021234567890128");
        }

        @Test
        void validate_whenTooShort_reportsLength() {
            assertThat(BankCardNumber.validate("4222222222222").errorCodes()).containsExactly(Problem.LENGTH);
        }
    }

    @Nested
    class Plates {

        @Test
        void validate_whenOrdinaryNewEnergyOrSpecial_isValid() {
            for (String plate : List.of("豫A12345", "豫A·D12345", "豫A12345D", "豫AB123学", "粤Z1234港", "豫a 1234x")) {
                assertThat(LicencePlate.validate(plate).valid()).as(plate).isTrue();
            }
            assertThat(LicencePlate.validate("豫a·1234x").normalised()).isEqualTo("豫A1234X");
        }

        @Test
        void validate_whenLetterIOrNotProvince_reportsIt() {
            assertThat(LicencePlate.validate("豫I12345").errorCodes()).containsExactly(Problem.FORMAT);
            assertThat(LicencePlate.validate("豫A1234O").errorCodes()).containsExactly(Problem.FORMAT);
            assertThat(LicencePlate.validate("A12345").errorCodes()).containsExactly(Problem.PROVINCE);
        }
    }
}
