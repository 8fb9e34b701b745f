package io.yudex.ingest.pull;

import io.yudex.identity.Caller;
import io.yudex.identity.Role;
import io.yudex.ingest.SourceUnavailableException;
import io.yudex.organisation.OrganisationService;
import io.yudex.platform.ConflictException;
import io.yudex.platform.FieldError;
import io.yudex.platform.ForbiddenException;
import io.yudex.platform.InvalidInputException;
import io.yudex.platform.NotFoundException;
import io.yudex.platform.SecretCipher;
import java.sql.Connection;
import java.sql.SQLException;
import java.time.Clock;
import java.util.ArrayList;
import java.util.List;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/** Providers' databases: who may see and change them, their sealed passwords, and a connection test. */
@Service
public class ConnectionService {

    /** Sealed passwords are bound to this purpose, so they open nowhere else. */
    private static final String PURPOSE = "ingest_connection.password";

    /** What a connection test found. */
    public record TestResult(boolean ok, String message, String product, long millis) {}

    private final ConnectionRepository connections;
    private final PullRepository pulls;
    private final OrganisationService organisations;
    private final SecretCipher cipher;
    private final PullProperties properties;
    private final Clock clock;

    ConnectionService(ConnectionRepository connections, PullRepository pulls, OrganisationService organisations, SecretCipher cipher,
            PullProperties properties, Clock clock) {
        this.connections = connections;
        this.pulls = pulls;
        this.organisations = organisations;
        this.cipher = cipher;
        this.properties = properties;
        this.clock = clock;
    }

    /** The platform admin and auditors see every connection; a department admin sees the department's own. */
    public List<SourceConnection> list(Caller caller) {
        return connections.list(caller.platformAdmin() || caller.has(Role.AUDITOR) ? null : ownDepartment(caller));
    }

    public SourceConnection get(long id, Caller caller) {
        SourceConnection c = connections.find(id).orElseThrow(() -> new NotFoundException("No connection " + id));
        if (!caller.platformAdmin() && !caller.has(Role.AUDITOR) && !caller.belongsTo(c.departmentId())) {
            throw new NotFoundException("No connection " + id);
        }
        return c;
    }

    @Transactional
    public SourceConnection create(ConnectionCommand command, Caller caller) {
        long department = department(command.departmentId(), caller);
        JdbcVendor vendor = validate(command, department, 0);
        String sealed = command.password() == null || command.password().isEmpty() ? null : cipher.seal(command.password(), PURPOSE);
        long id = connections.insert(department, command.name().strip(), vendor, command.url().strip(), blankToNull(command.username()),
                sealed, caller.name(), clock.instant());
        return connections.find(id).orElseThrow();
    }

    @Transactional
    public SourceConnection update(long id, ConnectionCommand command, Caller caller) {
        SourceConnection existing = editable(id, caller);
        JdbcVendor vendor = validate(command, existing.departmentId(), id);
        connections.update(id, command.name().strip(), vendor, command.url().strip(), blankToNull(command.username()), clock.instant());
        if (command.password() != null) {
            connections.updatePassword(id, command.password().isEmpty() ? null : cipher.seal(command.password(), PURPOSE));
        }
        return connections.find(id).orElseThrow();
    }

    @Transactional
    public void delete(long id, Caller caller) {
        editable(id, caller);
        if (pulls.countByConnection(id) > 0) {
            throw new ConflictException("Connection " + id + " is used by pulls; delete them first");
        }
        connections.delete(id);
    }

    /** Connects, asks the server whether the connection is valid, and says how long it took; never throws for a bad source. */
    public TestResult test(long id, Caller caller) {
        SourceConnection c = get(id, caller);
        long start = System.nanoTime();
        try (Connection connection = open(c)) {
            boolean valid = connection.isValid((int) Math.max(1, properties.connectTimeout().toSeconds()));
            String product = connection.getMetaData().getDatabaseProductName() + " " + connection.getMetaData().getDatabaseProductVersion();
            return new TestResult(valid, valid ? "connected" : "the server did not confirm the connection", product, elapsed(start));
        } catch (SQLException | SourceUnavailableException e) {
            return new TestResult(false, e.getMessage(), null, elapsed(start));
        }
    }

    /**
     * Opens a read-only connection to a provider's database with the stored password.
     *
     * @throws SourceUnavailableException when the database cannot be reached or refuses the credentials
     */
    Connection open(SourceConnection c) {
        String password = connections.sealedPassword(c.id()).map(s -> cipher.open(s, PURPOSE)).orElse(null);
        try {
            JdbcUrlPolicy.check(c.url(), properties.allowH2());
            return c.vendor().connect(c.url(), c.username(), password, properties.connectTimeout(), properties.socketTimeout());
        } catch (SQLException e) {
            throw new SourceUnavailableException("cannot connect to " + c.name() + ": " + e.getMessage(), e);
        } catch (InvalidInputException e) {
            throw new SourceUnavailableException("connection " + c.name() + " is no longer allowed: " + e.getMessage());
        }
    }

    private SourceConnection editable(long id, Caller caller) {
        SourceConnection c = get(id, caller);
        if (!caller.platformAdmin() && !(caller.has(Role.DEPT_ADMIN) && caller.belongsTo(c.departmentId()))) {
            throw new ForbiddenException("Only the platform admin or the department's data admin may change connection " + id);
        }
        return c;
    }

    private long department(Long requested, Caller caller) {
        if (caller.platformAdmin()) {
            if (requested == null) {
                throw InvalidInputException.of("departmentId", "is required: the department whose database this is");
            }
            return organisations.department(requested).id();
        }
        long own = ownDepartment(caller);
        if (requested != null && requested != own) {
            throw new ForbiddenException("A department admin registers connections of the own department only");
        }
        return own;
    }

    private static long ownDepartment(Caller caller) {
        if (caller.departmentId() == null) {
            throw new ForbiddenException("Only department members have connections");
        }
        return caller.departmentId();
    }

    private JdbcVendor validate(ConnectionCommand command, long department, long id) {
        List<FieldError> errors = new ArrayList<>();
        if (command.name() == null || command.name().isBlank() || command.name().strip().length() > 100) {
            errors.add(new FieldError("name", "is required, at most 100 characters"));
        } else if (connections.nameTaken(department, command.name().strip(), id)) {
            errors.add(new FieldError("name", "the department already has a connection named '" + command.name().strip() + "'"));
        }
        if (command.username() != null && command.username().length() > 128) {
            errors.add(new FieldError("username", "at most 128 characters"));
        }
        if (command.password() != null && command.password().length() > 500) {
            errors.add(new FieldError("password", "at most 500 characters"));
        }
        JdbcVendor vendor = null;
        try {
            vendor = JdbcUrlPolicy.check(command.url() == null ? null : command.url().strip(), properties.allowH2());
        } catch (InvalidInputException e) {
            errors.addAll(e.errors());
        }
        if (!errors.isEmpty()) {
            throw new InvalidInputException(errors);
        }
        return vendor;
    }

    private static String blankToNull(String s) {
        return s == null || s.isBlank() ? null : s.strip();
    }

    private static long elapsed(long start) {
        return (System.nanoTime() - start) / 1_000_000;
    }
}
