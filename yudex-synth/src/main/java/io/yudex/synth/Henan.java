package io.yudex.synth;

import io.yudex.standards.division.Division;
import io.yudex.standards.division.DivisionRegistry;

import java.util.ArrayList;
import java.util.List;

/**
 * Henan's 17 prefecture-level cities, 济源 and their county-level units from the shipped GB/T 2260
 * table, with the per-city facts the generators need. Statistical development zones (county part
 * 7x, e.g. 410171) are left out: they are not GB/T 2260 codes and appear on no ID card.
 * Immutable; built once.
 */
final class Henan {

    static final String PROVINCE = "河南省";
    static final String PROVINCE_CODE = "410000";

    /** Per city, in code order 4101…4117 then 济源: resident population 2020 (10k, 7th census). */
    private static final int[] CITY_POPULATION = {1260, 483, 706, 499, 548, 157, 625, 352, 377, 438, 237, 204, 971, 782, 623, 903, 701, 73};
    /** Plate letter after 豫 (GA 36), per city in the same order. */
    private static final String PLATE_LETTERS = "ABCDEFGHJKLMRNSPQU";
    /** Abbreviation used in administrative document numbers (郑市监罚…), per city. */
    private static final String DOC_ABBREVIATIONS = "郑汴洛平安鹤新焦濮许漯三宛商信周驻济";

    private static final Henan INSTANCE = new Henan(DivisionRegistry.loadDefault());

    private final List<String> cityCodes = new ArrayList<>();
    private final List<String> cityNames = new ArrayList<>();
    private final List<String> codes = new ArrayList<>();
    private final List<String> names = new ArrayList<>();
    private final List<Integer> cityOf = new ArrayList<>();
    private final String[] codeArray;
    private final String[] nameArray;
    private final String[] prefixArray;
    private final int[] cityArray;
    private final int[] countiesPerCity;

    private Henan(DivisionRegistry registry) {
        for (Division d : registry.children(PROVINCE_CODE)) {
            if (d.level() == Division.Level.CITY) {
                addCity(d.code(), d.name(), registry.children(d.code()));
            } else {
                addCity(d.code(), d.name(), List.of(d)); // 济源 419001: a county directly under the province
            }
        }
        codeArray = codes.toArray(String[]::new);
        nameArray = names.toArray(String[]::new);
        cityArray = cityOf.stream().mapToInt(Integer::intValue).toArray();
        countiesPerCity = new int[cityCodes.size()];
        prefixArray = new String[codeArray.length];
        for (int c = 0; c < codeArray.length; c++) {
            countiesPerCity[cityArray[c]]++;
            String city = cityNames.get(cityArray[c]);
            prefixArray[c] = PROVINCE + (city.equals(nameArray[c]) ? "" : city) + nameArray[c];
        }
        if (cityCodes.size() != CITY_POPULATION.length) {
            throw new IllegalStateException("Expected 18 Henan cities in the division table, found " + cityCodes.size());
        }
    }

    static Henan get() {
        return INSTANCE;
    }

    private void addCity(String code, String name, List<Division> counties) {
        int city = cityCodes.size();
        cityCodes.add(code);
        cityNames.add(name);
        for (Division county : counties) {
            if (county.code().charAt(4) != '7') {
                codes.add(county.code());
                names.add(county.name());
                cityOf.add(city);
            }
        }
    }

    int countyCount() {
        return codeArray.length;
    }

    /** Six-digit GB/T 2260 code of county {@code c}. */
    String code(int c) {
        return codeArray[c];
    }

    /** County name, e.g. 金水区. */
    String name(int c) {
        return nameArray[c];
    }

    /** 河南省 + city + county, e.g. 河南省郑州市金水区 (河南省济源市 for 济源). */
    String addressPrefix(int c) {
        return prefixArray[c];
    }

    /** Whether county {@code c} is an urban district (市辖区). */
    boolean urban(int c) {
        return nameArray[c].endsWith("区");
    }

    int cityOf(int c) {
        return cityArray[c];
    }

    int cityCount() {
        return cityCodes.size();
    }

    /** The registry code of a city, e.g. 410100; 419001 for 济源. */
    String cityCode(int city) {
        return cityCodes.get(city);
    }

    /** City name, e.g. 郑州市. */
    String cityName(int city) {
        return cityNames.get(city);
    }

    /** City name without 市, e.g. 郑州. */
    String cityShortName(int city) {
        String n = cityNames.get(city);
        return n.endsWith("市") ? n.substring(0, n.length() - 1) : n;
    }

    char plateLetter(int city) {
        return PLATE_LETTERS.charAt(city);
    }

    char documentAbbreviation(int city) {
        return DOC_ABBREVIATIONS.charAt(city);
    }

    /** Relative population of county {@code c}: its city's population split evenly among its counties. */
    double populationWeight(int c) {
        int city = cityArray[c];
        return (double) CITY_POPULATION[city] / countiesPerCity[city];
    }

    /** Relative population of a city. */
    double cityPopulation(int city) {
        return CITY_POPULATION[city];
    }
}
