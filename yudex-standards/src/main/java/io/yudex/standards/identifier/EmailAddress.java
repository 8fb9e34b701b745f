package io.yudex.standards.identifier;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.regex.Pattern;

/**
 * An e-mail address in the form mail systems accept (RFC 5321 mailbox, dot-atom local part):
 * local part of at most 64 characters of letters, digits and {@code !#$%&'*+/=?^_`{|}~-} with
 * single inner dots; a domain of LDH labels (at most 63 each, no leading or trailing hyphen) and
 * an alphabetic top-level label; at most 254 characters in all. Quoted local parts and address
 * literals are rejected. Normalised: trimmed, domain lower-cased (the local part keeps its case).
 */
public final class EmailAddress {

    private static final Pattern LOCAL = Pattern.compile("[A-Za-z0-9!#$%&'*+/=?^_`{|}~-]+(?:\\.[A-Za-z0-9!#$%&'*+/=?^_`{|}~-]+)*");
    private static final Pattern LABEL = Pattern.compile("[a-z0-9](?:[a-z0-9-]{0,61}[a-z0-9])?");
    private static final Pattern TOP = Pattern.compile("[a-z]{2,63}");

    private EmailAddress() {
    }

    /** Never throws. */
    public static ValidationResult validate(String raw) {
        if (raw == null || raw.isBlank()) {
            return ValidationResult.of(raw == null ? null : "", List.of(IdentifierText.empty()), List.of());
        }
        String n = raw.strip();
        int at = n.lastIndexOf('@');
        if (at <= 0 || at == n.length() - 1) {
            return ValidationResult.of(n, List.of(new Problem(Problem.FORMAT, "expected local-part@domain")), List.of());
        }
        String local = n.substring(0, at);
        String domain = n.substring(at + 1).toLowerCase(Locale.ROOT);
        n = local + "@" + domain;
        List<Problem> errors = new ArrayList<>();
        if (n.length() > 254) {
            errors.add(new Problem(Problem.LENGTH, "expected at most 254 characters, got " + n.length()));
        }
        if (local.length() > 64 || !LOCAL.matcher(local).matches()) {
            errors.add(new Problem(Problem.FORMAT, "local part: at most 64 letters, digits or !#$%&'*+/=?^_`{|}~- with single inner dots"));
        }
        String[] labels = domain.split("\\.", -1);
        boolean labelsOk = labels.length >= 2;
        for (String label : labels) {
            labelsOk &= LABEL.matcher(label).matches();
        }
        if (!labelsOk || !TOP.matcher(labels[labels.length - 1]).matches()) {
            errors.add(new Problem(Problem.FORMAT, "domain: expected dot-separated labels of letters, digits and inner hyphens, "
                    + "ending in an alphabetic top-level label"));
        }
        return ValidationResult.of(n, errors, List.of());
    }
}
