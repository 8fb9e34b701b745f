package io.yudex.exchange;

import io.yudex.catalog.CatalogService;
import io.yudex.catalog.DataItem;
import io.yudex.catalog.Resource;
import io.yudex.data.DataStore;
import io.yudex.identity.Caller;
import io.yudex.ingest.batch.ResourceTables;
import io.yudex.platform.ForbiddenException;
import io.yudex.platform.InvalidInputException;
import io.yudex.standards.masking.MaskingRule;
import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.stereotype.Service;

/**
 * The data service: a consumer department reads a shared resource through its grant. The grant is enforced on every
 * path — only granted items may be selected or filtered on (any other item, existing or not, gets the same answer),
 * rows outside the grant's region scope never appear — values are masked by sensitivity, and every use and every
 * refused attempt is written to the audit log before any row leaves.
 */
@Service
public class DataService {

    /** Query parameters that are not filters. */
    private static final Set<String> RESERVED = Set.of("fields", "limit", "offset");
    private static final int MAX_LIMIT = 1000;

    private final CatalogService catalog;
    private final GrantRepository grants;
    private final DataStore store;
    private final ApplicationEventPublisher events;
    private final Clock clock;

    DataService(CatalogService catalog, GrantRepository grants, DataStore store, ApplicationEventPublisher events, Clock clock) {
        this.catalog = catalog;
        this.grants = grants;
        this.store = store;
        this.events = events;
        this.clock = clock;
    }

    /**
     * @param params item → exact value filters, plus {@code fields} (comma-separated items), {@code limit} (≤ 1000)
     *               and {@code offset}
     * @throws ForbiddenException    when the caller's department holds no active query grant for the resource
     * @throws InvalidInputException for an item that is unknown or not granted, or a bad page
     */
    public DataPage query(String code, Map<String, String> params, Caller caller) {
        Resource r = catalog.get(code, caller);
        Grant grant = activeGrant(r, caller, params);
        Map<String, DataItem> granted = r.items().stream().filter(i -> grant.items().contains(i.name()))
                .collect(Collectors.toMap(DataItem::name, i -> i, (a, b) -> a, LinkedHashMap::new));
        List<String> fields = fields(params.get("fields"), granted);
        Map<String, String> filters = new LinkedHashMap<>();
        params.forEach((k, v) -> {
            if (!RESERVED.contains(k)) {
                filters.put(checked(k, granted, "filter"), v);
            }
        });
        int limit = number(params.get("limit"), 100, 1, MAX_LIMIT, "limit");
        int offset = number(params.get("offset"), 0, 0, Integer.MAX_VALUE, "offset");
        List<Object> args = new ArrayList<>();
        StringBuilder where = new StringBuilder("_v_to IS NULL");
        filters.forEach((item, value) -> {
            where.append(" AND CAST(").append(quote(item)).append(" AS VARCHAR) = ?");
            args.add(value);
        });
        if (grant.rowScope() != null) {
            String region = regionColumn(r);
            where.append(" AND CAST(").append(quote(region)).append(" AS VARCHAR) LIKE ?");
            args.add(grant.rowScope().replaceAll("0+$", "") + "%");
        }
        String sql = "SELECT " + fields.stream().map(DataService::quote).collect(Collectors.joining(", ")) + " FROM "
                + quote(ResourceTables.tableName(r.code())) + " WHERE " + where + " ORDER BY _v_from, _seq LIMIT " + limit + " OFFSET " + offset;
        List<Map<String, Object>> rows = new ArrayList<>();
        Map<String, MaskingRule> masks = new LinkedHashMap<>();
        fields.forEach(f -> {
            MaskingRule rule = ItemMasking.of(granted.get(f));
            if (rule != null) {
                masks.put(f, rule);
            }
        });
        if (store.tableExists(ResourceTables.tableName(r.code()))) {
            store.query(sql, args, values -> rows.add(masked(fields, values, masks)));
        }
        String filterText = filters.entrySet().stream().map(e -> e.getKey() + "=" + e.getValue()).collect(Collectors.joining("&"));
        events.publishEvent(new DataAccessed(caller.name(), caller.departmentId(), grant.id(), r.code(), String.join(",", fields),
                filterText, rows.size(), "OK"));
        return new DataPage(r.code(), grant.id(), fields, List.copyOf(masks.keySet()), offset, limit, rows);
    }

    private Grant activeGrant(Resource r, Caller caller, Map<String, String> params) {
        LocalDate today = LocalDate.now(clock);
        Grant grant = caller.departmentId() == null ? null : grants.ofConsumer(r.code(), caller.departmentId(), today).stream()
                .filter(g -> g.state().equals("ACTIVE") && g.modes().contains(AccessMode.QUERY)).findFirst().orElse(null);
        if (grant == null) {
            events.publishEvent(new DataAccessed(caller.name(), caller.departmentId(), null, r.code(), null, String.valueOf(params.keySet()), 0,
                    "REFUSED: no active grant"));
            throw new ForbiddenException("Your department holds no active query grant for " + r.code() + "; apply for it first");
        }
        return grant;
    }

    private static List<String> fields(String fields, Map<String, DataItem> granted) {
        if (fields == null || fields.isBlank()) {
            return List.copyOf(granted.keySet());
        }
        List<String> out = new ArrayList<>();
        for (String f : fields.split(",")) {
            String name = checked(f.strip(), granted, "fields");
            if (!out.contains(name)) {
                out.add(name);
            }
        }
        return out;
    }

    /** The same answer for an item that does not exist and one that is not granted: errors reveal nothing. */
    private static String checked(String item, Map<String, DataItem> granted, String field) {
        if (!granted.containsKey(item)) {
            throw InvalidInputException.of(field, "'" + item + "' is not a data item you may use; your grant covers " + granted.keySet());
        }
        return item;
    }

    private static String regionColumn(Resource r) {
        return r.items().stream().filter(i -> i.name().equals("xzqh") || i.label().contains("行政区划")).map(DataItem::name).findFirst()
                .orElseThrow(() -> new ForbiddenException("Your grant is limited to a region, and " + r.code() + " has no region item to apply it"));
    }

    private static Map<String, Object> masked(List<String> fields, Object[] values, Map<String, MaskingRule> masks) {
        Map<String, Object> row = new LinkedHashMap<>();
        for (int i = 0; i < fields.size(); i++) {
            MaskingRule rule = masks.get(fields.get(i));
            Object v = values[i];
            row.put(fields.get(i), rule == null || v == null ? v : rule.apply(v.toString()));
        }
        return row;
    }

    private static int number(String text, int fallback, int min, int max, String field) {
        if (text == null || text.isBlank()) {
            return fallback;
        }
        try {
            int n = Integer.parseInt(text.strip());
            if (n < min || n > max) {
                throw new NumberFormatException();
            }
            return n;
        } catch (NumberFormatException e) {
            throw InvalidInputException.of(field, "must be a whole number from " + min + " to " + max);
        }
    }

    private static String quote(String identifier) {
        return "\"" + identifier.replace("\"", "\"\"") + "\"";
    }
}
