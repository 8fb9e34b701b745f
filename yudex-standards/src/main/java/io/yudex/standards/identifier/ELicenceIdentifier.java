package io.yudex.standards.identifier;

import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.regex.Pattern;

/**
 * An e-licence identifier (电子证照标识, GB/T 36904):
 * {@code 1.2.156.3005.2.<licence type code>.<issuer USCC>.<serial>.<3-digit version>.<check>},
 * where the check character is ISO/IEC 7064 MOD 37,36 over the dot-free concatenation of type
 * code, issuer, serial and version. Type code and serial are not length-checked (⚠ the standard's
 * lengths were not confirmed), only required to be {@code 0-9 A-Z}.
 *
 * @param licenceTypeCode 证照类型代码, e.g. {@code 11100000000013338W011}
 * @param issuer          the issuing authority's unified social credit code
 * @param serial          the licence's serial within type and issuer
 * @param version         three digits, {@code 001} for the first issue
 */
public record ELicenceIdentifier(String licenceTypeCode, UnifiedSocialCreditCode issuer, String serial, String version) {

    /** The fixed OID arc that every identifier starts with. */
    public static final String PREFIX = "1.2.156.3005.2";

    private static final Pattern PART = Pattern.compile("[0-9A-Z]+");
    private static final Pattern VERSION = Pattern.compile("[0-9]{3}");
    private static final int PARTS = 10;

    /** @throws IllegalArgumentException if a part is null, empty or outside its alphabet */
    public ELicenceIdentifier {
        Objects.requireNonNull(issuer, "issuer");
        requirePart("licence type code", licenceTypeCode, PART);
        requirePart("serial", serial, PART);
        requirePart("version", version, VERSION);
    }

    /** Builds the identifier for these parts, computing the check character. */
    public static ELicenceIdentifier of(String licenceTypeCode, String issuerUscc, String serial, String version) {
        return new ELicenceIdentifier(licenceTypeCode, UnifiedSocialCreditCode.parse(issuerUscc), serial, version);
    }

    /** Checks format, prefix, each part and the check character. Never throws. */
    public static ValidationResult validate(String raw) {
        String n = IdentifierText.normalise(raw);
        if (n == null || n.isEmpty()) {
            return ValidationResult.of(n, List.of(IdentifierText.empty()), List.of());
        }
        String[] parts = n.split("\\.", -1);
        if (parts.length != PARTS) {
            return ValidationResult.of(n, List.of(new Problem(Problem.FORMAT,
                    "expected " + PARTS + " dot-separated parts, got " + parts.length)), List.of());
        }
        List<Problem> errors = new ArrayList<>();
        String prefix = String.join(".", List.of(parts).subList(0, 5));
        if (!prefix.equals(PREFIX)) {
            errors.add(new Problem(Problem.PREFIX, "expected prefix " + PREFIX + ", got " + prefix));
        }
        errors.addAll(partProblems(parts));
        return ValidationResult.of(n, errors, List.of());
    }

    /** @throws InvalidIdentifierException if {@code raw} is not valid */
    public static ELicenceIdentifier parse(String raw) {
        return tryParse(raw).orElseThrow(() -> new InvalidIdentifierException("e-licence identifier", validate(raw)));
    }

    /** The parsed identifier, or empty if {@code raw} is not valid. */
    public static Optional<ELicenceIdentifier> tryParse(String raw) {
        ValidationResult result = validate(raw);
        if (!result.valid()) {
            return Optional.empty();
        }
        String[] p = result.normalised().split("\\.");
        return Optional.of(new ELicenceIdentifier(p[5], UnifiedSocialCreditCode.parse(p[6]), p[7], p[8]));
    }

    /**
     * The MOD 37,36 check character for these parts.
     *
     * @throws IllegalArgumentException if a part has characters outside {@code 0-9 A-Z}
     */
    public static char checkChar(String licenceTypeCode, String issuerUscc, String serial, String version) {
        return Iso7064Mod37_36.checkChar(licenceTypeCode + issuerUscc + serial + version);
    }

    /** This identifier's check character. */
    public char checkChar() {
        return checkChar(licenceTypeCode, issuer.value(), serial, version);
    }

    /** The full dotted identifier. */
    public String value() {
        return String.join(".", PREFIX, licenceTypeCode, issuer.value(), serial, version, String.valueOf(checkChar()));
    }

    @Override
    public String toString() {
        return value();
    }

    private static List<Problem> partProblems(String[] parts) {
        List<Problem> errors = new ArrayList<>();
        partProblem("licence type code (part 6)", parts[5], PART, "0-9 A-Z").ifPresent(errors::add);
        ValidationResult issuer = UnifiedSocialCreditCode.validate(parts[6]);
        issuer.errors().forEach(p -> errors.add(new Problem(Problem.ISSUER, "issuer (part 7): " + p)));
        partProblem("serial (part 8)", parts[7], PART, "0-9 A-Z").ifPresent(errors::add);
        if (!VERSION.matcher(parts[8]).matches()) {
            errors.add(new Problem(Problem.VERSION, "version (part 9): expected 3 digits, got '" + parts[8] + "'"));
        }
        String data = parts[5] + parts[6] + parts[7] + parts[8];
        if (!parts[9].matches("[0-9A-Z]")) {
            errors.add(new Problem(Problem.CHARACTERS, "check (part 10): expected one character 0-9 A-Z, got '" + parts[9] + "'"));
        } else if (PART.matcher(data).matches()) {
            String expected = String.valueOf(Iso7064Mod37_36.checkChar(data));
            if (!expected.equals(parts[9])) {
                errors.add(new Problem(Problem.CHECK_DIGIT, "check character: expected " + expected + ", got " + parts[9]));
            }
        }
        return errors;
    }

    private static Optional<Problem> partProblem(String name, String part, Pattern pattern, String expectation) {
        return pattern.matcher(part).matches() ? Optional.empty()
                : Optional.of(new Problem(Problem.CHARACTERS, name + ": expected one or more of " + expectation + ", got '" + part + "'"));
    }

    private static void requirePart(String name, String value, Pattern pattern) {
        if (value == null || !pattern.matcher(value).matches()) {
            throw new IllegalArgumentException("Invalid e-licence " + name + ": '" + value + "' does not match " + pattern);
        }
    }
}
