package io.yudex.standards.division;

import io.yudex.standards.division.Division.Level;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

/** Reads the shipped NBS tables (see README.md beside them) into divisions. */
final class DivisionCsv {

    /** City-level rows that are slots of the coding scheme, not cities. */
    static final Set<String> PLACEHOLDER_CITY_NAMES = Set.of("市辖区", "县", "省直辖县级行政区划", "自治区直辖县级行政区划");

    private DivisionCsv() {
    }

    static List<Division> load() {
        List<Division> divisions = new ArrayList<>();
        for (String[] row : read("provinces.csv")) {
            divisions.add(new Division(row[0] + "0000", row[1], Level.PROVINCE, null));
        }
        Map<String, Division> cities = new HashMap<>();
        for (String[] row : read("cities.csv")) {
            if (!PLACEHOLDER_CITY_NAMES.contains(row[1])) {
                Division city = new Division(row[0] + "00", row[1], Level.CITY, row[2] + "0000");
                cities.put(row[0], city);
                divisions.add(city);
            }
        }
        for (String[] row : read("areas.csv")) {
            Division city = cities.get(row[2]);
            if (city != null && city.code().equals(row[0])) {
                continue; // a city without counties (东莞, 中山, 儋州) repeats itself at county level
            }
            String parent = city != null ? city.code() : row[3] + "0000";
            divisions.add(new Division(row[0], row[1], Level.COUNTY, parent));
        }
        return divisions;
    }

    /** Rows without the header; fields unquoted. Names in these files never contain commas or quotes. */
    static List<String[]> read(String file) {
        InputStream in = DivisionCsv.class.getResourceAsStream(file);
        if (in == null) {
            throw new IllegalStateException("Division table " + file + " is missing from the classpath next to "
                    + DivisionCsv.class.getName());
        }
        try (BufferedReader reader = new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8))) {
            return reader.lines().skip(1).filter(line -> !line.isBlank()).map(DivisionCsv::fields).toList();
        } catch (IOException e) {
            throw new UncheckedIOException("Cannot read division table " + file, e);
        }
    }

    private static String[] fields(String line) {
        String[] fields = line.strip().split(",", -1);
        for (int i = 0; i < fields.length; i++) {
            fields[i] = fields[i].replace("\"", "");
        }
        return fields;
    }
}
