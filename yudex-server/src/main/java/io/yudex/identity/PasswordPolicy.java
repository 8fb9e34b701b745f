package io.yudex.identity;

import io.yudex.platform.YudexProperties;
import java.util.Optional;

/** Password complexity (等保2.0): a minimum length and a mix of character classes. */
final class PasswordPolicy {

    private final int minLength;
    private final int minClasses;

    PasswordPolicy(YudexProperties.Security security) {
        this.minLength = security.passwordMinLength();
        this.minClasses = security.passwordMinClasses();
    }

    /** Why the password is not acceptable, or empty when it is. */
    Optional<String> violation(String password) {
        if (password == null || password.length() < minLength) {
            return Optional.of("must be at least " + minLength + " characters");
        }
        int classes = 0;
        if (password.chars().anyMatch(Character::isUpperCase)) classes++;
        if (password.chars().anyMatch(Character::isLowerCase)) classes++;
        if (password.chars().anyMatch(Character::isDigit)) classes++;
        if (password.chars().anyMatch(c -> !Character.isLetterOrDigit(c))) classes++;
        if (classes < minClasses) {
            return Optional.of("must mix at least " + minClasses + " of: upper-case, lower-case, digits, symbols");
        }
        return Optional.empty();
    }
}
