package io.yudex.synth;

import io.yudex.standards.identifier.OrganizationCode;
import io.yudex.standards.identifier.UnifiedSocialCreditCode;

import java.util.SplittableRandom;

/**
 * The enterprise space: entity {@code e} is a pure function of the seed and {@code e}. Its county
 * is {@link SlotTable slot} {@code e mod 1024}, so licence numbers can be made unique per county.
 * Organisation codes are distinct for distinct {@code e}: entities founded before the 2015 reform
 * keep an eight-digit code, later ones and all individual businesses and cooperatives get
 * {@code MA} + six characters; each part is an affine permutation of {@code e}.
 */
final class Enterprises {

    static final int REFORM_DAY = Days.of(2015, 10, 1);
    private static final int FIRST_DAY = Days.of(1992, 1, 1);
    private static final int COOPERATIVE_LAW_DAY = Days.of(2007, 7, 1);
    static final int LAST_DAY = Days.of(2023, 12, 31);
    private static final long OLD_SPACE = 100_000_000L;
    private static final long NEW_SPACE = 887_503_681L; // 31^6
    private static final String[] COMPANY_TYPES = {"1130", "1130", "1130", "1130", "1130", "1151", "1151", "1151", "1190", "1140", "1222", "1110"};
    private static final String INDIVIDUAL_TYPE = "9500"; // ⚠ 个体工商户: code not confirmed against the SAMR table
    private static final String COOPERATIVE_TYPE = "9100"; // ⚠ 农民专业合作社: code not confirmed
    private static final long[] CAPITALS = {10, 30, 50, 50, 100, 100, 100, 200, 300, 500, 500, 1000, 2000, 3000, 5000, 10000};
    /** Cooperatives draw only from the first, smaller amounts. */
    private static final int COOPERATIVE_CAPITALS = 10;

    private final long seed;
    private final PersonSpace persons;
    private final long population;
    private final SlotTable counties;
    private final AffinePermutation oldCodes;
    private final AffinePermutation newCodes;

    Enterprises(long seed, PersonSpace persons, long population) {
        this.seed = seed;
        this.persons = persons;
        this.population = population;
        Henan henan = Henan.get();
        double[] weights = new double[henan.countyCount()];
        for (int c = 0; c < weights.length; c++) {
            weights[c] = henan.populationWeight(c) * (henan.urban(c) ? 1.5 : 1.0);
        }
        SplittableRandom r = Mix.random(seed, Mix.Purpose.TABLES, 2);
        counties = new SlotTable(weights, r);
        oldCodes = AffinePermutation.random(OLD_SPACE, r);
        newCodes = AffinePermutation.random(NEW_SPACE, r);
    }

    SlotTable counties() {
        return counties;
    }

    /** Entity {@code e} (e ≥ 0). */
    Enterprise get(long e) {
        SplittableRandom r = Mix.random(seed, Mix.Purpose.ENTERPRISE, e);
        Henan henan = Henan.get();
        int county = counties.target(e);
        int city = henan.cityOf(county);
        int u = r.nextInt(100);
        char type = u < 35 ? '1' : u < 95 ? '2' : '3';
        int first = type == '3' ? COOPERATIVE_LAW_DAY : FIRST_DAY;
        int founded = first + (int) ((LAST_DAY - first) * Math.sqrt(r.nextDouble()));
        boolean cityLevel = type == '1' && r.nextInt(10) < 3;
        String region = cityLevel ? henan.cityCode(city) : henan.code(county);
        String body = type == '1' && founded < REFORM_DAY ? oldBody(e) : newBody(e);
        String uscc = UnifiedSocialCreditCode.withCheckChar("9" + type + region + body + OrganizationCode.checkChar(body));
        StringBuilder name = new StringBuilder(24);
        String typeCode = type == '1' ? COMPANY_TYPES[r.nextInt(COMPANY_TYPES.length)]
                : type == '2' ? INDIVIDUAL_TYPE : COOPERATIVE_TYPE;
        boolean food = appendName(name, r, type, typeCode, county);
        String legalRep = legalRepresentative(r);
        String capital = capital(r, type, typeCode);
        StringBuilder address = new StringBuilder(henan.addressPrefix(county));
        Addresses.appendBusiness(address, r, henan.urban(county));
        String authority = (cityLevel || henan.name(county).equals(henan.cityName(city))
                ? henan.cityName(city) : henan.cityName(city) + henan.name(county)) + "市场监督管理局";
        return new Enterprise(e, uscc, name.toString(), typeCode, legalRep, capital, founded, address.toString(),
                authority, county, cityLevel, food);
    }

    /** Another name the same entity might be known by (a former or mistyped registration). */
    String otherName(Enterprise enterprise, SplittableRandom r) {
        String other;
        do {
            StringBuilder sb = new StringBuilder(24);
            appendName(sb, r, enterprise.entityType(), enterprise.typeCode(), enterprise.county());
            other = sb.toString();
        } while (other.equals(enterprise.name()));
        return other;
    }

    private String oldBody(long e) {
        long v = oldCodes.apply(e);
        String digits = Long.toString(v);
        return "0".repeat(8 - digits.length()) + digits;
    }

    private String newBody(long e) {
        long v = newCodes.apply(e);
        char[] chars = new char[8];
        chars[0] = 'M';
        chars[1] = 'A';
        for (int k = 7; k >= 2; k--) {
            chars[k] = UnifiedSocialCreditCode.ALPHABET.charAt((int) (v % 31));
            v /= 31;
        }
        return new String(chars);
    }

    private static boolean appendName(StringBuilder sb, SplittableRandom r, char type, String typeCode, int county) {
        Henan henan = Henan.get();
        int city = henan.cityOf(county);
        String local = henan.addressPrefix(county).substring(Henan.PROVINCE.length());
        switch (type) {
            case '1' -> {
                sb.append(r.nextInt(100) < 15 ? "河南" : henan.cityShortName(city));
                BusinessNames.appendTrade(sb, r);
                boolean food = BusinessNames.appendIndustry(sb, r);
                sb.append(typeCode.equals("1222") ? "股份有限公司" : "有限公司");
                return food;
            }
            case '2' -> {
                sb.append(local);
                int style = r.nextInt(10);
                if (style < 4) {
                    BusinessNames.appendTrade(sb, r);
                } else if (style < 7) {
                    sb.append('老').append(Names.surname(r));
                } else {
                    sb.append(Names.surname(r)).append('记');
                }
                return BusinessNames.appendShop(sb, r);
            }
            default -> {
                sb.append(local);
                BusinessNames.appendTrade(sb, r);
                BusinessNames.appendCooperative(sb, r);
                return false;
            }
        }
    }

    private String legalRepresentative(SplittableRandom r) {
        long working = persons.workingCount(population);
        long p = working > 0 ? persons.workingPerson(r.nextLong(working)) : 0;
        long located = persons.locate(p);
        StringBuilder sb = new StringBuilder(4);
        Names.append(sb, persons.random(p), PersonSpace.male(located), Days.year(PersonSpace.day(located)));
        return sb.toString();
    }

    private static String capital(SplittableRandom r, char type, String typeCode) {
        long cents;
        if (type == '2') {
            cents = (1 + r.nextInt(50)) * 100L;
        } else if (r.nextInt(10) == 0) {
            cents = 1000 + r.nextLong(500_000);
        } else {
            int choices = type == '3' ? COOPERATIVE_CAPITALS : CAPITALS.length;
            cents = CAPITALS[r.nextInt(choices)] * (typeCode.equals("1222") ? 10 : 1) * 100;
        }
        return Money.format(cents);
    }
}
