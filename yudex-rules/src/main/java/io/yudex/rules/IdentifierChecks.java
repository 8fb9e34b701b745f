package io.yudex.rules;

import io.yudex.standards.division.DivisionRegistry;
import io.yudex.standards.identifier.BankCardNumber;
import io.yudex.standards.identifier.CitizenIdNumber;
import io.yudex.standards.identifier.CitizenIdValidator;
import io.yudex.standards.identifier.DivisionCode;
import io.yudex.standards.identifier.ELicenceIdentifier;
import io.yudex.standards.identifier.EmailAddress;
import io.yudex.standards.identifier.LandlineNumber;
import io.yudex.standards.identifier.LicencePlate;
import io.yudex.standards.identifier.MobileNumber;
import io.yudex.standards.identifier.OrganizationCode;
import io.yudex.standards.identifier.PostalCode;
import io.yudex.standards.identifier.Problem;
import io.yudex.standards.identifier.UnifiedSocialCreditCode;
import io.yudex.standards.identifier.ValidationResult;

import java.time.Clock;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Objects;
import java.util.function.Function;
import java.util.stream.Collectors;

/**
 * The facade the validate API calls: one entry point that takes a type name and a value and
 * returns validity, the normalised value and every reason. Immutable and thread-safe.
 *
 * <pre>{@code
 * IdentifierChecks checks = IdentifierChecks.standard(clock);
 * Verdict v = checks.check("citizen-id", "11010519491231002x");  // valid, normalized ...002X
 * List<Verdict> all = checks.checkAll("uscc", values);            // up to MAX_BATCH values
 * }</pre>
 */
public final class IdentifierChecks {

    /** The most values {@link #checkAll} accepts in one call. */
    public static final int MAX_BATCH = 10_000;

    private final DivisionRegistry registry;
    private final CitizenIdValidator citizenIds;
    private final boolean requireKnownAddress;

    /**
     * @param clock              decides "today" for birth dates (the platform's zone, Asia/Shanghai)
     * @param registry           the GB/T 2260 table for division codes and region checks
     * @param requireKnownAddress whether a citizen ID address code missing from {@code registry} is an
     *                           error rather than a warning (numbers keep retired codes, so the default is a warning)
     */
    public IdentifierChecks(Clock clock, DivisionRegistry registry, boolean requireKnownAddress) {
        this.registry = Objects.requireNonNull(registry, "registry");
        CitizenIdValidator validator = CitizenIdNumber.validator(Objects.requireNonNull(clock, "clock")).withRegistry(registry);
        this.citizenIds = requireKnownAddress ? validator.requireKnownAddress() : validator;
        this.requireKnownAddress = requireKnownAddress;
    }

    /** The GB/T 2260 table the checks use (compilers of these checks must use the same). */
    public DivisionRegistry registry() {
        return registry;
    }

    /** Whether a citizen ID address code missing from {@link #registry()} is an error rather than a warning. */
    public boolean requiresKnownAddress() {
        return requireKnownAddress;
    }

    /** The shipped division table; unknown citizen-ID address codes are warnings. */
    public static IdentifierChecks standard(Clock clock) {
        return new IdentifierChecks(clock, DivisionRegistry.loadDefault(), false);
    }

    /**
     * Checks one value.
     *
     * @param type  an {@link IdentifierType#apiName() API name}, e.g. {@code citizen-id}
     * @param value may be null or blank (then invalid with reason {@code EMPTY})
     * @throws UnknownCheckException if {@code type} is not an identifier type
     */
    public Verdict check(String type, String value) {
        return check(typeOf(type), value);
    }

    /** Checks one value of a known type. Never throws. */
    public Verdict check(IdentifierType type, String value) {
        return checker(type, citizenIds).apply(value);
    }

    /**
     * Checks a batch, in order. "Today" is read once for the whole batch.
     *
     * @throws UnknownCheckException if {@code type} is unknown or there are more than {@link #MAX_BATCH} values
     */
    public List<Verdict> checkAll(String type, List<String> values) {
        IdentifierType t = typeOf(type);
        if (values.size() > MAX_BATCH) {
            throw new UnknownCheckException("At most " + MAX_BATCH + " values per call, got " + values.size());
        }
        Function<String, Verdict> checker = checker(t, citizenIds.pinnedToToday());
        List<Verdict> verdicts = new ArrayList<>(values.size());
        for (String value : values) {
            verdicts.add(checker.apply(value));
        }
        return verdicts;
    }

    /** Whether {@code value} is valid, without building reasons where the type allows (citizen ID, USCC). */
    public boolean isValid(IdentifierType type, String value) {
        return switch (type) {
            case CITIZEN_ID -> citizenIds.isValid(value);
            case USCC -> UnifiedSocialCreditCode.isValid(value);
            default -> check(type, value).valid();
        };
    }

    private Function<String, Verdict> checker(IdentifierType type, CitizenIdValidator ids) {
        return switch (type) {
            case CITIZEN_ID -> v -> verdict(v, ids.validate(v));
            case USCC -> v -> verdict(v, UnifiedSocialCreditCode.validate(v, registry));
            case ORG_CODE -> v -> verdict(v, OrganizationCode.validate(v));
            case DIVISION_CODE -> v -> verdict(v, DivisionCode.validate(v, registry, null));
            case MOBILE -> v -> verdict(v, MobileNumber.validate(v));
            case LANDLINE -> v -> verdict(v, LandlineNumber.validate(v));
            case POSTAL_CODE -> v -> verdict(v, PostalCode.validate(v));
            case EMAIL -> v -> verdict(v, EmailAddress.validate(v));
            case BANK_CARD -> v -> verdict(v, BankCardNumber.validate(v));
            case LICENCE_PLATE -> v -> verdict(v, LicencePlate.validate(v));
            case E_LICENCE -> v -> verdict(v, ELicenceIdentifier.validate(v));
        };
    }

    static IdentifierType typeOf(String name) {
        return IdentifierType.fromApiName(name).orElseThrow(() -> new UnknownCheckException("Unknown identifier type '" + name
                + "'; expected one of " + Arrays.stream(IdentifierType.values()).map(IdentifierType::apiName).collect(Collectors.joining(", "))));
    }

    private static Verdict verdict(String value, ValidationResult result) {
        if (result.errors().isEmpty() && result.warnings().isEmpty()) {
            return new Verdict(value, true, result.normalised(), List.of());
        }
        List<Reason> reasons = new ArrayList<>(result.errors().size() + result.warnings().size());
        for (Problem p : result.errors()) {
            reasons.add(Reason.error(p.code(), p.message()));
        }
        for (Problem p : result.warnings()) {
            reasons.add(Reason.warning(p.code(), p.message()));
        }
        return new Verdict(value, result.valid(), result.normalised(), reasons);
    }
}
