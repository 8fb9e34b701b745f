package io.yudex.exchange;

import java.time.LocalDate;
import java.util.List;
import java.util.Set;

/**
 * An application for a published resource.
 *
 * @param items      the data item names asked for
 * @param purpose    one of the configured purposes (e.g. 行政依据)
 * @param basis      the legal basis or business scenario
 * @param rowScope   a region code to limit the rows to, or null
 * @param modes      how the data will be used
 * @param validUntil the last day of use
 */
public record ApplicationCommand(String resourceCode, List<String> items, String purpose, String basis, String rowScope,
        Set<AccessMode> modes, LocalDate validUntil) {}
