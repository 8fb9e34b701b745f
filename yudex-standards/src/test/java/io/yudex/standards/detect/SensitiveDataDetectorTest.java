package io.yudex.standards.detect;

import io.yudex.standards.identifier.CitizenIdNumber;
import io.yudex.standards.identifier.OrganizationCode;
import io.yudex.standards.identifier.UnifiedSocialCreditCode;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.Random;
import java.util.stream.IntStream;

import static org.assertj.core.api.Assertions.assertThat;

class SensitiveDataDetectorTest {

    @Nested
    class Identifiers {

        @Test
        void detect_whenValidCitizenIds_isCitizenId() {
            for (String id : List.of("11010519491231002X", "11010519491231002x", "440524188001010014")) {
                assertThat(SensitiveDataDetector.detect(id)).as(id).contains(SensitiveKind.CITIZEN_ID);
            }
        }

        @Test
        void detect_whenCitizenIdCheckDigitWrong_isNotCitizenId() {
            assertThat(SensitiveDataDetector.detect("110105194912310021")).isNotEqualTo(Optional.of(SensitiveKind.CITIZEN_ID));
        }

        @Test
        void detect_whenCitizenIdAlsoPassesLuhn_prefersCitizenId() {
            String both = IntStream.range(0, 1000)
                    .mapToObj(seq -> CitizenIdNumber.withCheckDigit("41010519900101" + "%03d".formatted(seq)))
                    .filter(id -> !id.endsWith("X") && Luhn.isValid(id))
                    .findFirst().orElseThrow();

            assertThat(SensitiveDataDetector.detect(both)).contains(SensitiveKind.CITIZEN_ID);
        }

        @Test
        void detect_whenAllDigitUsccAlsoPassesLuhn_prefersUscc() {
            String both = IntStream.range(0, 100_000)
                    .mapToObj(n -> OrganizationCode.withCheckChar("%08d".formatted(n)))
                    .filter(org -> !org.endsWith("X"))
                    .map(org -> UnifiedSocialCreditCode.withCheckChar("91410105" + org))
                    .filter(code -> code.chars().allMatch(Character::isDigit) && Luhn.isValid(code))
                    .findFirst().orElseThrow();

            assertThat(SensitiveDataDetector.detect(both)).contains(SensitiveKind.USCC);
        }

        @Test
        void detect_whenUsccHasWarnings_isNotTakenForUscc() {
            String unknownDepartment = UnifiedSocialCreditCode.withCheckChar("Q1410105M000100Y4");

            assertThat(SensitiveDataDetector.detect(unknownDepartment)).isEmpty();
        }

        @Test
        void detect_whenUscc_isUscc() {
            for (String code : List.of("91350100M000100Y43", "913502000728319549", "91110000600037341L")) {
                assertThat(SensitiveDataDetector.detect(code)).as(code).contains(SensitiveKind.USCC);
            }
            assertThat(SensitiveDataDetector.detect("91350100M000100Y44")).isEmpty();
        }
    }

    @Nested
    class Contacts {

        @Test
        void detect_whenMobile_isMobile() {
            for (String mobile : List.of("13812345678", "19912345678", "+8613812345678", " 15012345678 ")) {
                assertThat(SensitiveDataDetector.detect(mobile)).as(mobile).contains(SensitiveKind.MOBILE);
            }
        }

        @Test
        void detect_whenNotAMobilePrefix_isNotMobile() {
            for (String value : List.of("12812345678", "1381234567", "138123456789")) {
                assertThat(SensitiveDataDetector.detect(value)).as(value).isNotEqualTo(Optional.of(SensitiveKind.MOBILE));
            }
        }

        @Test
        void detect_whenLandline_isLandline() {
            for (String phone : List.of("0371-12345678", "037112345678", "010-1234567", "0755-8765432")) {
                assertThat(SensitiveDataDetector.detect(phone)).as(phone).contains(SensitiveKind.LANDLINE);
            }
            assertThat(SensitiveDataDetector.detect("0371-123456")).isEmpty();
        }

