package io.yudex.catalog;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.yudex.platform.ConflictException;
import org.junit.jupiter.api.Test;

class ResourceStatusTest {

    @Test
    void reviewPath_isDraftSubmittedPublishedDeprecated() {
        assertThat(ResourceStatus.DRAFT.transition(ResourceStatus.SUBMITTED)).isEqualTo(ResourceStatus.SUBMITTED);
        assertThat(ResourceStatus.SUBMITTED.transition(ResourceStatus.PUBLISHED)).isEqualTo(ResourceStatus.PUBLISHED);
        assertThat(ResourceStatus.SUBMITTED.transition(ResourceStatus.DRAFT)).isEqualTo(ResourceStatus.DRAFT);
        assertThat(ResourceStatus.PUBLISHED.transition(ResourceStatus.DEPRECATED)).isEqualTo(ResourceStatus.DEPRECATED);
    }

    @Test
    void illegalMove_namesBothStates() {
        assertThatThrownBy(() -> ResourceStatus.DRAFT.transition(ResourceStatus.PUBLISHED))
                .isInstanceOf(ConflictException.class).hasMessageContaining("DRAFT").hasMessageContaining("PUBLISHED");
        for (ResourceStatus target : ResourceStatus.values()) {
            assertThatThrownBy(() -> ResourceStatus.DEPRECATED.transition(target)).isInstanceOf(ConflictException.class);
        }
    }

    @Test
    void onlyDraftsAreEditable() {
        assertThat(ResourceStatus.DRAFT.editable()).isTrue();
        assertThat(ResourceStatus.PUBLISHED.editable()).isFalse();
    }
}
