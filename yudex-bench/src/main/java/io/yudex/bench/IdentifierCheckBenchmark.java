package io.yudex.bench;

import cn.hutool.core.util.CreditCodeUtil;
import cn.hutool.core.util.IdcardUtil;
import io.yudex.standards.division.DivisionRegistry;
import io.yudex.standards.identifier.CitizenIdNumber;
import io.yudex.standards.identifier.CitizenIdValidator;
import io.yudex.standards.identifier.UnifiedSocialCreditCode;
import io.yudex.standards.identifier.ValidationResult;
import java.time.Clock;
import java.time.ZoneId;
import java.util.concurrent.TimeUnit;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Fork;
import org.openjdk.jmh.annotations.Level;
import org.openjdk.jmh.annotations.Measurement;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Param;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.Warmup;

/**
 * Identifier checks, ours against Hutool's {@code IdcardUtil.isValidCard} and
 * {@code CreditCodeUtil.isCreditCode} in the same run, over the same generated column (Henan
 * citizen IDs and USCCs from {@code yudex-synth} with 3% realistic defects). One operation checks
 * one value. {@code citizenIdChecksumOnly} is the floor: the MOD 11-2 loop and nothing else.
 */
@BenchmarkMode(Mode.Throughput)
@OutputTimeUnit(TimeUnit.SECONDS)
@Warmup(iterations = 3, time = 1)
@Measurement(iterations = 5, time = 1)
@Fork(value = 1, jvmArgsAppend = {"-Xmx1g"})
public class IdentifierCheckBenchmark {

    static final int SAMPLE = 4096;
    private static final int[] WEIGHTS = {7, 9, 10, 5, 8, 4, 2, 1, 6, 3, 7, 9, 10, 5, 8, 4, 2};

    @State(Scope.Thread)
    public static class Samples {
        @Param("0.03")
        public double defectRate;

        String[] citizenIds;
        String[] usccs;
        int next;
        /**
         * As the validate API runs a batch: address code must exist in the shipped GB/T 2260 table
         * (region check), real calendar date not after today (read once per batch), check digit.
         */
        CitizenIdValidator citizenIdValidator;
        DivisionRegistry registry;

        @Setup(Level.Trial)
        public void generate() {
            citizenIds = IdentifierSamples.citizenIds(42, SAMPLE, defectRate).toArray(String[]::new);
            usccs = IdentifierSamples.usccs(42, SAMPLE, defectRate).toArray(String[]::new);
            registry = DivisionRegistry.loadDefault();
            citizenIdValidator = CitizenIdNumber.validator(Clock.system(ZoneId.of("Asia/Shanghai")))
                    .withRegistry(registry).requireKnownAddress().pinnedToToday();
        }

        String citizenId() {
            return citizenIds[next++ & (SAMPLE - 1)];
        }

        String uscc() {
            return usccs[next++ & (SAMPLE - 1)];
        }
    }

    @Benchmark
    public boolean citizenIdOurs(Samples s) {
        return s.citizenIdValidator.isValid(s.citizenId());
    }

    /** The facade's path: a full result with every reason (allocates only for invalid values). */
    @Benchmark
    public ValidationResult citizenIdOursWithReasons(Samples s) {
        return s.citizenIdValidator.validate(s.citizenId());
    }

    @Benchmark
    public boolean citizenIdHutool(Samples s) {
        return IdcardUtil.isValidCard(s.citizenId());
    }

    @Benchmark
    public boolean citizenIdChecksumOnly(Samples s) {
        return checksumOnly(s.citizenId());
    }

    @Benchmark
    public boolean usccOurs(Samples s) {
        return UnifiedSocialCreditCode.isValid(s.uscc());
    }

    /** With the division table: a region code missing from it adds a warning. */
    @Benchmark
    public ValidationResult usccOursWithReasons(Samples s) {
        return UnifiedSocialCreditCode.validate(s.uscc(), s.registry);
    }

    @Benchmark
    public boolean usccHutool(Samples s) {
        return CreditCodeUtil.isCreditCode(s.uscc());
    }

    /** MOD 11-2 over 17 ASCII digits compared with the 18th; no other check. */
    static boolean checksumOnly(String id) {
        if (id.length() != 18) {
            return false;
        }
        int sum = 0;
        for (int i = 0; i < 17; i++) {
            sum += (id.charAt(i) - '0') * WEIGHTS[i];
        }
        return "10X98765432".charAt(sum % 11) == id.charAt(17);
    }
}
