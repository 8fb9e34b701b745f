package io.yudex.platform;

import java.time.Clock;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.scheduling.annotation.EnableScheduling;

@Configuration(proxyBeanMethods = false)
@EnableScheduling
class PlatformConfiguration {

    /** Production code asks this clock for the time, so tests can move it. */
    @Bean
    Clock clock() {
        return Clock.systemDefaultZone();
    }
}
