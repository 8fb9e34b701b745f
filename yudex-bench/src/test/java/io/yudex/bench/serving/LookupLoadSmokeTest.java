package io.yudex.bench.serving;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.sun.net.httpserver.HttpServer;
import java.net.InetSocketAddress;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.List;
import java.util.concurrent.Executors;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.Test;

/** A smoke-sized pass of the look-up harness against a tiny local server, so it cannot silently measure nothing. */
class LookupLoadSmokeTest {

    @Test
    void bothSides_countTheirRequests_errorsAndPercentiles() throws Exception {
        HttpServer server = HttpServer.create(new InetSocketAddress("127.0.0.1", 0), 0);
        AtomicInteger withToken = new AtomicInteger();
        server.createContext("/api/v1/data/", exchange -> {
            if ("Bearer t".equals(exchange.getRequestHeaders().getFirst("Authorization"))) {
                withToken.incrementAndGet();
            }
            byte[] body = ("{\"rows\":[\"" + exchange.getRequestURI().getQuery() + "\"]}").getBytes(StandardCharsets.UTF_8);
            // every other answer chunked (length 0 = chunked in this server): the client must read both framings
            exchange.sendResponseHeaders(200, withToken.get() % 2 == 0 ? 0 : body.length);
            exchange.getResponseBody().write(body);
            exchange.close();
        });
        server.createContext("/api/bench/bare/", exchange -> {
            exchange.sendResponseHeaders(404, -1);
            exchange.close();
        });
        server.setExecutor(Executors.newVirtualThreadPerTaskExecutor());
        server.start();
        try {
            String base = "http://127.0.0.1:" + server.getAddress().getPort();
            List<String> keys = List.of("410105198801150011", "41010519880215002X");
            var own = new LookupLoad.Options(false, ProcessHandle.current().pid());
            LookupLoad.Result full = LookupLoad.run("full", URI.create(base + "/api/v1/data/101001/000001"), "sfzhm", keys, "t", 4,
                    Duration.ofMillis(1500), Duration.ofMillis(1500), own);
            LookupLoad.Result bare = LookupLoad.run("bare", URI.create(base + "/api/bench/bare/101001/000001"), "sfzhm", keys, null, 4,
                    Duration.ofMillis(1500), Duration.ofMillis(1500), own);
            LookupLoad.Result jdk = LookupLoad.run("full", URI.create(base + "/api/v1/data/101001/000001"), "sfzhm", keys, "t", 2,
                    Duration.ofMillis(500), Duration.ofMillis(1000), new LookupLoad.Options(true, null));

            assertThat(full.requests()).isPositive();
            assertThat(full.errors()).isZero();
            assertThat(withToken.get()).as("the full path sends the bearer token").isGreaterThanOrEqualTo((int) full.requests());
            assertThat(full.p99Millis()).isGreaterThanOrEqualTo(full.p50Millis()).isPositive();
            assertThat(full.connects()).as("keep-alive: one connection per client").isEqualTo(4);
            assertThat(full.serverCpuSeconds()).as("CPU read from /proc").isPositive();
            assertThat(full.generatorCpuSeconds()).isPositive();
            assertThat(jdk.requests()).isPositive();
            assertThat(jdk.errors()).isZero();
            assertThat(jdk.serverCpuSeconds()).as("no pid, no server CPU").isNaN();
            assertThat(bare.errors()).as("non-200 answers are counted as errors").isEqualTo(bare.requests()).isPositive();
            assertThat(LookupLoad.report(List.of(full), List.of(bare))).contains("| full |", "| bare |", "full/bare throughput ratio", "server CPU per request");
        } finally {
            server.stop(0);
        }
    }

    @Test
    void run_refusesATargetOffThisMachine() {
        assertThatThrownBy(() -> LookupLoad.run("x", URI.create("http://10.0.0.1/x"), "i", List.of("k"), null, 1, Duration.ZERO, Duration.ZERO,
                LookupLoad.Options.DEFAULT))
                .isInstanceOf(IllegalArgumentException.class);
    }

    @Test
    void median_picksTheMiddleRoundByThroughput() {
        var slow = new LookupLoad.Result("full", 100, 0, 1, 1, 2, 1, 0, 0, 1);
        var mid = new LookupLoad.Result("full", 200, 0, 1, 1, 2, 1, 0, 0, 1);
        var fast = new LookupLoad.Result("full", 300, 0, 1, 1, 2, 1, 0, 0, 1);
        assertThat(LookupLoad.median(List.of(fast, slow, mid))).isSameAs(mid);
        assertThat(mid.serverCpuMillis()).isEqualTo(5.0);
    }

    @Test
    void percentile_picksTheNearestRank() {
        long[] ms = {1_000_000, 2_000_000, 3_000_000, 4_000_000};
        assertThat(LookupLoad.percentile(ms, 0.5)).isEqualTo(2.0);
        assertThat(LookupLoad.percentile(ms, 0.99)).isEqualTo(4.0);
    }
}
