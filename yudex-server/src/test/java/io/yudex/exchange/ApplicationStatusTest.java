package io.yudex.exchange;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.yudex.platform.ConflictException;
import org.junit.jupiter.api.Test;

class ApplicationStatusTest {

    @Test
    void openApplications_moveToADecisionOrAreWithdrawn() {
        for (ApplicationStatus open : new ApplicationStatus[] {ApplicationStatus.SUBMITTED, ApplicationStatus.ESCALATED, ApplicationStatus.DISPUTED}) {
            assertThat(open.open()).isTrue();
            assertThat(open.transition(ApplicationStatus.APPROVED)).isEqualTo(ApplicationStatus.APPROVED);
            assertThat(open.transition(ApplicationStatus.REJECTED)).isEqualTo(ApplicationStatus.REJECTED);
            assertThat(open.transition(ApplicationStatus.WITHDRAWN)).isEqualTo(ApplicationStatus.WITHDRAWN);
        }
        assertThat(ApplicationStatus.SUBMITTED.transition(ApplicationStatus.ESCALATED)).isEqualTo(ApplicationStatus.ESCALATED);
    }

    @Test
    void decidedApplications_areFinal_andTheMessageNamesBothStates() {
        for (ApplicationStatus done : new ApplicationStatus[] {ApplicationStatus.APPROVED, ApplicationStatus.REJECTED, ApplicationStatus.WITHDRAWN}) {
            assertThat(done.open()).isFalse();
            assertThatThrownBy(() -> done.transition(ApplicationStatus.APPROVED)).isInstanceOf(ConflictException.class)
                    .hasMessageContaining(done.name()).hasMessageContaining("APPROVED");
        }
        assertThatThrownBy(() -> ApplicationStatus.DISPUTED.transition(ApplicationStatus.ESCALATED)).isInstanceOf(ConflictException.class);
    }
}
