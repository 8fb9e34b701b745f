package io.yudex.support;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.util.HashMap;
import java.util.Locale;
import java.util.Map;
import java.util.UUID;
import org.springframework.context.ApplicationContextInitializer;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.core.env.MapPropertySource;

/**
 * Points an integration-test application at a fresh data dir and a fresh database: H2 (file mode, the
 * default) or, when the system property {@code yudex.test.db=postgres}, a new schema in the PostgreSQL
 * server named by {@code YUDEX_TEST_PG_URL}. Without a reachable server the PostgreSQL run fails in CI
 * ({@code CI} set) and is skipped with a message elsewhere.
 */
public class TestDatabaseInitializer implements ApplicationContextInitializer<ConfigurableApplicationContext> {

    public static final String DEMO_PASSWORD = "Demo-Pass1";

    @Override
    public void initialize(ConfigurableApplicationContext context) {
        Map<String, Object> props = new HashMap<>();
        Path dataDir = tempDir();
        props.put("yudex.data-dir", dataDir.toString());
        props.put("yudex.demo", "true");
        // tests load their own data; the demo's generated rows would race with them
        props.put("yudex.demo-rows", "0");
        props.put("YUDEX_DEMO_PASSWORD", DEMO_PASSWORD);
        // webhook tests receive pushes on this machine, and should not wait for the production poll interval
        props.put("yudex.notifications.allow-loopback", "true");
        props.put("yudex.notifications.poll-interval", "PT0.2S");
        if (postgres()) {
            String schema = "it_" + UUID.randomUUID().toString().replace("-", "").substring(0, 12);
            props.put("spring.datasource.url", pgUrl() + (pgUrl().contains("?") ? "&" : "?") + "currentSchema=" + schema);
            props.put("spring.datasource.username", pgUser());
            props.put("spring.datasource.password", pgPassword());
            props.put("spring.flyway.default-schema", schema);
            props.put("spring.flyway.schemas", schema);
            props.put("spring.flyway.create-schemas", "true");
        }
        context.getEnvironment().getPropertySources().addFirst(new MapPropertySource("yudex-test", props));
    }

    public static boolean postgres() {
        return "postgres".equalsIgnoreCase(System.getProperty("yudex.test.db", "h2"));
    }

    /** True when the PostgreSQL test server answers (for the PostgreSQL run, or as a provider's database to pull from); throws in CI when it does not. */
    public static boolean postgresReachable() {
        try (var c = DriverManager.getConnection(pgUrl(), pgUser(), pgPassword())) {
            return c.isValid(5);
        } catch (SQLException e) {
            if (System.getenv("CI") != null) {
                throw new IllegalStateException("CI must test against PostgreSQL but " + pgUrl() + " is unreachable", e);
            }
            return false;
        }
    }

    public static String databaseName() {
        return postgres() ? "PostgreSQL" : "H2";
    }

    public static String pgUrl() {
        return env("YUDEX_TEST_PG_URL", "jdbc:postgresql://localhost:5432/yudex_test");
    }

    public static String pgUser() {
        return env("YUDEX_TEST_PG_USER", "yudex");
    }

    public static String pgPassword() {
        return env("YUDEX_TEST_PG_PASSWORD", "yudex");
    }

    private static String env(String name, String fallback) {
        String v = System.getenv(name);
        return v == null || v.isBlank() ? fallback : v;
    }

    private static Path tempDir() {
        try {
            return Files.createTempDirectory("yudex-it-" + databaseName().toLowerCase(Locale.ROOT) + "-");
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
