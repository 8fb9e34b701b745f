package io.yudex.ingest.pull;

import io.yudex.catalog.CatalogScope;
import io.yudex.catalog.CatalogService;
import io.yudex.catalog.Resource;
import io.yudex.data.LoadMode;
import io.yudex.identity.Caller;
import io.yudex.identity.Role;
import io.yudex.ingest.batch.Batch;
import io.yudex.ingest.batch.BatchService;
import io.yudex.ingest.batch.BatchSource;
import io.yudex.platform.FieldError;
import io.yudex.platform.ForbiddenException;
import io.yudex.platform.InvalidInputException;
import io.yudex.platform.NotFoundException;
import java.time.Clock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.springframework.stereotype.Service;

/** Defines pulls of providers' tables into resources and runs them on demand. */
@Service
public class PullService {

    private final PullRepository pulls;
    private final ConnectionService connections;
    private final CatalogService catalog;
    private final BatchService batches;
    private final PullProperties properties;
    private final Clock clock;

    PullService(PullRepository pulls, ConnectionService connections, CatalogService catalog, BatchService batches, 
            PullProperties properties, Clock clock) {
        this.pulls = pulls;
        this.connections = connections;
        this.catalog = catalog;
        this.batches = batches;
        this.properties = properties;
        this.clock = clock;
    }

    /** Pulls into one resource ({@code code}), or every pull the caller may see when {@code code} is null. */
    public List<PullDefinition> list(String code, Caller caller) {
        if (code != null) {
            readable(code, caller);
            return pulls.ofResource(code);
        }
        return pulls.all().stream().filter(p -> canRead(p.resourceCode(), caller)).toList();
    }

    public PullDefinition get(long id, Caller caller) {
        PullDefinition p = pulls.find(id).orElseThrow(() -> new NotFoundException("No pull " + id));
        if (!canRead(p.resourceCode(), caller)) {
            throw new NotFoundException("No pull " + id);
        }
        return p;
    }

    public PullDefinition create(PullCommand command, Caller caller) {
        String code = command.resourceCode() == null ? "" : command.resourceCode().strip();
        if (code.isEmpty()) {
            throw InvalidInputException.of("resourceCode", "is required");
        }
        PullRepository.Fields fields = validate(command, editable(code, caller), caller);
        return pulls.find(pulls.insert(fields, caller.name(), clock.instant())).orElseThrow();
    }

    public PullDefinition update(long id, PullCommand command, Caller caller) {
        PullDefinition existing = get(id, caller);
        if (command.resourceCode() != null && !command.resourceCode().strip().equals(existing.resourceCode())) {
            throw InvalidInputException.of("resourceCode", "a pull cannot move to another resource; define a new one");
        }
        pulls.update(id, validate(command, editable(existing.resourceCode(), caller), caller), clock.instant());
        return pulls.find(id).orElseThrow();
    }

    public void delete(long id, Caller caller) {
        editable(get(id, caller).resourceCode(), caller);
        pulls.delete(id);
    }

    /** Runs a pull now as a new batch of its resource; returns at once with the running batch. */
    public Batch run(long id, Caller caller) {
        PullDefinition pull = get(id, caller);
        editable(pull.resourceCode(), caller);
        return start(pull, caller);
    }

    /** Starts a pull as {@code caller} (the scheduler runs as the platform). */
    Batch start(PullDefinition pull, Caller caller) {
        SourceConnection connection = connections.get(pull.connectionId(), caller);
        var input = new PullInput(pull, connection, connections, pulls, properties);
        return batches.load(pull.resourceCode(), input, BatchSource.JDBC, pull.mode(), caller);
    }

