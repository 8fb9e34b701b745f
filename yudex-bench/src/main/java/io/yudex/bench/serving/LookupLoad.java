package io.yudex.bench.serving;

import java.io.IOException;
import java.lang.management.ManagementFactory;
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
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.atomic.AtomicLong;

/**
 * Load harness for the data service's key look-up: {@code connections} concurrent clients (virtual threads, one
 * HTTP/1.1 keep-alive connection each) send look-ups of random keys for a warm-up, then for a fixed duration, through
 * the full path (bearer token, grants, masking, durable audit) and through the bare endpoint that does the same
 * serving-store look-up without any of that, alternating {@code rounds} times so that both sides see the same
 * neighbours. Besides requests/s and latency it reports what a request costs in CPU — the server's (from
 * {@code /proc/<server-pid>/stat}) and the generator's own — and the load average, because on a shared machine the
 * wall-clock figures say more about the neighbours than about the server. Only 127.0.0.1 / localhost targets are
 * accepted.
 *
 * <pre>
 * java -cp yudex-bench/target/yudex-bench.jar io.yudex.bench.serving.LookupLoad \
 *     --url http://127.0.0.1:8080 --token TOKEN --resource 101001/000001 --item sfzhm --keys keys.txt \
 *     [--connections 64] [--warmup 5] [--duration 20] [--rounds 1] [--server-pid PID] [--client lean|jdk]
 * </pre>
 *
 * {@code --client lean} (the default) is {@link KeepAliveClient}; {@code jdk} is one {@link HttpClient} per connection.
 */
public final class LookupLoad {

    /**
     * One measured phase.
     *
     * @param serverCpuSeconds the server process's CPU seconds during the phase, NaN when its pid was not given
     * @param loadAverage      the one-minute load average at the end of the phase, NaN where unknown
     */
    public record Result(String name, long requests, long errors, double seconds, double p50Millis, double p99Millis, double serverCpuSeconds,
            double generatorCpuSeconds, double loadAverage, long connects) {
        public double perSecond() {
            return requests / seconds;
        }

        /** Server CPU milliseconds per request. */
        public double serverCpuMillis() {
            return serverCpuSeconds * 1000 / Math.max(1, requests);
        }

        public double generatorCpuMillis() {
            return generatorCpuSeconds * 1000 / Math.max(1, requests);
        }

        String row() {
            return String.format("| %s | %d | %d | %.0f | %.2f | %.2f | %.3f | %.3f | %.1f | %d |", name, requests, errors, perSecond(), p50Millis, p99Millis,
                    serverCpuMillis(), generatorCpuMillis(), loadAverage, connects);
        }
    }

    /** How the clients talk and whose CPU is counted. */
    public record Options(boolean jdkClient, Long serverPid) {
        public static final Options DEFAULT = new Options(false, null);
    }

    private static final String HEADER = "| path | requests | errors | requests/s | p50 ms | p99 ms | server CPU ms/req | generator CPU ms/req | load avg | connections opened |\n"
            + "|---|---:|---:|---:|---:|---:|---:|---:|---:|---:|";

    private LookupLoad() {}

    public static void main(String[] args) throws Exception {
        Map<String, String> a = options(args);
        String url = a.getOrDefault("url", "http://127.0.0.1:8080");
        String resource = a.getOrDefault("resource", "101001/000001");
        String item = a.getOrDefault("item", "sfzhm");
        List<String> keys = Files.readAllLines(Path.of(a.get("keys"))).stream().map(String::strip).filter(s -> !s.isEmpty()).toList();
        int connections = Integer.parseInt(a.getOrDefault("connections", "64"));
        int rounds = Integer.parseInt(a.getOrDefault("rounds", "1"));
        Duration warmup = Duration.ofSeconds(Long.parseLong(a.getOrDefault("warmup", "5")));
        Duration duration = Duration.ofSeconds(Long.parseLong(a.getOrDefault("duration", "20")));
        Options options = new Options("jdk".equals(a.get("client")), a.containsKey("server-pid") ? Long.parseLong(a.get("server-pid")) : null);
        List<Result> full = new ArrayList<>();
        List<Result> bare = new ArrayList<>();
        for (int r = 0; r < rounds; r++) {
            full.add(run("full", URI.create(url + "/api/v1/data/" + resource), item, keys, a.get("token"), connections, warmup, duration, options));
            System.out.println(HEADER + "\n" + full.getLast().row());
            bare.add(run("bare", URI.create(url + "/api/bench/bare/" + resource), item, keys, null, connections, warmup, duration, options));
            System.out.println(bare.getLast().row());
        }
        System.out.println();
        System.out.println(report(full, bare));
    }

