package io.yudex.bench.serving;

import java.io.IOException;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.Executors;
import java.util.concurrent.atomic.AtomicLong;

/**
 * Load harness for the data service's key look-up: {@code connections} concurrent clients (virtual threads, one
 * HTTP/1.1 connection each) send look-ups of random keys for a warm-up, then for a fixed duration, first through the
 * full path (bearer token, grants, masking, durable audit), then through the bare endpoint that does the same
 * serving-store look-up without any of that. Only 127.0.0.1 / localhost targets are accepted.
 *
 * <pre>
 * java -cp yudex-bench/target/yudex-bench.jar io.yudex.bench.serving.LookupLoad \
 *     --url http://127.0.0.1:8080 --token TOKEN --resource 101001/000001 --item sfzhm --keys keys.txt \
 *     [--connections 64] [--warmup 5] [--duration 20]
 * </pre>
 */
public final class LookupLoad {

    /** One side's figures. */
    public record Result(String name, long requests, long errors, double seconds, double p50Millis, double p99Millis) {
        public double perSecond() {
            return requests / seconds;
        }

        String row() {
            return String.format("| %s | %d | %d | %.0f | %.2f | %.2f |", name, requests, errors, perSecond(), p50Millis, p99Millis);
        }
    }

    private LookupLoad() {}

    public static void main(String[] args) throws Exception {
        Map<String, String> a = options(args);
        String url = a.getOrDefault("url", "http://127.0.0.1:8080");
        String resource = a.getOrDefault("resource", "101001/000001");
        String item = a.getOrDefault("item", "sfzhm");
        List<String> keys = Files.readAllLines(Path.of(a.get("keys"))).stream().map(String::strip).filter(s -> !s.isEmpty()).toList();
        int connections = Integer.parseInt(a.getOrDefault("connections", "64"));
        Duration warmup = Duration.ofSeconds(Long.parseLong(a.getOrDefault("warmup", "5")));
        Duration duration = Duration.ofSeconds(Long.parseLong(a.getOrDefault("duration", "20")));
        Result full = run("full", URI.create(url + "/api/v1/data/" + resource), item, keys, a.get("token"), connections, warmup, duration);
        Result bare = run("bare", URI.create(url + "/api/bench/bare/" + resource), item, keys, null, connections, warmup, duration);
        System.out.println(report(full, bare));
    }

    public static String report(Result full, Result bare) {
        return "| path | requests | errors | requests/s | p50 ms | p99 ms |\n|---|---:|---:|---:|---:|---:|\n" + full.row() + "\n" + bare.row() + "\n"
                + String.format("full/bare throughput ratio: %.2f", full.perSecond() / bare.perSecond());
    }

    /**
     * Runs one side: warm-up (not counted), then {@code duration} of measured requests.
     *
     * @param token bearer token, or null for none
     */
    public static Result run(String name, URI base, String item, List<String> keys, String token, int connections, Duration warmup,
            Duration duration) throws InterruptedException {
        String host = base.getHost();
        if (!host.equals("127.0.0.1") && !host.equals("localhost") && !host.equals("::1") && !host.equals("[::1]")) {
            throw new IllegalArgumentException("the harness only loads a server on this machine, not " + host);
        }
        long warmupEnd = System.nanoTime() + warmup.toNanos();
        long end = warmupEnd + duration.toNanos();
        long[][] latencies = new long[connections][];
        AtomicLong errors = new AtomicLong();
        List<java.util.concurrent.Future<?>> clients = new ArrayList<>();
        try (var pool = Executors.newVirtualThreadPerTaskExecutor()) {
            for (int c = 0; c < connections; c++) {
                int id = c;
                clients.add(pool.submit(() -> {
                    latencies[id] = client(base, item, keys, token, id, warmupEnd, end, errors);
                    return null;
                }));
            }
        }
        for (var c : clients) {
            try {
                c.get();
            } catch (java.util.concurrent.ExecutionException e) {
                throw new IllegalStateException("a client failed", e.getCause());
            }
        }
        long[] all = Arrays.stream(latencies).filter(java.util.Objects::nonNull).flatMapToLong(Arrays::stream).sorted().toArray();
        return new Result(name, all.length, errors.get(), duration.toNanos() / 1e9, percentile(all, 0.50), percentile(all, 0.99));
    }

    /** One connection's loop; returns the latencies (ns) of the requests sent after the warm-up. */
    private static long[] client(URI base, String item, List<String> keys, String token, int id, long warmupEnd, long end, AtomicLong errors)
            throws InterruptedException {
        try (HttpClient http = HttpClient.newBuilder().version(HttpClient.Version.HTTP_1_1).connectTimeout(Duration.ofSeconds(5)).build()) {
            long[] out = new long[1024];
            int n = 0;
            long seed = 0x9E3779B97F4A7C15L * (id + 1);
            while (true) {
                long start = System.nanoTime();
                if (start >= end) {
                    break;
                }
                seed ^= seed << 13;
                seed ^= seed >>> 7;
                seed ^= seed << 17;
                String key = keys.get((int) Math.floorMod(seed, (long) keys.size()));
                HttpRequest.Builder request = HttpRequest.newBuilder(URI.create(base + "?" + item + "=" + URLEncoder.encode(key, StandardCharsets.UTF_8)))
                        .timeout(Duration.ofSeconds(30)).GET();
                if (token != null) {
                    request.header("Authorization", "Bearer " + token);
                }
                int status;
                try {
                    status = http.send(request.build(), HttpResponse.BodyHandlers.ofByteArray()).statusCode();
                } catch (IOException e) {
                    status = -1;
                }
                long took = System.nanoTime() - start;
                if (start >= warmupEnd) {
                    if (status != 200) {
                        errors.incrementAndGet();
                    }
                    if (n == out.length) {
                        out = Arrays.copyOf(out, n * 2);
                    }
                    out[n++] = took;
                }
            }
            return Arrays.copyOf(out, n);
        }
    }

    static double percentile(long[] sorted, double p) {
        if (sorted.length == 0) {
            return Double.NaN;
        }
        int at = (int) Math.min(sorted.length - 1, Math.ceil(p * sorted.length) - 1);
        return sorted[Math.max(0, at)] / 1e6;
    }

    private static Map<String, String> options(String[] args) {
        Map<String, String> out = new HashMap<>();
        List<String> rest = new ArrayList<>(List.of(args));
        for (int i = 0; i + 1 < rest.size(); i += 2) {
            out.put(rest.get(i).replaceFirst("^--", ""), rest.get(i + 1));
        }
        return out;
    }
}