        @Test
        void detect_whenEmail_isEmail() {
            for (String email : List.of("zhang.san@henan.gov.cn", "a+b@example.org")) {
                assertThat(SensitiveDataDetector.detect(email)).as(email).contains(SensitiveKind.EMAIL);
            }
            for (String bad : List.of("zhang@", "@henan.gov.cn", "zhang@henan", "zhang san@henan.gov.cn")) {
                assertThat(SensitiveDataDetector.detect(bad)).as(bad).isEmpty();
            }
        }
    }

    @Nested
    class BankCards {

        @Test
        void detect_whenLuhnValidSixteenToNineteenDigits_isBankCard() {
            for (String card : luhnValidCards()) {
                assertThat(SensitiveDataDetector.detect(card)).as(card).contains(SensitiveKind.BANK_CARD);
            }
        }

        @Test
        void detect_whenLastDigitChanged_isNotBankCard() {
            for (String card : luhnValidCards()) {
                char last = card.charAt(card.length() - 1);
                String mutant = card.substring(0, card.length() - 1) + (char) ('0' + (last - '0' + 1) % 10);
                assertThat(SensitiveDataDetector.detect(mutant)).as(mutant).isNotEqualTo(Optional.of(SensitiveKind.BANK_CARD));
            }
        }

        @Test
        void detect_whenLuhnValidButFifteenDigits_isNotBankCard() {
            String fifteen = withLuhn("62220212345678");

            assertThat(SensitiveDataDetector.detect(fifteen)).isEmpty();
        }

        private List<String> luhnValidCards() {
            Random random = new Random(6222);
            List<String> cards = new ArrayList<>();
            for (int length = 16; length <= 19; length++) {
                for (int n = 0; n < 25; n++) {
                    StringBuilder payload = new StringBuilder("62");
                    while (payload.length() < length - 1) {
                        payload.append(random.nextInt(10));
                    }
                    cards.add(withLuhn(payload.toString()));
                }
            }
            return cards;
        }

        private String withLuhn(String payload) {
            for (char c = '0'; c <= '9'; c++) {
                if (Luhn.isValid(payload + c)) {
                    return payload + c;
                }
            }
            throw new AssertionError("no Luhn digit for " + payload);
        }
    }

    @Nested
    class Plates {

        @Test
        void detect_whenOrdinaryOrNewEnergyPlate_isLicencePlate() {
            for (String plate : List.of("豫A12345", "豫AD12345", "豫A12345D", "京B·A1234", "粤BF1234", "豫A1234学")) {
                assertThat(SensitiveDataDetector.detect(plate)).as(plate).contains(SensitiveKind.LICENCE_PLATE);
            }
        }

        @Test
        void detect_whenNotAPlate_isEmpty() {
            for (String bad : List.of("豫A1234", "豫I12345", "A豫12345", "港A12345", "豫AD123456")) {
                assertThat(SensitiveDataDetector.detect(bad)).as(bad).isEmpty();
            }
        }
    }

    @Nested
    class Nothing {

        @Test
        void detect_whenNullBlankOrOrdinaryText_isEmpty() {
            assertThat(SensitiveDataDetector.detect(null)).isEmpty();
            assertThat(SensitiveDataDetector.detect("  ")).isEmpty();
            for (String value : List.of("hello", "12345", "河南省郑州市", "2023-06-30")) {
                assertThat(SensitiveDataDetector.detect(value)).as(value).isEmpty();
            }
        }
    }

    @Nested
    class LuhnCheck {

        @Test
        void isValid_whenKnownTestNumber_isTrue() {
            assertThat(Luhn.isValid("79927398713")).isTrue();
            assertThat(Luhn.isValid("79927398710")).isFalse();
            assertThat(Luhn.isValid("0")).isFalse();
        }
    }
}
