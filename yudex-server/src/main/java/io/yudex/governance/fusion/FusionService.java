package io.yudex.governance.fusion;

import io.yudex.catalog.CatalogService;
import io.yudex.catalog.DataItem;
import io.yudex.catalog.Library;
import io.yudex.catalog.Resource;
import io.yudex.catalog.ResourceClass;
import io.yudex.data.DataStore;
import io.yudex.identity.Caller;
import io.yudex.identity.Role;
import io.yudex.ingest.batch.ResourceTables;
import io.yudex.platform.FieldError;
import io.yudex.platform.ForbiddenException;
import io.yudex.platform.InvalidInputException;
import io.yudex.platform.NotFoundException;
import io.yudex.rules.sql.DuckDbSqlCompiler;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Pattern;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Fused base-library records: for a base library (人口, 法人 …) each item is configured with its sources in priority
 * order; a record is read by key from the current state of every source, one point query per source
 * resource, and each item takes the value of its most authoritative source that has one, with provenance.
 */
@Service
public class FusionService {

    private static final Caller SYSTEM = new Caller("system", null, null, Set.of(Role.AUDITOR), false);
    private static final Pattern NAME = Pattern.compile("[a-z][a-z0-9_]{0,63}");

    private final FusionRepository repository;
    private final CatalogService catalog;
    private final DataStore store;

    FusionService(FusionRepository repository, CatalogService catalog, DataStore store) {
        this.repository = repository;
        this.catalog = catalog;
        this.store = store;
    }

    public List<FusionSource> sources(String library, Caller caller) {
        requireReader(caller);
        return repository.sources(library(library).name());
    }

    /**
     * Replaces the library's sources.
     *
     * @throws InvalidInputException naming every offending source; nothing is changed then
     */
    @Transactional
    public List<FusionSource> replace(String library, List<FusionSource> sources, Caller caller) {
        if (!caller.platformAdmin()) {
            throw new ForbiddenException("Only the platform admin sets the sources of fused records");
        }
        Library lib = library(library);
        if (sources == null || sources.isEmpty() || sources.size() > 200) {
            throw InvalidInputException.of("sources", "1 to 200 sources");
        }
        List<FieldError> errors = new ArrayList<>();
        Set<String> seen = new HashSet<>();
        List<FusionSource> clean = new ArrayList<>();
        for (int i = 0; i < sources.size(); i++) {
            FusionSource s = sources.get(i);
            String at = "sources[" + i + "]";
            if (s == null || s.item() == null || !NAME.matcher(s.item()).matches()) {
                errors.add(new FieldError(at + ".item", "a lower-case name such as xm"));
                continue;
            }
            if (s.priority() < 1 || !seen.add(s.item() + "#" + s.priority())) {
                errors.add(new FieldError(at + ".priority", "1 or more, unique per item"));
            }
            Optional<Resource> r = resource(s.resource());
            if (r.isEmpty()) {
                errors.add(new FieldError(at + ".resource", "no resource " + s.resource()));
                continue;
            }
            Optional<DataItem> key = item(r.get(), s.keyColumn());
            if (key.isEmpty() || !key.get().key()) {
                errors.add(new FieldError(at + ".keyColumn", s.keyColumn() + " is not a key item of " + r.get().code()));
            }
            if (item(r.get(), s.column()).isEmpty()) {
                errors.add(new FieldError(at + ".column", r.get().code() + " has no item " + s.column()));
            }
            clean.add(new FusionSource(s.item(), s.priority(), r.get().code(), lower(s.keyColumn()), lower(s.column())));
        }
        if (!errors.isEmpty()) {
            throw new InvalidInputException(errors);
        }
        repository.replace(lib.name(), clean);
        return repository.sources(lib.name());
    }

    /**
     * The fused record of one key.
     *
     * @throws NotFoundException when no source holds the key
     */
    public FusedRecord record(String library, String key, Caller caller) {
        requireReader(caller);
        Library lib = library(library);
        if (key == null || key.isBlank() || key.length() > 64) {
            throw InvalidInputException.of("key", "1 to 64 characters");
        }
        String k = key.strip().toUpperCase(Locale.ROOT);
        List<FusionSource> sources = repository.sources(lib.name());
        Map<String, Map<String, Object>> rows = new HashMap<>();
        Map<String, Resource> resources = new HashMap<>();
        for (FusionSource s : sources) {
            String group = s.resource() + "|" + s.keyColumn();
            if (!rows.containsKey(group)) {
                Resource r = catalog.get(s.resource(), SYSTEM);
                resources.put(s.resource(), r);
                rows.put(group, read(r, s.keyColumn(), columnsOf(sources, s), k));
            }
        }
        if (rows.values().stream().allMatch(Objects::isNull)) {
            throw new NotFoundException("No source of " + lib.name() + " holds " + k);
        }
        Map<String, List<FusionSource>> byItem = new LinkedHashMap<>();
        sources.forEach(s -> byItem.computeIfAbsent(s.item(), x -> new ArrayList<>()).add(s));
        List<FusedRecord.Value> values = new ArrayList<>();
        byItem.forEach((item, list) -> values.add(fuse(item, list, rows, resources)));
        return new FusedRecord(lib.name(), k, values);
    }

