package io.yudex.standards.division;

import io.yudex.standards.division.Division.Level;

import java.util.ArrayList;
import java.util.Collection;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.NoSuchElementException;
import java.util.Optional;
import java.util.TreeMap;

/**
 * An immutable, thread-safe table of divisions arranged as a tree: provinces, their cities, and
 * counties under a city or directly under the province.
 *
 * <p>How the shipped NBS table (2023-06-30) becomes a tree:
 * <ul>
 *   <li>City rows 市辖区 / 县 / 省直辖县级行政区划 / 自治区直辖县级行政区划 are placeholders and
 *       are not divisions. Their counties hang directly under the province and keep level COUNTY:
 *       Beijing's districts are children of {@code 110000}; 济源 {@code 419001} is a child of
 *       {@code 410000}, next to the 17 cities. Codes like {@code 110100} or {@code 419000} are
 *       therefore not found.</li>
 *   <li>Cities without counties (东莞 441900, 中山 442000, 儋州 460400) appear in the source a second
 *       time at county level with the same code; they are kept once, as CITY. They are still
 *       county-level units: see {@link #countyLevelUnits()}.</li>
 * </ul>
 */
public final class DivisionRegistry {

    private final Map<String, Division> byCode;
    private final Map<String, List<Division>> childrenByCode;
    /** One bit per six-digit code, for {@link #contains(int)} on hot paths (125 KB). */
    private final long[] codeBits = new long[1_000_000 / 64 + 1];

    private DivisionRegistry(Map<String, Division> byCode, Map<String, List<Division>> childrenByCode) {
        this.byCode = byCode;
        this.childrenByCode = childrenByCode;
        for (String code : byCode.keySet()) {
            int c = Integer.parseInt(code);
            codeBits[c >>> 6] |= 1L << c;
        }
    }

    /** The shipped table, read from the classpath once and then shared. */
    public static DivisionRegistry loadDefault() {
        return Default.INSTANCE;
    }

    /**
     * A registry of exactly these divisions.
     *
     * @throws IllegalArgumentException on a duplicate code or a parent code that is not among them
     */
    public static DivisionRegistry of(Collection<Division> divisions) {
        Map<String, Division> byCode = new TreeMap<>();
        for (Division d : divisions) {
            if (byCode.putIfAbsent(d.code(), d) != null) {
                throw new IllegalArgumentException("Duplicate division code " + d.code());
            }
        }
        Map<String, List<Division>> children = new LinkedHashMap<>();
        for (Division d : byCode.values()) {
            if (d.parentCode() != null) {
                if (!byCode.containsKey(d.parentCode())) {
                    throw new IllegalArgumentException("Division " + d.code() + " has unknown parent " + d.parentCode());
                }
                children.computeIfAbsent(d.parentCode(), k -> new ArrayList<>()).add(d);
            }
        }
        children.replaceAll((code, list) -> List.copyOf(list));
        return new DivisionRegistry(Collections.unmodifiableMap(byCode), Collections.unmodifiableMap(children));
    }

    /** The division with this code; empty for unknown, placeholder, malformed or null codes. */
    public Optional<Division> find(String code) {
        return Optional.ofNullable(code == null ? null : byCode.get(code));
    }

    /** Whether {@link #find} would find it. */
    public boolean contains(String code) {
        return find(code).isPresent();
    }

    /**
     * Whether the division with this code, given as a number ({@code 410105}), is in the table.
     * Allocation-free; false outside {@code 0…999999}.
     */
    public boolean contains(int code) {
        return code >= 0 && code < 1_000_000 && (codeBits[code >>> 6] & (1L << code)) != 0;
    }

    /** Direct children ordered by code; empty for a leaf or an unknown code. */
    public List<Division> children(String code) {
        return code == null ? List.of() : childrenByCode.getOrDefault(code, List.of());
    }

    /** The division directly above, empty for a province or an unknown code. */
    public Optional<Division> parent(String code) {
        return find(code).map(Division::parentCode).flatMap(this::find);
    }

    /** Province first, down to the division itself; empty for an unknown code. */
    public List<Division> path(String code) {
        List<Division> path = new ArrayList<>();
        for (Optional<Division> d = find(code); d.isPresent(); d = parent(d.get().code())) {
            path.addFirst(d.get());
        }
        return List.copyOf(path);
    }

    /** All provinces ordered by code. */
    public List<Division> provinces() {
        return ofLevel(Level.PROVINCE);
    }

    /**
     * The province that contains {@code code} (by its first two digits); {@code code} itself need
     * not be in the table.
     *
     * @throws IllegalArgumentException if the code is malformed
     * @throws NoSuchElementException   if the province is not in the table
     */
    public Division province(String code) {
        String provinceCode = DivisionCodes.provinceCodeOf(code);
        return find(provinceCode).orElseThrow(() -> new NoSuchElementException(
                "No province " + provinceCode + " in the division table (looked up for " + code + ")"));
    }

    /** All divisions of one level, ordered by code. */
    public List<Division> ofLevel(Level level) {
        return byCode.values().stream().filter(d -> d.level() == level).toList();
    }

    /**
     * The bottom tier: every division below province level that has no children. This is every
     * county plus the cities that have no counties (东莞, 中山, 儋州), and matches the 2,978 rows of
     * the source's county table.
     */
    public List<Division> countyLevelUnits() {
        return byCode.values().stream()
                .filter(d -> d.level() != Level.PROVINCE && !childrenByCode.containsKey(d.code()))
                .toList();
    }

    /** Every division ordered by code. */
    public List<Division> all() {
        return List.copyOf(byCode.values());
    }

    public int size() {
        return byCode.size();
    }

    private static final class Default {
        static final DivisionRegistry INSTANCE = of(DivisionCsv.load());
    }
}
