package io.yudex.rules;

import io.yudex.standards.division.DivisionRegistry;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;

import java.time.Clock;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.Collections;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class IdentifierChecksTest {

    static final ZoneId CHINA = ZoneId.of("Asia/Shanghai");
    static final Clock CLOCK = Clock.fixed(LocalDate.of(2025, 6, 15).atStartOfDay(CHINA).toInstant(), CHINA);
    private final IdentifierChecks checks = IdentifierChecks.standard(CLOCK);

    @Nested
    class Check {

        @Test
        void check_whenLowerCaseX_isValidAndNormalised() {
            Verdict verdict = checks.check("citizen-id", " 11010519491231002x ");

            assertThat(verdict.valid()).isTrue();
            assertThat(verdict.value()).isEqualTo(" 11010519491231002x ");
            assertThat(verdict.normalized()).isEqualTo("11010519491231002X");
            assertThat(verdict.reasons()).isEmpty();
        }

        @Test
        void check_whenCheckDigitWrong_reportsExpectedDigit() {
            Verdict verdict = checks.check("citizen-id", "110105194912310021");

            assertThat(verdict.valid()).isFalse();
            assertThat(verdict.codes()).containsExactly("CHECK_DIGIT");
            assertThat(verdict.reasons().getFirst().message()).contains("expected X");
        }

        @Test
        void check_whenSeveralThingsWrong_listsEveryReasonWithSeverity() {
            Verdict verdict = checks.check("citizen-id", "990105194902300021");

            assertThat(verdict.codes()).containsExactly("ADDRESS_CODE", "BIRTH_DATE_INVALID", "CHECK_DIGIT");
            assertThat(verdict.reasons()).allSatisfy(r -> assertThat(r.severity()).isEqualTo(Severity.ERROR));
        }

        @Test
        void check_whenRetiredAddressCode_isValidWithWarning() {
            String retired = "110103" + "19750301017";
            String id = retired + io.yudex.standards.identifier.CitizenIdNumber.checkDigit(retired);

            Verdict verdict = checks.check("citizen-id", id);

            assertThat(verdict.valid()).isTrue();
            assertThat(verdict.reasons()).singleElement().satisfies(r -> {
                assertThat(r.code()).isEqualTo("ADDRESS_UNKNOWN");
                assertThat(r.severity()).isEqualTo(Severity.WARNING);
            });
            IdentifierChecks strict = new IdentifierChecks(CLOCK, DivisionRegistry.loadDefault(), true);
            assertThat(strict.check("citizen-id", id).valid()).isFalse();
        }

        @Test
        void check_everyApiType_acceptsItsStandardExample() {
            assertThat(checks.check("uscc", "91350100M000100Y43").valid()).isTrue();
            assertThat(checks.check("org-code", "D2143569-X").normalized()).isEqualTo("D2143569X");
            assertThat(checks.check("division-code", "410105").valid()).isTrue();
            assertThat(checks.check("mobile", "+86 13812345678").normalized()).isEqualTo("13812345678");
            String card = "622202123456789012" + io.yudex.standards.identifier.BankCardNumber.luhnCheckDigit("622202123456789012");
            assertThat(checks.check("bank-card", card).valid()).isTrue();
            assertThat(checks.check("landline", "0371-67891234").valid()).isTrue();
            assertThat(checks.check("postal-code", "450000").valid()).isTrue();
            assertThat(checks.check("email", "a@ha.gov.cn").valid()).isTrue();
            assertThat(checks.check("licence-plate", "豫A12345").valid()).isTrue();
            assertThat(checks.check("e-licence",
                    "1.2.156.3005.2.11100000000013338W011.11430000006122244L.20230000403.001.U").valid()).isTrue();
        }

        @Test
        void check_whenTypeUnknown_throwsNamingTheTypes() {
            assertThatThrownBy(() -> checks.check("passport", "E12345678"))
                    .isInstanceOf(UnknownCheckException.class)
                    .hasMessageContaining("passport")
                    .hasMessageContaining("citizen-id");
        }

        @Test
        void check_whenNull_reportsEmpty() {
            Verdict verdict = checks.check("uscc", null);

            assertThat(verdict.codes()).containsExactly("EMPTY");
            assertThat(verdict.normalized()).isNull();
        }
    }

    @Nested
    class CheckAll {

        @Test
        void checkAll_keepsOrderAndMatchesSingleChecks() {
            List<String> values = List.of("11010519491231002X", "110105194912310021", "110105491231002", "");

            List<Verdict> verdicts = checks.checkAll("citizen-id", values);

            assertThat(verdicts).extracting(Verdict::valid).containsExactly(true, false, true, false);
            assertThat(verdicts.get(2).normalized()).isEqualTo("11010519491231002X");
            assertThat(verdicts.get(2).codes()).containsExactly("LEGACY_FORMAT");
            for (int i = 0; i < values.size(); i++) {
                assertThat(verdicts.get(i)).isEqualTo(checks.check("citizen-id", values.get(i)));
            }
        }

        @Test
        void checkAll_whenOverTheLimit_throws() {
            List<String> tooMany = Collections.nCopies(IdentifierChecks.MAX_BATCH + 1, "x");

            assertThatThrownBy(() -> checks.checkAll("mobile", tooMany)).isInstanceOf(UnknownCheckException.class)
                    .hasMessageContaining("10000");
        }
    }

    @Test
    void verdict_whenValidDisagreesWithReasons_throws() {
        assertThatThrownBy(() -> new Verdict("v", true, "v", List.of(Reason.error("X", "x"))))
                .isInstanceOf(IllegalArgumentException.class);
    }
}
