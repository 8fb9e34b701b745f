package io.yudex.rules.cleaning;

import java.util.List;

/**
 * A value after cleaning.
 *
 * @param value   the cleaned value, possibly null
 * @param changes the transforms that changed something, in order; empty when the value was already clean
 */
public record Cleaned(String value, List<Change> changes) {

    public Cleaned {
        changes = List.copyOf(changes);
    }

    public boolean changed() {
        return !changes.isEmpty();
    }
}
