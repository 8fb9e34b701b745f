package io.yudex.catalog.census;

import io.yudex.catalog.ResourceCommand;
import java.util.List;

/**
 * One resource of a census file and where it came from.
 *
 * @param row      the 1-based Excel row in the 资源 sheet
 * @param seq      its 序号
 * @param command  what will be registered
 * @param itemRows the 信息项 row of each of {@code command.items()}, index for index
 */
record CensusEntry(int row, String seq, ResourceCommand command, List<Integer> itemRows) {

    CensusEntry {
        itemRows = List.copyOf(itemRows);
    }
}
