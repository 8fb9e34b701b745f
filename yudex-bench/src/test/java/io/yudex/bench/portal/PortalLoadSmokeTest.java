package io.yudex.bench.portal;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.sun.net.httpserver.HttpServer;
import java.net.InetSocketAddress;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.List;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.Executors;
import org.junit.jupiter.api.Test;

/** A smoke-sized pass of the portal harness against a tiny local server, so it cannot silently measure nothing. */
class PortalLoadSmokeTest {

    @Test
    void run_rotatesQueries_countsErrorsSizesAndPercentiles() throws Exception {
        HttpServer server = HttpServer.create(new InetSocketAddress("127.0.0.1", 0), 0);
        Set<String> seen = ConcurrentHashMap.newKeySet();
        server.createContext("/open/datasets", exchange -> {
            seen.add(exchange.getRequestURI().getQuery());
            byte[] body = "<html>hits</html>".getBytes(StandardCharsets.UTF_8);
            exchange.sendResponseHeaders(200, body.length);
            exchange.getResponseBody().write(body);
            exchange.close();
        });
        server.createContext("/api/3/action/", exchange -> {
            exchange.sendResponseHeaders(500, -1);
            exchange.close();
        });
        server.setExecutor(Executors.newVirtualThreadPerTaskExecutor());
        server.start();
        try {
            List<PortalLoad.Target> targets = PortalLoad.targets("http://127.0.0.1:" + server.getAddress().getPort());
            PortalLoad.Result page = PortalLoad.run(targets.get(0), List.of("人口", "企业"), 4, Duration.ofMillis(500), Duration.ofMillis(1500));
            PortalLoad.Result ckan = PortalLoad.run(targets.get(1), List.of("人口"), 2, Duration.ZERO, Duration.ofMillis(800));

            assertThat(page.requests()).isPositive();
            assertThat(page.errors()).isZero();
            assertThat(page.bytes()).isEqualTo(17);
            assertThat(page.p99Millis()).isGreaterThanOrEqualTo(page.p50Millis()).isPositive();
            assertThat(seen).containsExactlyInAnyOrder("q=人口", "q=企业");
            assertThat(ckan.errors()).as("non-200 answers are counted as errors").isEqualTo(ckan.requests()).isPositive();
            assertThat(PortalLoad.report(List.of(page, ckan))).contains("| search page", "| CKAN package_search |");
        } finally {
            server.stop(0);
        }
    }

    @Test
    void run_refusesATargetOffThisMachine() {
        assertThatThrownBy(() -> PortalLoad.run(new PortalLoad.Target("x", "http://10.0.0.1/x?q={q}"), List.of("k"), 1, Duration.ZERO, Duration.ZERO))
                .isInstanceOf(IllegalArgumentException.class);
    }
}
