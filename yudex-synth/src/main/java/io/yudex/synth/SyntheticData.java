package io.yudex.synth;

import java.io.BufferedOutputStream;
import java.io.BufferedWriter;
import java.io.IOException;
import java.io.OutputStream;
import java.io.OutputStreamWriter;
import java.io.Writer;
import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Objects;
import java.util.Optional;

/**
 * A deterministic generator of one dataset. Row {@code i} depends only on the seed, the defect
 * rate, the reference sizes and {@code i}: the same settings give the same bytes, and any range of
 * rows can be written on its own (for parallel generation, concatenate the ranges). Memory use
 * does not grow with the number of rows. Immutable and thread-safe.
 *
 * <pre>{@code
 * SyntheticData.builder(Dataset.POPULATION).seed(42).defectRate(0.03).build()
 *         .write(5_000_000, Path.of("population.csv"), StandardCharsets.UTF_8);
 * }</pre>
 *
 * <p>Output is CSV: a header of {@link Dataset#columns()}, {@code \n} line ends, no quoting (no
 * generated value contains a comma, quote or line break; missing values are empty fields).
 */
public final class SyntheticData {

    /** Default size of the person and enterprise spaces other datasets refer to. */
    public static final long DEFAULT_REFERENCE_ROWS = 1_000_000;
    /** Default share of defective rows. */
    public static final double DEFAULT_DEFECT_RATE = 0.03;

    private final Dataset dataset;
    private final long seed;
    private final double defectRate;
    private final World world;
    private final RowRenderer renderer;
    private final Defects defects;

    private SyntheticData(Builder b) {
        this.dataset = b.dataset;
        this.seed = b.seed;
        this.defectRate = b.defectRate;
        this.world = World.of(b.seed, b.population, b.enterprises);
        this.renderer = switch (dataset) {
            case POPULATION -> new PopulationRenderer(world);
            case SOCIAL_INSURANCE -> new SocialInsuranceRenderer(world);
            case ENTERPRISE -> new EnterpriseRenderer(world);
            case ADMIN_PENALTY -> new PenaltyRenderer(world);
            case VEHICLE -> new VehicleRenderer(world);
            case LICENCE -> new LicenceRenderer(world);
        };
        this.defects = new Defects(dataset, seed, defectRate, renderer);
    }

    /** A builder with seed 0, defect rate {@value #DEFAULT_DEFECT_RATE} and reference sizes {@value #DEFAULT_REFERENCE_ROWS}. */
    public static Builder builder(Dataset dataset) {
        return new Builder(Objects.requireNonNull(dataset, "dataset"));
    }

    /**
     * Writes header and rows {@code 0 … rows-1} to {@code out} in {@code charset}, replacing the
     * file. The person and enterprise spaces are {@code rows} large, so datasets written with the
     * same seed and row count refer to each other's persons and entities.
     *
     * @throws IOException if the file cannot be written
     */
    public static void write(Dataset dataset, long rows, long seed, double defectRate, Charset charset, Path out)
            throws IOException {
        builder(dataset).seed(seed).defectRate(defectRate).referenceRows(Math.max(1, rows)).build().write(rows, out, charset);
    }

    /** Like {@link #write(Dataset, long, long, double, Charset, Path)}, to a writer that is flushed, not closed. */
    public static void write(Dataset dataset, long rows, long seed, double defectRate, Writer out) throws IOException {
        builder(dataset).seed(seed).defectRate(defectRate).referenceRows(Math.max(1, rows)).build().write(rows, out);
    }

    public Dataset dataset() {
        return dataset;
    }

    public long seed() {
        return seed;
    }

    public double defectRate() {
        return defectRate;
    }

    /** The header line, without line terminator. */
    public String header() {
        return String.join(",", dataset.columns());
    }

    /** Row {@code i} exactly as {@link #write} writes it, without line terminator. */
    public String row(long i) {
        StringBuilder sb = new StringBuilder(160);
        appendRow(i, sb);
        return sb.toString();
    }

