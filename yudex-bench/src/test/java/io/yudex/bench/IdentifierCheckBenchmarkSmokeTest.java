package io.yudex.bench;

import static org.assertj.core.api.Assertions.assertThat;

import cn.hutool.core.util.CreditCodeUtil;
import cn.hutool.core.util.IdcardUtil;
import io.yudex.standards.division.DivisionRegistry;
import io.yudex.standards.identifier.CitizenIdNumber;
import io.yudex.standards.identifier.CitizenIdValidator;
import io.yudex.standards.identifier.OrganizationCode;
import io.yudex.standards.identifier.UnifiedSocialCreditCode;
import java.time.Clock;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Predicate;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;

/**
 * Guards the benchmark: every method runs, and ours agrees with Hutool on validity over generated
 * samples except in the cases listed here, each a place where Hutool checks less (or more) than
 * the standards in DOMAIN.md.
 */
class IdentifierCheckBenchmarkSmokeTest {

    private static final ZoneId CHINA = ZoneId.of("Asia/Shanghai");
    /** A third of the rows defective, so every defect kind the generator has occurs many times. */
    private static final double DEFECT_RATE = 0.3;
    private static final int ROWS = 5_000;

    private static CitizenIdValidator ours;

    @BeforeAll
    static void setUp() {
        ours = CitizenIdNumber.validator(Clock.system(CHINA)).withRegistry(DivisionRegistry.loadDefault())
                .requireKnownAddress().pinnedToToday();
    }

    @Test
    void everyBenchmarkMethod_runsOnTheGeneratedSamples() {
        IdentifierCheckBenchmark.Samples samples = new IdentifierCheckBenchmark.Samples();
        samples.defectRate = 0.03;
        samples.generate();
        IdentifierCheckBenchmark benchmark = new IdentifierCheckBenchmark();
        int oursValid = 0;
        int hutoolValid = 0;
        for (int i = 0; i < IdentifierCheckBenchmark.SAMPLE; i++) {
            oursValid += benchmark.citizenIdOurs(samples) ? 1 : 0;
            hutoolValid += benchmark.citizenIdHutool(samples) ? 1 : 0;
            benchmark.citizenIdOursWithReasons(samples);
            benchmark.citizenIdChecksumOnly(samples);
            benchmark.usccOurs(samples);
            benchmark.usccOursWithReasons(samples);
            benchmark.usccHutool(samples);
        }
        assertThat(oursValid).as("most generated IDs are valid, so the benchmark is not all rejects").isGreaterThan(3_800);
        assertThat(hutoolValid).isGreaterThan(3_800);
    }

    @Nested
    class CitizenIds {

        @Test
        void generatedColumn_agreesExceptFullWidthDigitsWhichOursNormalises() {
            List<String> ids = IdentifierSamples.citizenIds(7, ROWS, DEFECT_RATE);
            Predicate<String> fullWidth = id -> id.chars().anyMatch(c -> c >= 0xFF01 && c <= 0xFF5E);

            List<String> disagreements = ids.stream().filter(id -> ours.isValid(id) != IdcardUtil.isValidCard(id)).toList();

            assertThat(ids.stream().filter(id -> !ours.isValid(id))).as("defective IDs present").hasSizeGreaterThan(150);
            assertThat(ids.stream().filter(fullWidth)).as("full-width IDs present").isNotEmpty();
            assertThat(disagreements).isEqualTo(ids.stream().filter(fullWidth).toList());
            assertThat(disagreements).allSatisfy(id -> {
                assertThat(ours.isValid(id)).isTrue();
                assertThat(IdcardUtil.isValidCard(id)).isFalse();
            });
        }

        @Test
        void mutatedNumbers_agreeOnEverySingleDigitChange() {
            int compared = 0;
            for (String id : IdentifierSamples.citizenIds(11, 200, 0)) {
                for (int position = 0; position < 18; position++) {
                    for (char c : "0123456789X".toCharArray()) {
                        String mutant = id.substring(0, position) + c + id.substring(position + 1);
                        if (!knownDisagreement(mutant)) {
                            assertThat(ours.isValid(mutant)).as(mutant).isEqualTo(IdcardUtil.isValidCard(mutant));
                            compared++;
                        }
                    }
                }
            }
            assertThat(compared).isGreaterThan(25_000);
        }

        /** Mutants that land in one of the explicit cases below: a county code not in the table, or a birth date Hutool judges differently. */
        private boolean knownDisagreement(String id) {
            boolean digits = id.substring(0, 17).chars().allMatch(Character::isDigit);
            if (!digits) {
                return false;
            }
            boolean unknownCounty = !DivisionRegistry.loadDefault().contains(Integer.parseInt(id.substring(0, 6)));
            int year = Integer.parseInt(id.substring(6, 10));
            boolean yearsDiffer = year < 1900 || year == LocalDate.now(CHINA).getYear();
            return unknownCounty || yearsDiffer;
        }