    /** The rounds' table, then the medians and their ratios. */
    public static String report(List<Result> full, List<Result> bare) {
        StringBuilder s = new StringBuilder(HEADER).append('\n');
        for (int i = 0; i < full.size(); i++) {
            s.append(full.get(i).row()).append('\n').append(bare.get(i).row()).append('\n');
        }
        Result f = median(full);
        Result b = median(bare);
        s.append(String.format("median full: %.0f requests/s, p99 %.2f ms, %.3f server CPU ms/request%n", f.perSecond(), f.p99Millis(), f.serverCpuMillis()));
        s.append(String.format("median bare: %.0f requests/s, p99 %.2f ms, %.3f server CPU ms/request%n", b.perSecond(), b.p99Millis(), b.serverCpuMillis()));
        s.append(String.format("full/bare throughput ratio: %.2f", f.perSecond() / b.perSecond()));
        if (!Double.isNaN(f.serverCpuSeconds())) {
            s.append(String.format("%nbare/full server CPU per request (the throughput ratio when CPU-bound): %.2f", b.serverCpuMillis() / f.serverCpuMillis()));
        }
        return s.toString();
    }

    /** The round with the median throughput (the lower middle one for an even count). */
    static Result median(List<Result> rounds) {
        List<Result> sorted = rounds.stream().sorted(Comparator.comparingDouble(Result::perSecond)).toList();
        return sorted.get((sorted.size() - 1) / 2);
    }

    /**
     * Runs one side: warm-up (not counted), then {@code duration} of measured requests.
     *
     * @param token bearer token, or null for none
     */
    public static Result run(String name, URI base, String item, List<String> keys, String token, int connections, Duration warmup,
            Duration duration, Options options) throws InterruptedException {
        String host = base.getHost();
        if (!host.equals("127.0.0.1") && !host.equals("localhost") && !host.equals("::1") && !host.equals("[::1]")) {
            throw new IllegalArgumentException("the harness only loads a server on this machine, not " + host);
        }
        long warmupEnd = System.nanoTime() + warmup.toNanos();
        long end = warmupEnd + duration.toNanos();
        long[][] latencies = new long[connections][];
        AtomicLong errors = new AtomicLong();
        AtomicLong connects = new AtomicLong();
        List<Future<?>> clients = new ArrayList<>();
        double[] cpu = new double[4];
        try (var pool = Executors.newVirtualThreadPerTaskExecutor()) {
            for (int c = 0; c < connections; c++) {
                int id = c;
                clients.add(pool.submit(() -> {
                    latencies[id] = options.jdkClient() ? jdkClient(base, item, keys, token, id, warmupEnd, end, errors)
                            : leanClient(base, item, keys, token, id, warmupEnd, end, errors, connects);
                    return null;
                }));
            }
            sleepUntil(warmupEnd);
            cpu[0] = serverCpu(options.serverPid());
            cpu[1] = ownCpu();
            sleepUntil(end);
            cpu[2] = serverCpu(options.serverPid());
            cpu[3] = ownCpu();
        }
        for (var c : clients) {
            try {
                c.get();
            } catch (ExecutionException e) {
                throw new IllegalStateException("a client failed", e.getCause());
            }
        }
        long[] all = Arrays.stream(latencies).filter(java.util.Objects::nonNull).flatMapToLong(Arrays::stream).sorted().toArray();
        return new Result(name, all.length, errors.get(), duration.toNanos() / 1e9, percentile(all, 0.50), percentile(all, 0.99), cpu[2] - cpu[0],
                cpu[3] - cpu[1], loadAverage(), options.jdkClient() ? connections : connects.get());
    }

