package io.yudex.exchange;

import java.time.LocalDate;
import java.util.List;

/**
 * A provider's (or the platform admin's) decision on an application.
 *
 * @param decision   {@code approve} or {@code reject}
 * @param items      to narrow an approval to fewer items than asked; null or empty grants what was asked
 * @param validUntil to shorten an approval; null grants the period asked
 * @param reason     required to reject; kept on an approval
 */
public record DecisionCommand(String decision, List<String> items, LocalDate validUntil, String reason) {}
