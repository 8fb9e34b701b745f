package io.yudex.support;

import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.util.UUID;

/**
 * A provider's database for pull tests: a schema of its own in the PostgreSQL test server, read by a login role of
 * its own that may only SELECT. Dropped with {@link #drop()}.
 */
public final class SourceDatabase {

    private final String schema;
    private final String user;
    private final String password;

    private SourceDatabase(String schema, String user, String password) {
        this.schema = schema;
        this.user = user;
        this.password = password;
    }

    /** Creates the schema and its reader; the test server must be reachable (see {@link TestDatabaseInitializer}). */
    public static SourceDatabase create() throws SQLException {
        String schema = "src_" + UUID.randomUUID().toString().replace("-", "").substring(0, 10);
        var db = new SourceDatabase(schema, schema + "_reader", "Src-Pa55word-" + UUID.randomUUID());
        db.execute("CREATE SCHEMA " + schema,
                "CREATE ROLE " + db.user + " LOGIN PASSWORD '" + db.password + "'",
                // membership lets the test end the role's sessions and drop what it owns
                "GRANT " + db.user + " TO CURRENT_USER",
                "GRANT USAGE ON SCHEMA " + schema + " TO " + db.user,
                "ALTER DEFAULT PRIVILEGES IN SCHEMA " + schema + " GRANT SELECT ON TABLES TO " + db.user);
        return db;
    }

    public void drop() throws SQLException {
        execute("DROP SCHEMA " + schema + " CASCADE", "DROP OWNED BY " + user, "DROP ROLE " + user);
    }

    public String url() {
        String url = TestDatabaseInitializer.pgUrl();
        return url + (url.contains("?") ? "&" : "?") + "currentSchema=" + schema;
    }

    public String user() {
        return user;
    }

    public String password() {
        return password;
    }

    /** Creates a table with a fresh name and the given rows; returns its schema-qualified name. */
    public String table(String columns, String... rows) throws SQLException {
        String name = schema + ".t_" + UUID.randomUUID().toString().replace("-", "").substring(0, 8);
        execute("CREATE TABLE " + name + " " + columns.strip(), "INSERT INTO " + name + " VALUES " + String.join(", ", rows));
        return name;
    }

    /** Runs statements as the test server's owner role. */
    public void execute(String... statements) throws SQLException {
        try (Connection c = owner(); var s = c.createStatement()) {
            for (String sql : statements) {
                s.execute(sql);
            }
        }
    }

    /** The first column of the first row of a query run as the owner role. */
    public int count(String sql) throws SQLException {
        try (Connection c = owner(); var s = c.createStatement(); var rs = s.executeQuery(sql)) {
            rs.next();
            return rs.getInt(1);
        }
    }

    private static Connection owner() throws SQLException {
        return DriverManager.getConnection(TestDatabaseInitializer.pgUrl(), TestDatabaseInitializer.pgUser(), TestDatabaseInitializer.pgPassword());
    }
}
