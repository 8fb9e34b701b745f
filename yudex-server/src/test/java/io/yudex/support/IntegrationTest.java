package io.yudex.support;

import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.time.Duration;
import java.time.Instant;
import java.util.function.Predicate;
import org.junit.jupiter.api.BeforeAll;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.context.annotation.Import;
import org.springframework.test.context.ContextConfiguration;
import tools.jackson.databind.JsonNode;

/**
 * Base of tests that start the whole application with the demo seeded, on H2 or PostgreSQL (see
 * {@link TestDatabaseInitializer}). All subclasses share one application context.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
@ContextConfiguration(initializers = TestDatabaseInitializer.class)
@Import(TestClockConfiguration.class)
public abstract class IntegrationTest {

    protected static final String PASSWORD = TestDatabaseInitializer.DEMO_PASSWORD;

    @LocalServerPort
    protected int port;

    @Autowired
    protected MutableClock clock;

    @BeforeAll
    static void databaseAvailable() {
        if (TestDatabaseInitializer.postgres()) {
            assumeTrue(TestDatabaseInitializer.postgresReachable(),
                    "PostgreSQL not reachable (set YUDEX_TEST_PG_URL); skipping the PostgreSQL run");
        }
    }

    protected Api api() {
        return new Api(port);
    }

    protected String token(String username) {
        return api().token(username, PASSWORD);
    }

    /** Polls a JSON resource until {@code done} holds, for work the application finishes in the background. */
    protected JsonNode await(String path, String token, Predicate<JsonNode> done) {
        Instant deadline = Instant.now().plus(Duration.ofSeconds(60));
        while (Instant.now().isBefore(deadline)) {
            JsonNode node = api().get(path, token).json();
            if (done.test(node)) {
                return node;
            }
            try {
                Thread.sleep(100);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
            }
        }
        throw new AssertionError("timed out waiting on " + path);
    }
}
