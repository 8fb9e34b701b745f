package io.yudex.opendata;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.yudex.platform.ConflictException;
import java.time.Instant;
import java.time.LocalDate;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;

class OpenApplicationTest {

    private static final LocalDate FROM = LocalDate.of(2026, 12, 1);

    private static OpenApplication of(ApplicationStatus status, LocalDate approvedTo) {
        return new OpenApplication(1, "101001/000001", "名录", 7, 9, "alice", "研究", "论文", true, FROM, FROM.plusDays(30), approvedTo,
                status, null, null, null, Instant.EPOCH);
    }

    @Nested
    class Transition {

        @Test
        void pending_mayBeApprovedOrRejected() {
            assertThat(ApplicationStatus.PENDING.transition(ApplicationStatus.APPROVED)).isEqualTo(ApplicationStatus.APPROVED);
            assertThat(ApplicationStatus.PENDING.transition(ApplicationStatus.REJECTED)).isEqualTo(ApplicationStatus.REJECTED);
        }

        @Test
        void decided_cannotMoveAgain_andTheMessageNamesBothStates() {
            assertThatThrownBy(() -> ApplicationStatus.REJECTED.transition(ApplicationStatus.APPROVED))
                    .isInstanceOf(ConflictException.class).hasMessageContaining("REJECTED").hasMessageContaining("APPROVED");
            assertThatThrownBy(() -> ApplicationStatus.APPROVED.transition(ApplicationStatus.REJECTED)).isInstanceOf(ConflictException.class);
        }
    }

    @Nested
    class Period {

        @Test
        void approved_isActiveFromTheFirstDayThroughTheApprovedLastDay() {
            OpenApplication a = of(ApplicationStatus.APPROVED, FROM.plusDays(10));

            assertThat(a.activeOn(FROM.minusDays(1))).isFalse();
            assertThat(a.activeOn(FROM)).isTrue();
            assertThat(a.activeOn(FROM.plusDays(10))).isTrue();
            assertThat(a.activeOn(FROM.plusDays(11))).isFalse();
            assertThat(a.expiredOn(FROM.plusDays(11))).isTrue();
            assertThat(a.expiredOn(FROM.plusDays(10))).isFalse();
        }

        @Test
        void pendingOrRejected_isNeverActive() {
            assertThat(of(ApplicationStatus.PENDING, null).activeOn(FROM)).isFalse();
            assertThat(of(ApplicationStatus.REJECTED, null).activeOn(FROM)).isFalse();
            assertThat(of(ApplicationStatus.REJECTED, null).expiredOn(FROM.plusYears(1))).isFalse();
        }
    }
}
