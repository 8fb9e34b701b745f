package io.yudex.bench.portal;

import java.io.IOException;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.Executors;
import java.util.concurrent.atomic.AtomicLong;

/**
 * Load harness for the open-data portal's search: {@code connections} concurrent clients (virtual threads, one HTTP/1.1
 * connection each) send requests for a warm-up, then for a fixed duration, to each target in turn: the dataset search
 * page ({@code /open/datasets?q=}, server-rendered HTML with facets), CKAN's {@code package_search} (JSON, with facets)
 * and, as the baseline, CKAN's {@code status_show} — a trivial JSON answer through the same server, filter chain and
 * envelope, no search. Queries rotate over {@link #QUERIES}. Only 127.0.0.1 / localhost targets are accepted.
 *
 * <pre>
 * java -cp yudex-bench/target/yudex-bench.jar io.yudex.bench.portal.PortalLoad \
 *     --url http://127.0.0.1:8080 [--connections 64] [--warmup 5] [--duration 20] [--targets 0,1,2] [--rows-only true]
 * </pre>
 */
public final class PortalLoad {

    /** Search words a visitor types, mixed: department subjects, licences, places, a two-word query. */
    static final List<String> QUERIES = List.of("人口", "企业", "许可", "处罚", "交通", "郑州", "学校", "医疗", "社会保险", "企业 登记",
            "环境", "不动产");

    /** A named target; {@code {q}} in the template is replaced by a URL-encoded query. */
    public record Target(String name, String template) {}

    /** One target's figures; {@code bytes} is the mean response size. */
    public record Result(String name, long requests, long errors, double seconds, double p50Millis, double p99Millis, long bytes) {
        public double perSecond() {
            return requests / seconds;
        }

        String row() {
            return String.format("| %s | %d | %d | %.0f | %.2f | %.2f | %d |", name, requests, errors, perSecond(), p50Millis, p99Millis, bytes);
        }
    }

    private PortalLoad() {}

    public static List<Target> targets(String url) {
        return List.of(new Target("search page /open/datasets?q=", url + "/open/datasets?q={q}"),
                new Target("CKAN package_search", url + "/api/3/action/package_search?q={q}&rows=20&facet.field=%5B%22organization%22,%22tags%22,%22res_format%22%5D"),
                new Target("baseline status_show", url + "/api/3/action/status_show"));
    }

    public static void main(String[] args) throws Exception {
        Map<String, String> a = options(args);
        String url = a.getOrDefault("url", "http://127.0.0.1:8080");
        int connections = Integer.parseInt(a.getOrDefault("connections", "64"));
        Duration warmup = Duration.ofSeconds(Long.parseLong(a.getOrDefault("warmup", "5")));
        Duration duration = Duration.ofSeconds(Long.parseLong(a.getOrDefault("duration", "20")));
        List<Target> all = targets(url);
        List<Result> results = new ArrayList<>();
        for (String i : a.getOrDefault("targets", "0,1,2").split(",")) {
            results.add(run(all.get(Integer.parseInt(i.strip())), QUERIES, connections, warmup, duration));
        }
        System.out.print(a.containsKey("rows-only") ? rows(results) : report(results));
    }

    public static String report(List<Result> results) {
        return "| target | requests | errors | requests/s | p50 ms | p99 ms | mean bytes |\n|---|---:|---:|---:|---:|---:|---:|\n" + rows(results);
    }

    static String rows(List<Result> results) {
        StringBuilder b = new StringBuilder();
        results.forEach(r -> b.append(r.row()).append('\n'));
        return b.toString();
    }

    /** Runs one target: warm-up (not counted), then {@code duration} of measured requests. */
    public static Result run(Target target, List<String> queries, int connections, Duration warmup, Duration duration) throws InterruptedException {
        String host = URI.create(target.template().replace("{q}", "x")).getHost();
        if (!host.equals("127.0.0.1") && !host.equals("localhost") && !host.equals("::1") && !host.equals("[::1]")) {
            throw new IllegalArgumentException("the harness only loads a server on this machine, not " + host);
        }
        List<URI> uris = queries.stream().map(q -> URI.create(target.template().replace("{q}", URLEncoder.encode(q, StandardCharsets.UTF_8)))).toList();
        long warmupEnd = System.nanoTime() + warmup.toNanos();
        long end = warmupEnd + duration.toNanos();
        long[][] latencies = new long[connections][];
        AtomicLong errors = new AtomicLong();
        AtomicLong bytes = new AtomicLong();
        List<java.util.concurrent.Future<?>> clients = new ArrayList<>();
        try (var pool = Executors.newVirtualThreadPerTaskExecutor()) {
            for (int c = 0; c < connections; c++) {
                int id = c;
                clients.add(pool.submit(() -> {
                    latencies[id] = client(uris, id, warmupEnd, end, errors, bytes);
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
        return new Result(target.name(), all.length, errors.get(), duration.toNanos() / 1e9, percentile(all, 0.50), percentile(all, 0.99),
                all.length == 0 ? 0 : bytes.get() / all.length);
    }

    /** One connection's loop; returns the latencies (ns) of the requests sent after the warm-up. */
    private static long[] client(List<URI> uris, int id, long warmupEnd, long end, AtomicLong errors, AtomicLong bytes) throws InterruptedException {
        try (HttpClient http = HttpClient.newBuilder().version(HttpClient.Version.HTTP_1_1).connectTimeout(Duration.ofSeconds(5)).build()) {
            long[] out = new long[1024];
            int n = 0;
            int next = id;
            while (true) {
                long start = System.nanoTime();
                if (start >= end) {
                    break;
                }
                URI uri = uris.get(next++ % uris.size());
                int status;
                int size = 0;
                try {
                    HttpResponse<byte[]> response = http.send(HttpRequest.newBuilder(uri).timeout(Duration.ofSeconds(30)).GET().build(),
                            HttpResponse.BodyHandlers.ofByteArray());
                    status = response.statusCode();
                    size = response.body().length;
                } catch (IOException e) {
                    status = -1;
                }
                long took = System.nanoTime() - start;
                if (start >= warmupEnd) {
                    if (status != 200) {
                        errors.incrementAndGet();
                    }
                    bytes.addAndGet(size);
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
        for (int i = 0; i + 1 < args.length; i += 2) {
            out.put(args[i].replaceFirst("^--", ""), args[i + 1]);
        }
        return out;
    }
}
