package io.yudex.audit;

import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.ZoneId;
import java.time.ZonedDateTime;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.Deque;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.function.Predicate;
import java.util.stream.Collectors;

/**
 * Flags for unusual use of shared data, from the data accesses of the log. Pure: the same accesses and settings give
 * the same flags.
 * <ul>
 * <li>VOLUME: a consumer's rows on a day above mean + 3σ of its previous days (and above a minimum), once it has
 * enough previous days to judge;</li>
 * <li>OFF_HOURS: accesses outside working hours or on a day off (weekend or public holiday, but not a make-up working
 * day), one flag per consumer and day;</li>
 * <li>MANY_PEOPLE: one consumer looking up many distinct values within a short window (a burst of look-ups on many
 * different people).</li>
 * </ul>
 */
final class UnusualUse {

    /** One data access: {@code consumer} is the client, else the department, else the user. */
    record Access(long index, Instant at, String consumer, String resource, long rows, String lookup) {}

    /**
     * A flag with the entries behind it (their indexes, at most 100).
     *
     * @param facts the figures behind the reason, for a localised message: VOLUME rows, mean, σ, days; OFF_HOURS
     *              accesses, start, end; MANY_PEOPLE distinct values, minutes
     */
    record Flag(String kind, String consumer, LocalDate day, String reason, List<String> facts, List<Long> entries) {}

    record Settings(ZoneId zone, LocalTime workdayStart, LocalTime workdayEnd, Duration burstWindow, int burstDistinct, long volumeMinRows,
            int volumeMinDays, Predicate<LocalDate> workingDay) {}

    private static final int MAX_ENTRIES = 100;

    private UnusualUse() {}

    static List<Flag> detect(List<Access> accesses, Settings s) {
        List<Access> sorted = accesses.stream().sorted(Comparator.comparing(Access::at).thenComparingLong(Access::index)).toList();
        List<Flag> flags = new ArrayList<>();
        Map<String, List<Access>> byConsumer = sorted.stream().collect(Collectors.groupingBy(Access::consumer, LinkedHashMap::new, Collectors.toList()));
        byConsumer.forEach((consumer, list) -> {
            flags.addAll(volume(consumer, list, s));
            flags.addAll(offHours(consumer, list, s));
            flags.addAll(bursts(consumer, list, s));
        });
        flags.sort(Comparator.comparing(Flag::day).reversed().thenComparing(Flag::consumer).thenComparing(Flag::kind));
        return flags;
    }

    private static List<Flag> volume(String consumer, List<Access> list, Settings s) {
        TreeMap<LocalDate, List<Access>> days = list.stream().collect(Collectors.groupingBy(a -> day(a, s), TreeMap::new, Collectors.toList()));
        List<Flag> out = new ArrayList<>();
        List<Long> previous = new ArrayList<>();
        for (var day : days.entrySet()) {
            long rows = day.getValue().stream().mapToLong(Access::rows).sum();
            if (previous.size() >= s.volumeMinDays()) {
                double mean = previous.stream().mapToLong(Long::longValue).average().orElse(0);
                double sd = Math.sqrt(previous.stream().mapToDouble(r -> (r - mean) * (r - mean)).sum() / previous.size());
                double limit = mean + 3 * sd;
                if (rows > limit && rows >= s.volumeMinRows()) {
                    List<String> facts = List.of(Long.toString(rows), String.format("%.0f", mean), String.format("%.0f", sd),
                            Integer.toString(previous.size()));
                    out.add(new Flag("VOLUME", consumer, day.getKey(), String.format("%s rows; normal %s ± %s over %s days", facts.toArray()), facts,
                            indexes(day.getValue())));
                }
            }
            previous.add(rows);
        }
        return out;
    }

    private static List<Flag> offHours(String consumer, List<Access> list, Settings s) {
        Map<LocalDate, List<Access>> off = new TreeMap<>();
        for (Access a : list) {
            ZonedDateTime t = a.at().atZone(s.zone());
            LocalTime time = t.toLocalTime();
            if (!s.workingDay().test(t.toLocalDate()) || time.isBefore(s.workdayStart()) || !time.isBefore(s.workdayEnd())) {
                off.computeIfAbsent(t.toLocalDate(), d -> new ArrayList<>()).add(a);
            }
        }
        List<Flag> out = new ArrayList<>();
        off.forEach((day, accesses) -> {
            List<String> facts = List.of(Integer.toString(accesses.size()), s.workdayStart().toString(), s.workdayEnd().toString(), "");
            out.add(new Flag("OFF_HOURS", consumer, day, String.format("%s accesses outside %s–%s on working days", facts.toArray()), facts,
                    indexes(accesses)));
        });
        return out;
    }

    private static List<Flag> bursts(String consumer, List<Access> list, Settings s) {
        List<Flag> out = new ArrayList<>();
        Deque<Access> window = new ArrayDeque<>();
        Map<String, Integer> counts = new HashMap<>();
        for (Access a : list) {
            if (a.lookup() == null) {
                continue;
            }
            window.addLast(a);
            counts.merge(a.lookup(), 1, Integer::sum);
            while (Duration.between(window.peekFirst().at(), a.at()).compareTo(s.burstWindow()) > 0) {
                Access old = window.removeFirst();
                counts.computeIfPresent(old.lookup(), (k, v) -> v == 1 ? null : v - 1);
            }
            if (counts.size() >= s.burstDistinct()) {
                List<String> facts = List.of(Integer.toString(counts.size()), Long.toString(s.burstWindow().toMinutes()), "", "");
                out.add(new Flag("MANY_PEOPLE", consumer, day(window.peekFirst(), s), String.format("%s different values looked up within %s min",
                        facts.toArray()), facts, indexes(List.copyOf(window))));
                window.clear();
                counts.clear();
            }
        }
        return out;
    }

    private static LocalDate day(Access a, Settings s) {
        return a.at().atZone(s.zone()).toLocalDate();
    }

    private static List<Long> indexes(List<Access> accesses) {
        return accesses.stream().limit(MAX_ENTRIES).map(Access::index).toList();
    }
}
