package io.yudex.identity;

import static org.assertj.core.api.Assertions.assertThat;

import io.yudex.platform.YudexProperties;
import java.time.Duration;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class PasswordPolicyTest {

    private final PasswordPolicy policy = new PasswordPolicy(new YudexProperties.Security(5, Duration.ofMinutes(15), Duration.ofHours(1), 8, 3));

    @ParameterizedTest
    @CsvSource({"Abcdefg1,true", "abcdefg1,false", "Abc-1,false", "abcdefg-1,true", "ABCDEFGH,false", "密码Abcd1234,true"})
    void threeClassesAndEightCharacters(String password, boolean acceptable) {
        assertThat(policy.violation(password).isEmpty()).isEqualTo(acceptable);
    }
}
