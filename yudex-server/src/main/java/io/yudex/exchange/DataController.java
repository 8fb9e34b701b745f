package io.yudex.exchange;

import io.yudex.identity.Callers;
import java.util.Map;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

/**
 * The data service API: {@code GET /api/v1/data/{code}?<item>=[eq:|in:|range:|prefix:]<value>&fields=&sort=&limit=&cursor=}
 * through the union of the caller department's grants (syntax in {@link DataQuery}). An {@code eq} on a key item is
 * the key look-up path: one indexed read of the serving store.
 */
@RestController
class DataController {

    private final DataService data;

    DataController(DataService data) {
        this.data = data;
    }

    @GetMapping("/api/v1/data/{classification}/{sequence}")
    @PreAuthorize("isAuthenticated()")
    DataPage query(@PathVariable String classification, @PathVariable String sequence, @RequestParam Map<String, String> params) {
        return data.query(classification + "/" + sequence, params, Callers.current());
    }

    /** The incremental feed: changes since a batch, for a department holding a FEED grant; {@code cursor} pages through a large range. */
    @GetMapping("/api/v1/data/{classification}/{sequence}/changes")
    @PreAuthorize("isAuthenticated()")
    DataChanges changes(@PathVariable String classification, @PathVariable String sequence, @RequestParam(defaultValue = "0") long since,
            @RequestParam(defaultValue = "1000") int limit, @RequestParam(required = false) String cursor) {
        return data.changes(classification + "/" + sequence, since, limit, cursor, Callers.current());
    }
}
