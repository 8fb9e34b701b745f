package io.yudex.synth;

import java.io.IOException;
import java.io.PrintStream;
import java.lang.management.ManagementFactory;
import java.lang.management.ThreadMXBean;
import java.nio.charset.Charset;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.Locale;
import java.util.Map;
import java.util.Set;

/**
 * Command line: writes one dataset to a CSV file and reports rows per second on standard error.
 *
 * <pre>
 * java -cp yudex-synth.jar:yudex-standards.jar io.yudex.synth.SynthMain --dataset population \
 *      --rows 5000000 --seed 42 --defects 0.03 --encoding UTF-8 --out population.csv
 * </pre>
 */
public final class SynthMain {

    private static final Set<String> OPTIONS = Set.of("dataset", "rows", "seed", "defects", "encoding", "out",
            "population", "enterprises");
    private static final String USAGE = """
            Usage: SynthMain --dataset NAME --rows N --out FILE [--seed N] [--defects RATE] [--encoding CHARSET]
                             [--population N] [--enterprises N]
              --dataset      population | social_insurance | enterprise | admin_penalty | vehicle | licence
              --defects      share of defective rows, default 0.03; 0 for clean data
              --encoding     UTF-8 (default) or GB18030
              --population   persons other datasets refer to, default: --rows
              --enterprises  entities other datasets refer to, default: --rows""";

    private SynthMain() {
    }

    public static void main(String[] args) {
        int status = run(args, System.err);
        if (status != 0) {
            System.exit(status);
        }
    }

    /** Runs the command; returns 0 on success, 2 for bad arguments, 1 for I/O failure. */
    static int run(String[] args, PrintStream err) {
        Map<String, String> options;
        Job job;
        try {
            options = parse(args);
            job = Job.of(options);
        } catch (IllegalArgumentException e) {
            err.println(e.getMessage());
            err.println(USAGE);
            return 2;
        }
        ThreadMXBean threads = ManagementFactory.getThreadMXBean();
        long started = System.nanoTime();
        long cpuStarted = threads.getCurrentThreadCpuTime();
        try {
            job.data().write(job.rows(), job.out(), job.charset());
        } catch (IOException e) {
            err.println("Cannot write " + job.out() + ": " + e.getMessage());
            return 1;
        }
        double seconds = (System.nanoTime() - started) / 1e9;
        double cpu = (threads.getCurrentThreadCpuTime() - cpuStarted) / 1e9;
        err.printf(Locale.ROOT, "%s: %,d rows in %.2f s, %,.0f rows/s (%,.0f rows per CPU second) -> %s (%s)%n",
                job.data().dataset().id(), job.rows(), seconds, job.rows() / Math.max(seconds, 1e-9),
                job.rows() / Math.max(cpu, 1e-9), job.out(), job.charset().name());
        return 0;
    }

    private static Map<String, String> parse(String[] args) {
        Map<String, String> options = new HashMap<>();
        for (int k = 0; k < args.length; k += 2) {
            String name = args[k].startsWith("--") ? args[k].substring(2) : "";
            if (!OPTIONS.contains(name)) {
                throw new IllegalArgumentException("Unknown option '" + args[k] + "'");
            }
            if (k + 1 >= args.length) {
                throw new IllegalArgumentException("Option " + args[k] + " needs a value");
            }
            options.put(name, args[k + 1]);
        }
        for (String required : new String[] {"dataset", "rows", "out"}) {
            if (!options.containsKey(required)) {
                throw new IllegalArgumentException("Missing option --" + required);
            }
        }
        return options;
    }

    private record Job(SyntheticData data, long rows, Path out, Charset charset) {

        static Job of(Map<String, String> o) {
            long rows = number(o, "rows", null);
            SyntheticData data = SyntheticData.builder(Dataset.fromId(o.get("dataset")))
                    .seed(number(o, "seed", 0L))
                    .defectRate(rate(o.getOrDefault("defects", String.valueOf(SyntheticData.DEFAULT_DEFECT_RATE))))
                    .populationRows(number(o, "population", Math.max(1, rows)))
                    .enterpriseRows(number(o, "enterprises", Math.max(1, rows)))
                    .build();
            Charset charset;
            try {
                charset = Charset.forName(o.getOrDefault("encoding", "UTF-8"));
            } catch (IllegalArgumentException e) { // IllegalCharsetName- and UnsupportedCharsetException
                throw new IllegalArgumentException("Unknown encoding '" + o.get("encoding") + "'");
            }
            if (rows < 0) {
                throw new IllegalArgumentException("--rows must not be negative, got " + rows);
            }
            return new Job(data, rows, Path.of(o.get("out")), charset);
        }

        private static long number(Map<String, String> o, String name, Long fallback) {
            String value = o.get(name);
            if (value == null) {
                return fallback;
            }
            try {
                return Long.parseLong(value.replace("_", ""));
            } catch (NumberFormatException e) {
                throw new IllegalArgumentException("--" + name + " must be a whole number, got '" + value + "'");
            }
        }

        private static double rate(String value) {
            try {
                return Double.parseDouble(value);
            } catch (NumberFormatException e) {
                throw new IllegalArgumentException("--defects must be a number between 0 and 1, got '" + value + "'");
            }
        }
    }
}
