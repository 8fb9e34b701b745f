package io.yudex.audit;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.DayOfWeek;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.ZoneId;
import java.time.ZonedDateTime;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

class UnusualUseTest {

    private static final ZoneId ZONE = ZoneId.of("Asia/Shanghai");
    private static final UnusualUse.Settings SETTINGS = new UnusualUse.Settings(ZONE, LocalTime.of(8, 0), LocalTime.of(18, 0), Duration.ofMinutes(10),
            20, 100, 5, UnusualUseTest::mondayToFriday);
    // a Monday
    private static final LocalDate START = LocalDate.of(2026, 11, 2);

    private long index;

    private UnusualUse.Access at(LocalDate day, int hour, int minute, String consumer, long rows, String lookup) {
        return new UnusualUse.Access(index++, ZonedDateTime.of(day, LocalTime.of(hour, minute), ZONE).toInstant(), consumer, "R1", rows, lookup);
    }

    @Test
    void aDayFarAboveTheConsumersNormal_isFlagged_butNotAnOrdinaryOne() {
        List<UnusualUse.Access> a = new ArrayList<>();
        for (int d = 0; d < 10; d++) {
            LocalDate day = START.plusDays(d);
            if (day.getDayOfWeek().getValue() < 6) {
                a.add(at(day, 10, 0, "city", 200 + (d % 3) * 10, null));
            }
        }
        a.add(at(START.plusDays(10), 10, 0, "city", 220, null));
        assertThat(UnusualUse.detect(a, SETTINGS)).noneMatch(f -> f.kind().equals("VOLUME"));
        UnusualUse.Access big = at(START.plusDays(11), 11, 0, "city", 5_000, null);
        a.add(big);
        List<UnusualUse.Flag> flags = UnusualUse.detect(a, SETTINGS);
        assertThat(flags).filteredOn(f -> f.kind().equals("VOLUME")).singleElement()
                .satisfies(f -> assertThat(f.entries()).containsExactly(big.index()))
                .satisfies(f -> assertThat(f.day()).isEqualTo(START.plusDays(11)));
    }

    @Test
    void volume_needsEnoughHistory_andTheMinimum() {
        List<UnusualUse.Access> a = new ArrayList<>();
        for (int d = 0; d < 3; d++) {
            a.add(at(START.plusDays(d), 10, 0, "new", 1, null));
        }
        a.add(at(START.plusDays(3), 10, 0, "new", 10_000, null));
        for (int d = 0; d < 8; d++) {
            a.add(at(START.plusDays(d), 10, 0, "small", 1, null));
        }
        a.add(at(START.plusDays(8), 10, 0, "small", 50, null));
        assertThat(UnusualUse.detect(a, SETTINGS)).noneMatch(f -> f.kind().equals("VOLUME"));
    }

    @Test
    void accessAtNightOrOnAWeekend_isFlaggedOncePerDay() {
        List<UnusualUse.Access> a = List.of(at(START, 9, 0, "city", 1, null), at(START, 23, 10, "city", 1, null), at(START, 23, 20, "city", 1, null),
                at(START.plusDays(5), 10, 0, "city", 1, null), at(START.plusDays(1), 7, 59, "city", 1, null), at(START.plusDays(1), 18, 0, "city", 1, null));
        List<UnusualUse.Flag> off = UnusualUse.detect(a, SETTINGS).stream().filter(f -> f.kind().equals("OFF_HOURS")).toList();
        assertThat(off).extracting(UnusualUse.Flag::day).containsExactlyInAnyOrder(START, START.plusDays(1), START.plusDays(5));
        assertThat(off.stream().filter(f -> f.day().equals(START)).findFirst().orElseThrow().entries()).containsExactly(1L, 2L);
    }

    @Test
    void accessOnAPublicHoliday_isFlagged_butNotOnAMakeUpWorkingSaturday() {
        LocalDate holiday = START.plusDays(2);
        LocalDate makeUpSaturday = START.plusDays(5);
        UnusualUse.Settings calendar = new UnusualUse.Settings(ZONE, LocalTime.of(8, 0), LocalTime.of(18, 0), Duration.ofMinutes(10), 20, 100, 5,
                day -> day.equals(makeUpSaturday) || !day.equals(holiday) && mondayToFriday(day));
        List<UnusualUse.Access> a = List.of(at(holiday, 10, 0, "city", 1, null), at(makeUpSaturday, 10, 0, "city", 1, null),
                at(START.plusDays(6), 10, 0, "city", 1, null));
        List<UnusualUse.Flag> off = UnusualUse.detect(a, calendar).stream().filter(f -> f.kind().equals("OFF_HOURS")).toList();
        assertThat(off).extracting(UnusualUse.Flag::day).containsExactlyInAnyOrder(holiday, START.plusDays(6));
    }

    private static boolean mondayToFriday(LocalDate day) {
        return day.getDayOfWeek() != DayOfWeek.SATURDAY && day.getDayOfWeek() != DayOfWeek.SUNDAY;
    }

    @Test
    void manyDifferentPeopleInAShortWindow_isFlagged_butRepeatsOfOneAreNot() {
        List<UnusualUse.Access> a = new ArrayList<>();
        for (int i = 0; i < 25; i++) {
            a.add(at(START, 10, i / 5, "nosy", 1, "sfzh=4101" + i));
            a.add(at(START, 11, i / 5, "steady", 1, "sfzh=410100"));
        }
        for (int i = 0; i < 25; i++) {
            a.add(at(START, 14, i * 2, "slow", 1, "sfzh=4102" + i));
        }
        List<UnusualUse.Flag> bursts = UnusualUse.detect(a, SETTINGS).stream().filter(f -> f.kind().equals("MANY_PEOPLE")).toList();
        assertThat(bursts).extracting(UnusualUse.Flag::consumer).containsExactly("nosy");
        assertThat(bursts.getFirst().entries()).hasSize(20);
    }
}
