package io.yudex.exchange;

import java.time.LocalDate;
import java.util.List;
import java.util.Map;

/**
 * A provider's (or the platform admin's) decision on an application.
 *
 * @param decision   {@code approve} or {@code reject}
 * @param items      to narrow an approval to fewer items than asked; null or empty grants what was asked
 * @param validUntil to shorten an approval; null grants the period asked
 * @param reason     required to reject; kept on an approval
 * @param masks      item → masking spec (e.g. {@code HASH(SM3)}, {@code NULLIFY}, {@code DATE_SHOW_YEAR}) stricter than
 *                   the item's default; null keeps the defaults
 * @param quotaPerMinute requests per minute for the grant; null for the configured default
 */
public record DecisionCommand(String decision, List<String> items, LocalDate validUntil, String reason, Map<String, String> masks,
        Integer quotaPerMinute) {

    public DecisionCommand(String decision, List<String> items, LocalDate validUntil, String reason) {
        this(decision, items, validUntil, reason, null, null);
    }
}
