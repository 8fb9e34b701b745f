package io.yudex.governance.verification;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.yudex.platform.ConflictException;
import java.util.EnumSet;
import java.util.Set;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;

class TicketStatusTest {

    @Nested
    class Transition {

        @Test
        void theLifeOfATicket_opened_assigned_answered_closed() {
            assertThat(TicketStatus.OPENED.transition(TicketStatus.ASSIGNED)).isEqualTo(TicketStatus.ASSIGNED);
            assertThat(TicketStatus.ASSIGNED.transition(TicketStatus.ANSWERED)).isEqualTo(TicketStatus.ANSWERED);
            assertThat(TicketStatus.ANSWERED.transition(TicketStatus.CLOSED)).isEqualTo(TicketStatus.CLOSED);
        }

        @Test
        void assigned_whenDeadlinePassed_escalates_andTheAdminSendsItBack() {
            assertThat(TicketStatus.ASSIGNED.transition(TicketStatus.ESCALATED)).isEqualTo(TicketStatus.ESCALATED);
            assertThat(TicketStatus.ESCALATED.transition(TicketStatus.ASSIGNED)).isEqualTo(TicketStatus.ASSIGNED);
            assertThat(TicketStatus.ESCALATED.transition(TicketStatus.ANSWERED)).isEqualTo(TicketStatus.ANSWERED);
        }

        @Test
        void exactlyTheseMovesAreAllowed() {
            var allowed = java.util.Map.of(
                    TicketStatus.OPENED, EnumSet.of(TicketStatus.ASSIGNED, TicketStatus.CLOSED),
                    TicketStatus.ASSIGNED, EnumSet.of(TicketStatus.ANSWERED, TicketStatus.ESCALATED, TicketStatus.CLOSED),
                    TicketStatus.ANSWERED, EnumSet.of(TicketStatus.CLOSED, TicketStatus.ASSIGNED, TicketStatus.ESCALATED),
                    TicketStatus.ESCALATED, EnumSet.of(TicketStatus.ASSIGNED, TicketStatus.ANSWERED, TicketStatus.CLOSED),
                    TicketStatus.CLOSED, EnumSet.noneOf(TicketStatus.class));
            for (TicketStatus from : TicketStatus.values()) {
                for (TicketStatus to : TicketStatus.values()) {
                    Set<TicketStatus> ok = allowed.get(from);
                    if (ok.contains(to)) {
                        assertThat(from.transition(to)).isEqualTo(to);
                    } else {
                        assertThatThrownBy(() -> from.transition(to)).as("%s → %s", from, to).isInstanceOf(ConflictException.class)
                                .hasMessageContaining(from.name()).hasMessageContaining(to.name());
                    }
                }
            }
        }

        @Test
        void closed_isFinal_soAReplyAfterClosingIsRefused() {
            assertThat(TicketStatus.CLOSED.open()).isFalse();
            assertThatThrownBy(() -> TicketStatus.CLOSED.transition(TicketStatus.ANSWERED)).isInstanceOf(ConflictException.class)
                    .hasMessage("Cannot move a verification ticket from CLOSED to ANSWERED");
        }
    }
}
