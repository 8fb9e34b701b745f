package io.yudex.ingest.pull;

import java.sql.Connection;
import java.sql.Driver;
import java.sql.SQLException;
import java.time.Duration;
import java.util.Arrays;
import java.util.Optional;
import java.util.Properties;

/**
 * The databases a provider's data can be pulled from, each with its driver and what it needs to stream a large result
 * instead of reading it into memory, and to give up rather than hang when the server stops answering.
 */
public enum JdbcVendor {
    POSTGRESQL("jdbc:postgresql:", "org.postgresql.Driver"),
    MYSQL("jdbc:mysql:", "com.mysql.cj.jdbc.Driver"),
    MARIADB("jdbc:mariadb:", "org.mariadb.jdbc.Driver"),
    /** For tests and demos only: off unless {@code yudex.ingest.jdbc.allow-h2}. */
    H2("jdbc:h2:", "org.h2.Driver");

    private final String prefix;
    private final String driverClass;

    JdbcVendor(String prefix, String driverClass) {
        this.prefix = prefix;
        this.driverClass = driverClass;
    }

    static Optional<JdbcVendor> of(String url) {
        return Arrays.stream(values()).filter(v -> url.regionMatches(true, 0, v.prefix, 0, v.prefix.length())).findFirst();
    }

    /**
     * Connects with this vendor's driver only (never whichever driver claims the URL), read-only, with time-outs.
     *
     * @throws SQLException when the server refuses or does not answer in time
     */
    Connection connect(String url, String user, String password, Duration connectTimeout, Duration socketTimeout) throws SQLException {
        Properties props = new Properties();
        if (user != null) {
            props.setProperty("user", user);
        }
        if (password != null) {
            props.setProperty("password", password);
        }
        timeouts(props, connectTimeout, socketTimeout);
        Connection c = driver().connect(url, props);
        if (c == null) {
            throw new SQLException("the " + this + " driver does not accept " + url);
        }
        try {
            c.setReadOnly(true);
            // PostgreSQL streams only inside a transaction; the others stream either way
            c.setAutoCommit(this != POSTGRESQL);
            return c;
        } catch (SQLException e) {
            c.close();
            throw e;
        }
    }

    private void timeouts(Properties props, Duration connect, Duration socket) {
        switch (this) {
            case POSTGRESQL -> {
                props.setProperty("connectTimeout", String.valueOf(connect.toSeconds()));
                props.setProperty("socketTimeout", String.valueOf(socket.toSeconds()));
                props.setProperty("ApplicationName", "yudex-pull");
            }
            case MYSQL -> {
                props.setProperty("connectTimeout", String.valueOf(connect.toMillis()));
                props.setProperty("socketTimeout", String.valueOf(socket.toMillis()));
                props.setProperty("useCursorFetch", "true");
            }
            case MARIADB -> {
                props.setProperty("connectTimeout", String.valueOf(connect.toMillis()));
                props.setProperty("socketTimeout", String.valueOf(socket.toMillis()));
            }
            case H2 -> { }
        }
    }

    private Driver driver() throws SQLException {
        try {
            return (Driver) Class.forName(driverClass).getDeclaredConstructor().newInstance();
        } catch (ReflectiveOperationException | LinkageError e) {
            throw new SQLException("the " + this + " driver is not installed", e);
        }
    }
}
