package io.yudex.identity;

import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.security.config.observation.SecurityObservationSettings;

/**
 * No Micrometer observation around each security filter, authentication and authorization. With an
 * {@code ObservationRegistry} present (the actuator's) Spring Security otherwise wraps every one of the ≈15 filters of a
 * chain in an observation on every request: a third of a bare API request's CPU in the look-up benchmark, for spans no
 * tracer collects. The {@code http.server.requests} metrics stay.
 */
@Configuration(proxyBeanMethods = false)
class SecurityObservationConfiguration {

    @Bean
    SecurityObservationSettings securityObservationSettings() {
        return SecurityObservationSettings.noObservations();
    }
}