    /** One connection's loop over {@link KeepAliveClient}; returns the latencies (ns) of the requests sent after the warm-up. */
    private static long[] leanClient(URI base, String item, List<String> keys, String token, int id, long warmupEnd, long end, AtomicLong errors,
            AtomicLong connects) {
        try (KeepAliveClient http = new KeepAliveClient(base, token, 30_000)) {
            Latencies out = new Latencies();
            long seed = 0x9E3779B97F4A7C15L * (id + 1);
            while (true) {
                long start = System.nanoTime();
                if (start >= end) {
                    break;
                }
                seed = next(seed);
                String key = keys.get((int) Math.floorMod(seed, (long) keys.size()));
                int status;
                try {
                    status = http.get(item + "=" + URLEncoder.encode(key, StandardCharsets.UTF_8));
                } catch (IOException e) {
                    status = -1;
                }
                out.add(start, System.nanoTime(), warmupEnd, status, errors);
            }
            connects.addAndGet(http.connects());
            return out.toArray();
        }
    }

    /** The same loop over a JDK {@link HttpClient} per connection (the harness's first client, kept for comparison). */
    private static long[] jdkClient(URI base, String item, List<String> keys, String token, int id, long warmupEnd, long end, AtomicLong errors)
            throws InterruptedException {
        try (HttpClient http = HttpClient.newBuilder().version(HttpClient.Version.HTTP_1_1).connectTimeout(Duration.ofSeconds(5)).build()) {
            Latencies out = new Latencies();
            long seed = 0x9E3779B97F4A7C15L * (id + 1);
            while (true) {
                long start = System.nanoTime();
                if (start >= end) {
                    break;
                }
                seed = next(seed);
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
                out.add(start, System.nanoTime(), warmupEnd, status, errors);
            }
            return out.toArray();
        }
    }

    private static long next(long seed) {
        seed ^= seed << 13;
        seed ^= seed >>> 7;
        seed ^= seed << 17;
        return seed;
    }

    /** Latencies of the measured requests (those started after the warm-up). */
    private static final class Latencies {
        private long[] values = new long[1024];
        private int n;

        void add(long start, long stop, long warmupEnd, int status, AtomicLong errors) {
            if (start < warmupEnd) {
                return;
            }
            if (status != 200) {
                errors.incrementAndGet();
            }
            if (n == values.length) {
                values = Arrays.copyOf(values, n * 2);
            }
            values[n++] = stop - start;
        }

        long[] toArray() {
            return Arrays.copyOf(values, n);
        }
    }

    private static void sleepUntil(long nanoTime) throws InterruptedException {
        long left = nanoTime - System.nanoTime();
        if (left > 0) {
            Thread.sleep(Duration.ofNanos(left));
        }
    }

    /** The server's user + system CPU seconds so far, from {@code /proc/<pid>/stat} (clock ticks of 1/100 s); NaN without a pid. */
    static double serverCpu(Long pid) {
        if (pid == null) {
            return Double.NaN;
        }
        try {
            String stat = Files.readString(Path.of("/proc/" + pid + "/stat"));
            String[] f = stat.substring(stat.lastIndexOf(')') + 2).split(" ");
            return (Long.parseLong(f[11]) + Long.parseLong(f[12])) / 100.0;
        } catch (IOException | RuntimeException e) {
            return Double.NaN;
        }
    }

    private static double ownCpu() {
        return ManagementFactory.getPlatformMXBean(com.sun.management.OperatingSystemMXBean.class).getProcessCpuTime() / 1e9;
    }

    private static double loadAverage() {
        return ManagementFactory.getOperatingSystemMXBean().getSystemLoadAverage();
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
