package io.yudex.synth;

import io.yudex.standards.identifier.CitizenIdNumber;
import org.junit.jupiter.api.Test;

import java.util.SplittableRandom;

import static org.assertj.core.api.Assertions.assertThat;

class PersonSpaceTest {

    private final PersonSpace persons = new PersonSpace(9);

    @Test
    void workingPersons_areEnumeratedInOrderAndCountedExactly() {
        long population = 12_345;
        long count = persons.workingCount(population);
        long previous = -1;
        for (long a = 0; a < count; a++) {
            long p = persons.workingPerson(a);
            assertThat(p).isGreaterThan(previous).isLessThan(population);
            int year = Days.year(PersonSpace.day(persons.locate(p)));
            assertThat(year).isBetween(1960, 2005);
            previous = p;
        }
        assertThat(persons.workingPerson(count)).isGreaterThanOrEqualTo(population);
        assertThat((double) count / population).isBetween(0.6, 0.74);
    }

    @Test
    void checkDigit_agreesWithTheStandardsLibrary() {
        SplittableRandom r = new SplittableRandom(5);
        for (int k = 0; k < 20_000; k++) {
            StringBuilder sb = new StringBuilder();
            CitizenIds.append(sb, persons.locate(r.nextLong(1L << 40)));
            assertThat(sb.toString()).isEqualTo(CitizenIdNumber.withCheckDigit(sb.substring(0, 17)));
        }
    }
}
