package io.yudex.exchange.serving;

import io.yudex.catalog.CatalogService;
import io.yudex.identity.Caller;
import io.yudex.identity.Role;
import io.yudex.platform.InvalidInputException;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import org.springframework.boot.autoconfigure.condition.ConditionalOnProperty;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

/**
 * The benchmark's baseline: the same serving-store key look-up as the data service, with no token, grant, masking or
 * audit. Registered only with {@code yudex.bench.bare-endpoint=true} (off by default; never in production): it hands
 * unmasked rows to anyone who asks.
 */
@RestController
@ConditionalOnProperty(name = "yudex.bench.bare-endpoint", havingValue = "true")
class BareLookupController {

    private static final Caller SYSTEM = new Caller("bench", null, null, Set.of(Role.AUDITOR), false);

    private final CatalogService catalog;
    private final ServingStore serving;
    private final ConcurrentHashMap<String, ServedTable> tables = new ConcurrentHashMap<>();

    BareLookupController(CatalogService catalog, ServingStore serving) {
        this.catalog = catalog;
        this.serving = serving;
    }

    @GetMapping("/api/bench/bare/{classification}/{sequence}")
    @PreAuthorize("permitAll()")
    Map<String, Object> lookup(@PathVariable String classification, @PathVariable String sequence, @RequestParam Map<String, String> params) {
        String code = classification + "/" + sequence;
        ServedTable table = tables.computeIfAbsent(code, c -> ServedTable.of(catalog.get(c, SYSTEM)));
        if (params.size() != 1) {
            throw InvalidInputException.of("filter", "give exactly one item=value");
        }
        var e = params.entrySet().iterator().next();
        ServedColumn column = table.column(e.getKey()).orElseThrow(() -> InvalidInputException.of("filter", "unknown item"));
        List<String> columns = table.columns().stream().map(ServedColumn::name).toList();
        ServingQuery q = new ServingQuery(code, columns, List.of(new Filter(column.name(), Filter.Op.EQ, List.of(column.parse(e.getValue())))), null,
                null, null, 100);
        ServedRows served = serving.query(table, q).orElse(new ServedRows(0, List.of(), false));
        List<Map<String, Object>> rows = new ArrayList<>();
        for (Object[] v : served.rows()) {
            Map<String, Object> row = new LinkedHashMap<>();
            for (int i = 0; i < columns.size(); i++) {
                row.put(columns.get(i), v[i]);
            }
            rows.add(row);
        }
        return Map.of("resourceCode", code, "version", served.version(), "rows", rows);
    }
}
