package io.yudex.exchange;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class QuotasTest {

    @Test
    void bucket_allowsItsCapacity_thenSaysHowLongToWait_andRefills() {
        Quotas.Bucket b = new Quotas.Bucket(2, 0);
        assertThat(b.take(2, 60_000, 0)).isZero();
        assertThat(b.take(2, 60_000, 0)).isZero();
        assertThat(b.take(2, 60_000, 0)).isEqualTo(30_000);
        assertThat(b.take(2, 60_000, 29_000)).isPositive();
        assertThat(b.take(2, 60_000, 31_000)).isZero();
    }
}