    private PullRepository.Fields validate(PullCommand c, Resource resource, Caller caller) {
        List<FieldError> errors = new ArrayList<>();
        String name = c.name() == null || c.name().isBlank() ? null : c.name().strip();
        if (name == null || name.length() > 100) {
            errors.add(new FieldError("name", "is required, at most 100 characters"));
        }
        Long connectionId = c.connectionId();
        if (connectionId == null) {
            errors.add(new FieldError("connectionId", "is required"));
        } else {
            SourceConnection connection = connections.get(connectionId, caller);
            if (connection.departmentId() != resource.providerId()) {
                errors.add(new FieldError("connectionId", "connection '" + connection.name() + "' belongs to another department than "
                        + resource.providerName() + ", the provider of " + resource.code()));
            }
        }
        String table = blankToNull(c.table());
        String query = blankToNull(c.query());
        if ((table == null) == (query == null)) {
            errors.add(new FieldError("table", "give either a table or a query"));
        } else if (table != null && !PullQuery.TABLE.matcher(table).matches()) {
            errors.add(new FieldError("table", "must be a table name like population or hr.population"));
        } else if (query != null && (query.length() > 8000 || PullQuery.problemWithQuery(query) != null)) {
            errors.add(new FieldError("query", query.length() > 8000 ? "at most 8000 characters" : PullQuery.problemWithQuery(query)));
        }
        Incremental incremental = parse(Incremental.class, c.incremental(), Incremental.NONE, "incremental", errors);
        LoadMode mode = parse(LoadMode.class, c.mode(), incremental == Incremental.NONE ? LoadMode.FULL_REPLACE : LoadMode.UPSERT, "mode", errors);
        String column = blankToNull(c.incrementalColumn());
        Map<String, String> mapping = c.mapping() == null ? Map.of() : Map.copyOf(c.mapping());
        try {
            BatchService.checkMapping(resource, mapping);
        } catch (InvalidInputException e) {
            errors.addAll(e.errors());
        }
        checkIncremental(incremental, mode, column, errors);
        String cron = blankToNull(c.cron());
        Instant next = null;
        if (cron != null) {
            try {
                cron = PullSchedule.normalise(cron);
                next = PullSchedule.next(cron, clock.instant(), properties.zone());
            } catch (IllegalArgumentException e) {
                errors.add(new FieldError("cron", e.getMessage()));
            }
        }
        if (!errors.isEmpty()) {
            throw new InvalidInputException(errors);
        }
        boolean enabled = c.enabled() == null || c.enabled();
        return new PullRepository.Fields(resource.code(), connectionId, name, table, query, mode, incremental, column, mapping, cron, enabled,
                enabled ? next : null);
    }

    private static void checkIncremental(Incremental incremental, LoadMode mode, String column, List<FieldError> errors) {
        if (incremental == null || mode == null) {
            return;
        }
        if (incremental == Incremental.NONE) {
            if (column != null) {
                errors.add(new FieldError("incrementalColumn", "only an incremental pull has one"));
            }
            return;
        }
        if (column == null || !PullQuery.IDENTIFIER.matcher(column).matches()) {
            errors.add(new FieldError("incrementalColumn", "an incremental pull needs the name of its increasing key or update-time column"));
        }
        if (incremental == Incremental.KEY && mode != LoadMode.APPEND && mode != LoadMode.UPSERT) {
            errors.add(new FieldError("mode", "an incremental pull by key adds rows: APPEND or UPSERT"));
        }
        if (incremental == Incremental.TIMESTAMP && mode != LoadMode.UPSERT) {
            errors.add(new FieldError("mode", "an incremental pull by update time re-reads rows of the last timestamp: it must UPSERT"));
        }
    }

    private static <E extends Enum<E>> E parse(Class<E> type, String value, E fallback, String field, List<FieldError> errors) {
        if (value == null || value.isBlank()) {
            return fallback;
        }
        try {
            return Enum.valueOf(type, value.strip().toUpperCase(Locale.ROOT));
        } catch (IllegalArgumentException e) {
            errors.add(new FieldError(field, "must be one of " + java.util.Arrays.toString(type.getEnumConstants())));
            return null;
        }
    }

    private Resource editable(String code, Caller caller) {
        Resource r = catalog.get(code, caller);
        if (!CatalogScope.canEdit(caller, r.providerId())) {
            throw new ForbiddenException("Only the platform admin or " + r.providerName() + "'s data admin may define pulls into " + code);
        }
        return r;
    }

    private void readable(String code, Caller caller) {
        if (!canRead(code, caller)) {
            throw new ForbiddenException("Only the provider, the platform admin and auditors see the pulls of " + code);
        }
    }

    private boolean canRead(String code, Caller caller) {
        try {
            Resource r = catalog.get(code, caller);
            return CatalogScope.canEdit(caller, r.providerId()) || caller.has(Role.AUDITOR);
        } catch (NotFoundException e) {
            return false;
        }
    }

    private static String blankToNull(String s) {
        return s == null || s.isBlank() ? null : s.strip();
    }
}