    /** The defect row {@code i} gets, or empty for a clean row. */
    public Optional<DefectKind> defect(long i) {
        requireIndex(i);
        return Optional.ofNullable(defects.kindOf(i));
    }

    /**
     * How many persons the population can have before citizen ID numbers repeat (about 98
     * million); beyond it, rows stay valid but the key {@code sfzhm} is no longer unique.
     */
    public long populationCapacity() {
        return world.persons().capacity();
    }

    /** Writes the header and rows {@code 0 … rows-1}; flushes {@code out} but does not close it. */
    public void write(long rows, Writer out) throws IOException {
        write(0, rows, true, out);
    }

    /** Writes the header and rows {@code 0 … rows-1} to a new or replaced file. */
    public void write(long rows, Path out, Charset charset) throws IOException {
        try (Writer writer = fileWriter(out, charset)) {
            write(rows, writer);
        }
    }

    /** UTF-8 through our own encoder (the hot path); other charsets through the JDK's. */
    private static Writer fileWriter(Path out, Charset charset) throws IOException {
        OutputStream stream = Files.newOutputStream(out);
        if (charset.equals(StandardCharsets.UTF_8)) {
            return new Utf8Writer(stream);
        }
        return new BufferedWriter(new OutputStreamWriter(new BufferedOutputStream(stream, 1 << 17), charset), 1 << 16);
    }

    /**
     * Writes rows {@code from … to-1}, after the header if {@code header}; flushes, does not close.
     *
     * @throws IllegalArgumentException unless {@code 0 <= from <= to}
     */
    public void write(long from, long to, boolean header, Writer out) throws IOException {
        if (from < 0 || to < from) {
            throw new IllegalArgumentException("Cannot write rows " + from + " to " + to + ": need 0 <= from <= to");
        }
        new CsvWriter(out).write(this, from, to, header);
    }

    void appendRow(long i, StringBuilder sb) {
        requireIndex(i);
        DefectKind kind = defects.kindOf(i);
        int start = sb.length();
        renderer.append(i, kind, sb);
        if (kind != null) {
            defects.apply(kind, i, sb, start);
        }
    }

    private static void requireIndex(long i) {
        if (i < 0) {
            throw new IllegalArgumentException("Row index must not be negative: " + i);
        }
    }

    /** Settings of a {@link SyntheticData}. */
    public static final class Builder {
        private final Dataset dataset;
        private long seed;
        private double defectRate = DEFAULT_DEFECT_RATE;
        private long population = DEFAULT_REFERENCE_ROWS;
        private long enterprises = DEFAULT_REFERENCE_ROWS;

        private Builder(Dataset dataset) {
            this.dataset = dataset;
        }

        public Builder seed(long seed) {
            this.seed = seed;
            return this;
        }

        /** Share of defective rows, 0 for clean data. @throws IllegalArgumentException outside [0, 1] */
        public Builder defectRate(double rate) {
            if (!(rate >= 0 && rate <= 1)) {
                throw new IllegalArgumentException("Defect rate must be between 0 and 1, got " + rate);
            }
            this.defectRate = rate;
            return this;
        }

        /** Persons {@code [0, rows)} exist for datasets that refer to people. @throws IllegalArgumentException if rows < 1 */
        public Builder populationRows(long rows) {
            this.population = positive(rows, "Population rows");
            return this;
        }

        /** Entities {@code [0, rows)} exist for datasets that refer to enterprises. @throws IllegalArgumentException if rows < 1 */
        public Builder enterpriseRows(long rows) {
            this.enterprises = positive(rows, "Enterprise rows");
            return this;
        }

        /** Sets both {@link #populationRows} and {@link #enterpriseRows}. */
        public Builder referenceRows(long rows) {
            return populationRows(rows).enterpriseRows(rows);
        }

        public SyntheticData build() {
            return new SyntheticData(this);
        }

        private static long positive(long rows, String what) {
            if (rows < 1) {
                throw new IllegalArgumentException(what + " must be at least 1, got " + rows);
            }
            return rows;
        }
    }
}
