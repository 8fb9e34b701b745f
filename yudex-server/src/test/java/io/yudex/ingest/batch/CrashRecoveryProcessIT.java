package io.yudex.ingest.batch;

import static org.assertj.core.api.Assertions.assertThat;

import io.yudex.support.Api;
import io.yudex.synth.Dataset;
import io.yudex.synth.SyntheticData;
import java.io.IOException;
import java.net.ServerSocket;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import tools.jackson.databind.JsonNode;

/**
 * Kills the real server process ({@code kill -9}) in the middle of a load, restarts it on the same data dir and
 * checks that nothing of the load is visible, that the batch is marked failed with its reason, and that it can be
 * re-run. Runs the packaged jar, so it belongs to the integration-test phase.
 */
class CrashRecoveryProcessIT {

    static final String PASSWORD = "Demo-Pass1";
    static final String RESOURCE = "101001/000001";
    static final Path JAR = Path.of("target", "yudex-server.jar");

    @TempDir
    Path dataDir;
    Process server;

    @AfterEach
    void stop() {
        if (server != null) {
            server.destroyForcibly();
        }
    }

    @Test
    void killDuringALoad_leavesNoPartialData_andTheBatchIsFailedAndReRunnable() throws Exception {
        Path csv = dataDir.resolve("population.csv");
        SyntheticData.write(Dataset.POPULATION, 600_000, 7, 0.0, StandardCharsets.UTF_8, csv);
        byte[] content = Files.readAllBytes(csv);

        int port = freePort();
        server = start(port);
        Api api = new Api(port);
        String token = api.token("gat_admin", PASSWORD);
        long before = count(api, token);

        Api.Response started = api.multipart("/api/v1/catalog/resources/" + RESOURCE + "/batches?mode=APPEND", token, "file", "population.csv", content);
        assertThat(started.status()).as(started.body()).isEqualTo(202);
        long id = started.json().get("id").asLong();
        waitUntil(() -> api.get("/api/v1/batches/" + id, token).json().get("rowsRead").asLong() > 0, Duration.ofSeconds(60));
        assertThat(api.get("/api/v1/batches/" + id, token).json().get("status").asString()).isEqualTo("RUNNING");
        server.destroyForcibly().waitFor();

        server = start(port);
        String again = api.token("gat_admin", PASSWORD);
        JsonNode batch = api.get("/api/v1/batches/" + id, again).json();
        assertThat(batch.get("status").asString()).isEqualTo("FAILED");
        assertThat(batch.get("message").asString()).contains("interrupted");
        assertThat(count(api, again)).isEqualTo(before);

        // the upload was kept: the failed batch runs again as a new batch, without sending the file again
        Api.Response rerun = api.post("/api/v1/batches/" + id + "/rerun", again, null);
        assertThat(rerun.status()).as(rerun.body()).isEqualTo(202);
        assertThat(api.post("/api/v1/batches/" + id + "/rerun", again, null).status()).as("one load of a resource at a time").isEqualTo(409);
        long second = rerun.json().get("id").asLong();
        waitUntil(() -> !api.get("/api/v1/batches/" + second, again).json().get("status").asString().equals("RUNNING"), Duration.ofSeconds(120));
        JsonNode done = api.get("/api/v1/batches/" + second, again).json();
        assertThat(done.get("status").asString()).as(done.toString()).isEqualTo("SUCCEEDED");
        assertThat(done.get("rowsLoaded").asLong()).isEqualTo(600_000);
        assertThat(done.get("mode").asString()).isEqualTo("APPEND");
        assertThat(api.post("/api/v1/batches/" + second + "/rerun", again, null).status()).as("a succeeded batch is not re-run").isEqualTo(409);
    }

    /** Current rows of the resource, counted through the batch list (the last succeeded batch's inserted rows). */
    private static long count(Api api, String token) {
        JsonNode data = api.get("/api/v1/catalog/resources/" + RESOURCE + "/data?limit=10000", token).json();
        return data.size();
    }

    private Process start(int port) throws IOException, InterruptedException {
        String javaBin = Path.of(System.getProperty("java.home"), "bin", "java").toString();
        ProcessBuilder pb = new ProcessBuilder(List.of(javaBin, "-Xmx768m", "--enable-native-access=ALL-UNNAMED", "-jar", JAR.toString(),
                "--server.port=" + port, "--yudex.data-dir=" + dataDir.resolve("data"), "--yudex.demo=true", "--yudex.demo-rows=0"));
        pb.environment().put("YUDEX_DEMO_PASSWORD", PASSWORD);
        pb.redirectErrorStream(true).redirectOutput(dataDir.resolve("server-" + System.nanoTime() + ".log").toFile());
        Process p = pb.start();
        Api api = new Api(port);
        waitUntil(() -> {
            try {
                return api.get("/actuator/health", null).status() == 200 && api.post("/api/v1/auth/token", null,
                        java.util.Map.of("username", "gat_admin", "password", PASSWORD)).status() == 200;
            } catch (RuntimeException e) {
                return false;
            }
        }, Duration.ofSeconds(180));
        return p;
    }

    private static void waitUntil(java.util.function.BooleanSupplier condition, Duration timeout) throws InterruptedException {
        Instant deadline = Instant.now().plus(timeout);
        while (!condition.getAsBoolean()) {
            if (Instant.now().isAfter(deadline)) {
                throw new AssertionError("condition not met within " + timeout);
            }
            Thread.sleep(50);
        }
    }

    private static int freePort() throws IOException {
        try (ServerSocket s = new ServerSocket(0)) {
            return s.getLocalPort();
        }
    }
}
