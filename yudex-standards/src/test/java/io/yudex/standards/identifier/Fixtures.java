package io.yudex.standards.identifier;

import io.yudex.standards.division.Division;
import io.yudex.standards.division.DivisionRegistry;

import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.util.List;
import java.util.Random;
import java.util.stream.IntStream;

/** Generates valid identifiers from the production generators so tests can mutate them. */
final class Fixtures {

    static final List<String> COUNTY_CODES = DivisionRegistry.loadDefault().ofLevel(Division.Level.COUNTY)
            .stream().map(Division::code).toList();
    private static final DateTimeFormatter YYYYMMDD = DateTimeFormatter.BASIC_ISO_DATE;

    private Fixtures() {
    }

    static String citizenId(String address, LocalDate birth, int sequence) {
        return CitizenIdNumber.withCheckDigit(address + birth.format(YYYYMMDD) + "%03d".formatted(sequence));
    }

    static String randomCitizenId(Random random) {
        String address = COUNTY_CODES.get(random.nextInt(COUNTY_CODES.size()));
        LocalDate birth = LocalDate.of(1900, 1, 1).plusDays(random.nextInt(45_000));
        return citizenId(address, birth, random.nextInt(1000));
    }

    static List<String> randomCitizenIds(long seed, int count) {
        Random random = new Random(seed);
        return IntStream.range(0, count).mapToObj(i -> randomCitizenId(random)).toList();
    }

    /** A USCC whose embedded organisation code also passes (its check is never X, which USCC lacks). */
    static String randomUscc(Random random) {
        String alphabet = UnifiedSocialCreditCode.ALPHABET;
        String region = COUNTY_CODES.get(random.nextInt(COUNTY_CODES.size()));
        String orgCode;
        do {
            StringBuilder body = new StringBuilder();
            for (int i = 0; i < 8; i++) {
                body.append(alphabet.charAt(random.nextInt(alphabet.length())));
            }
            orgCode = OrganizationCode.withCheckChar(body.toString());
        } while (orgCode.endsWith("X"));
        return UnifiedSocialCreditCode.withCheckChar("91" + region + orgCode);
    }

    static List<String> randomUsccs(long seed, int count) {
        Random random = new Random(seed);
        return IntStream.range(0, count).mapToObj(i -> randomUscc(random)).toList();
    }

    /** Every string that differs from {@code value} in exactly one position, using {@code alphabet}. */
    static List<String> singleSubstitutions(String value, String alphabet) {
        return IntStream.range(0, value.length()).boxed().flatMap(i -> alphabet.chars()
                        .filter(c -> c != value.charAt(i))
                        .mapToObj(c -> value.substring(0, i) + (char) c + value.substring(i + 1)))
                .toList();
    }

    /** Full-width form of ASCII digits and letters (U+FF10…). */
    static String fullWidth(String ascii) {
        StringBuilder out = new StringBuilder();
        ascii.chars().forEach(c -> out.append((char) (c + 0xFEE0)));
        return out.toString();
    }
}