        @Test
        void explicitDisagreements_whereHutoolChecksLessOrDifferently() {
            LocalDate today = LocalDate.now(CHINA);
            String unknownCounty = CitizenIdNumber.withCheckDigit("41019919800101001");
            String retiredCounty = CitizenIdNumber.withCheckDigit("11010319750301017");
            String born1880 = CitizenIdNumber.withCheckDigit("41010518800101001");
            String tomorrow = CitizenIdNumber.withCheckDigit("410105" + today.plusDays(1).toString().replace("-", "") + "001");
            String foreignPermanentResident = CitizenIdNumber.withCheckDigit("94184019800101001");
            String padded = " 11010519491231002X ";

            // Ours requires the address code to exist in GB/T 2260; Hutool checks the province only.
            assertCase(unknownCounty, false, true);
            assertCase(retiredCounty, false, true); // valid with a warning when the address is not required (the default)
            // GB 11643 allows any real past date; Hutool rejects years before 1900 (DOMAIN.md's example 440524188001010014 is one).
            assertCase(born1880, true, false);
            // Hutool compares the year only: a birth date later this year passes it.
            assertCase(tomorrow, false, today.plusDays(1).getYear() == today.getYear());
            // 2023 foreigners' permanent-residence numbers (9 + province) are not GB 11643 numbers; Hutool accepts them.
            assertCase(foreignPermanentResident, false, true);
            // Ours trims before checking (as the validate API does); Hutool takes the string as is.
            assertCase(padded, true, false);
            // Hutool also accepts 10-character Taiwan, Hong Kong and Macao ID card numbers; those are not citizen ID numbers.
            assertCase("A123456789", false, true);
        }

        @Test
        void explicitAgreements_lowerCaseXAndFifteenDigits() {
            assertCase("11010519491231002x", true, true);
            assertCase("110105491231002", true, true);
            assertCase("110105490230002", false, false);
        }

        private void assertCase(String id, boolean oursValid, boolean hutoolValid) {
            assertThat(ours.isValid(id)).as("ours: %s", id).isEqualTo(oursValid);
            assertThat(IdcardUtil.isValidCard(id)).as("hutool: %s", id).isEqualTo(hutoolValid);
        }
    }

    @Nested
    class Usccs {

        @Test
        void generatedColumn_agreesExceptLowerCaseAndFullWidthWhichOursNormalises() {
            List<String> codes = IdentifierSamples.usccs(7, ROWS, DEFECT_RATE);
            Predicate<String> notNormalised = code -> !code.equals(UnifiedSocialCreditCode.normalise(code));

            List<String> disagreements = codes.stream()
                    .filter(code -> UnifiedSocialCreditCode.isValid(code) != CreditCodeUtil.isCreditCode(code)).toList();

            assertThat(codes.stream().filter(code -> !UnifiedSocialCreditCode.isValid(code))).hasSizeGreaterThan(100);
            assertThat(codes.stream().filter(notNormalised)).isNotEmpty();
            assertThat(disagreements).isEqualTo(codes.stream()
                    .filter(notNormalised.and(UnifiedSocialCreditCode::isValid)).toList());
        }

        @Test
        void explicitDisagreements_whereHutoolChecksOnlyAlphabetAndCheckCharacter() {
            List<String> hutoolOnly = new ArrayList<>();
            hutoolOnly.add(UnifiedSocialCreditCode.withCheckChar("Q1410100" + OrganizationCode.withCheckChar("MA000001"))); // department Q unassigned
            hutoolOnly.add(UnifiedSocialCreditCode.withCheckChar("94410100" + OrganizationCode.withCheckChar("MA000001"))); // 工商 assigns types 1-3 only
            hutoolOnly.add(UnifiedSocialCreditCode.withCheckChar("91590100" + OrganizationCode.withCheckChar("MA000001"))); // province 59 unassigned
            String body = "MA000001";
            String wrongOrg = body + (OrganizationCode.checkChar(body).equals("0") ? "1" : "0");
            hutoolOnly.add(UnifiedSocialCreditCode.withCheckChar("91410100" + wrongOrg)); // embedded GB 11714 check fails

            assertThat(hutoolOnly).allSatisfy(code -> {
                assertThat(UnifiedSocialCreditCode.isValid(code)).as("ours: %s", code).isFalse();
                assertThat(CreditCodeUtil.isCreditCode(code)).as("hutool: %s", code).isTrue();
            });
        }

        @Test
        void explicitAgreements_standardExamples() {
            for (String valid : List.of("91350100M000100Y43", "913502000728319549", "91110000600037341L")) {
                assertThat(UnifiedSocialCreditCode.isValid(valid)).isTrue();
                assertThat(CreditCodeUtil.isCreditCode(valid)).isTrue();
            }
            assertThat(UnifiedSocialCreditCode.isValid("91350100M000100Y44")).isFalse();
            assertThat(CreditCodeUtil.isCreditCode("91350100M000100Y44")).isFalse();
        }
    }
}
