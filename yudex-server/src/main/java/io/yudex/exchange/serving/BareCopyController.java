package io.yudex.exchange.serving;

import io.yudex.catalog.CatalogService;
import io.yudex.catalog.Resource;
import io.yudex.data.CopyFormat;
import io.yudex.data.DataStore;
import io.yudex.identity.Caller;
import io.yudex.identity.Role;
import io.yudex.ingest.batch.ResourceTables;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;
import org.springframework.boot.autoconfigure.condition.ConditionalOnProperty;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RestController;

/**
 * The download benchmark's baseline: the store's plain CSV copy of a resource's current rows (every item, as stored)
 * to a temporary file, then sent — the same store call and file hand-off as an open-data download, with no release,
 * treatment, formula-safe cells, usage event or security. Registered only with {@code yudex.bench.bare-endpoint=true}
 * (off by default; never in production): it hands unmasked rows to anyone who asks.
 */
@RestController
@ConditionalOnProperty(name = "yudex.bench.bare-endpoint", havingValue = "true")
class BareCopyController {

    private static final Caller SYSTEM = new Caller("bench", null, null, Set.of(Role.AUDITOR), false);

    private final CatalogService catalog;
    private final DataStore store;

    BareCopyController(CatalogService catalog, DataStore store) {
        this.catalog = catalog;
        this.store = store;
    }

    @GetMapping("/api/bench/bare/copy/{classification}/{sequence}")
    @PreAuthorize("permitAll()")
    void copy(@PathVariable String classification, @PathVariable String sequence, HttpServletResponse response) throws IOException {
        Resource resource = catalog.get(classification + "/" + sequence, SYSTEM);
        String columns = ResourceTables.schema(resource).columns().stream().map(c -> "\"" + c.name() + "\"").collect(Collectors.joining(", "));
        String sql = "SELECT " + columns + " FROM \"" + ResourceTables.tableName(resource.code()) + "\" WHERE _v_to IS NULL ORDER BY _v_from, _seq";
        Path file = Files.createTempFile("yudex-bare-copy-", ".part");
        Files.delete(file);
        try {
            store.copy(sql, List.of(), CopyFormat.CSV, file);
            response.setContentType("text/csv;charset=UTF-8");
            response.setContentLengthLong(Files.size(file));
            Files.copy(file, response.getOutputStream());
        } finally {
            Files.deleteIfExists(file);
        }
    }
}