    private static FusedRecord.Value fuse(String item, List<FusionSource> sources, Map<String, Map<String, Object>> rows, Map<String, Resource> resources) {
        String value = null;
        FusedRecord.Provenance chosen = null;
        List<FusedRecord.Alternative> others = new ArrayList<>();
        for (FusionSource s : sources) {
            Map<String, Object> row = rows.get(s.resource() + "|" + s.keyColumn());
            Object v = row == null ? null : row.get(s.column());
            if (v == null || v.toString().isBlank()) {
                continue;
            }
            Resource r = resources.get(s.resource());
            var provenance = new FusedRecord.Provenance(r.code(), r.name(), r.providerName(), ((Number) row.get("_v_from")).longValue(), s.priority());
            if (chosen == null) {
                value = v.toString();
                chosen = provenance;
            } else if (!v.toString().strip().equals(value.strip())) {
                others.add(new FusedRecord.Alternative(v.toString(), provenance));
            }
        }
        return new FusedRecord.Value(item, value, chosen, others);
    }

    /** The newest current row of the key in one source, its columns as text; null when the source does not hold it. */
    private Map<String, Object> read(Resource r, String keyColumn, List<String> columns, String key) {
        String table = ResourceTables.tableName(r.code());
        if (!store.tableExists(table)) {
            return null;
        }
        String select = columns.stream().map(c -> "CAST(" + q(c) + " AS VARCHAR)").reduce((a, b) -> a + ", " + b).orElseThrow();
        String sql = "SELECT _v_from, " + select + " FROM " + q(table) + " WHERE _v_to IS NULL AND upper(trim(CAST(" + q(keyColumn)
                + " AS VARCHAR))) = ? ORDER BY _v_from DESC, _seq DESC LIMIT 1";
        Map<String, Object> row = new HashMap<>();
        store.query(sql, List.of(key), v -> {
            row.put("_v_from", v[0]);
            for (int i = 0; i < columns.size(); i++) {
                row.put(columns.get(i), v[i + 1]);
            }
        });
        return row.isEmpty() ? null : row;
    }

    private static List<String> columnsOf(List<FusionSource> sources, FusionSource of) {
        return sources.stream().filter(s -> s.resource().equals(of.resource()) && s.keyColumn().equals(of.keyColumn())).map(FusionSource::column)
                .distinct().toList();
    }

    private Optional<Resource> resource(String code) {
        if (code == null || code.isBlank()) {
            return Optional.empty();
        }
        try {
            return Optional.of(catalog.get(code, SYSTEM));
        } catch (NotFoundException e) {
            return Optional.empty();
        }
    }

    private static Optional<DataItem> item(Resource r, String name) {
        return name == null ? Optional.empty() : r.items().stream().filter(i -> i.name().equalsIgnoreCase(name)).findFirst();
    }

    private static Library library(String name) {
        try {
            Library l = Library.valueOf(name.toUpperCase(Locale.ROOT).replace('-', '_'));
            if (l.resourceClass() == ResourceClass.BASE) {
                return l;
            }
        } catch (IllegalArgumentException e) {
            // fall through to the message below
        }
        throw InvalidInputException.of("library", "a base library: POPULATION, LEGAL_ENTITY, NATURAL_RESOURCES, SOCIAL_CREDIT, E_LICENCE or MACRO_ECONOMY");
    }

    private static void requireReader(Caller caller) {
        if (!caller.platformAdmin() && !caller.has(Role.AUDITOR)) {
            throw new ForbiddenException("Only the platform admin and auditors read fused base-library records");
        }
    }

    private static String lower(String s) {
        return s.toLowerCase(Locale.ROOT);
    }

    private static String q(String identifier) {
        return DuckDbSqlCompiler.identifier(identifier);
    }
}
