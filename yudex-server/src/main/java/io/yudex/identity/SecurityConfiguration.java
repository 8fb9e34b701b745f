package io.yudex.identity;

import java.util.Map;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.core.annotation.Order;
import org.springframework.http.HttpMethod;
import org.springframework.security.authentication.AuthenticationEventPublisher;
import org.springframework.security.authentication.AuthenticationManager;
import org.springframework.security.authentication.DefaultAuthenticationEventPublisher;
import org.springframework.security.authentication.DisabledException;
import org.springframework.security.authentication.LockedException;
import org.springframework.security.authentication.ProviderManager;
import org.springframework.security.authentication.dao.DaoAuthenticationProvider;
import org.springframework.security.config.annotation.method.configuration.EnableMethodSecurity;
import org.springframework.security.config.annotation.web.builders.HttpSecurity;
import org.springframework.security.config.annotation.web.configuration.WebSecurityCustomizer;
import org.springframework.security.config.http.SessionCreationPolicy;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.security.crypto.argon2.Argon2PasswordEncoder;
import org.springframework.security.crypto.bcrypt.BCryptPasswordEncoder;
import org.springframework.security.crypto.password.DelegatingPasswordEncoder;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.security.web.SecurityFilterChain;
import org.springframework.security.web.authentication.AnonymousAuthenticationFilter;
import org.springframework.security.web.firewall.StrictHttpFirewall;

/**
 * Two filter chains: a stateless one for the API (bearer tokens, problem+json) and a session one for
 * the console (form log-in, CSRF). Both deny what they do not know; API and console controllers
 * additionally declare their roles per method with {@code @PreAuthorize}, which a test checks.
 */
@Configuration(proxyBeanMethods = false)
@EnableMethodSecurity
class SecurityConfiguration {

    @Bean
    PasswordEncoder passwordEncoder() {
        String id = "argon2@SpringSecurity_v5_8";
        return new DelegatingPasswordEncoder(id, Map.of(
                id, Argon2PasswordEncoder.defaultsForSpringSecurity_v5_8(),
                "bcrypt", new BCryptPasswordEncoder()));
    }

    @Bean
    AuthenticationEventPublisher authenticationEventPublisher(ApplicationEventPublisher publisher) {
        return new DefaultAuthenticationEventPublisher(publisher);
    }

    @Bean
    AuthenticationManager authenticationManager(UserDetailsService users, PasswordEncoder encoder,
            AuthenticationEventPublisher events) {
        var provider = new DaoAuthenticationProvider(users);
        provider.setPasswordEncoder(encoder);
        var manager = new ProviderManager(provider);
        manager.setAuthenticationEventPublisher(events);
        return manager;
    }

    /**
     * Resource codes contain '/', so an encoded slash in a path segment is legitimate here. Tomcat passes
     * {@code %2F} through undecoded, so the firewall must also accept the '%' it then sees.
     */
    @Bean
    WebSecurityCustomizer allowEncodedSlash() {
        var firewall = new StrictHttpFirewall();
        firewall.setAllowUrlEncodedSlash(true);
        firewall.setAllowUrlEncodedPercent(true);
        return web -> web.httpFirewall(firewall);
    }

    @Bean
    @Order(1)
    SecurityFilterChain apiChain(HttpSecurity http, TokenService tokens, AuthenticationManager manager) throws Exception {
        http.securityMatcher("/api/**", "/actuator/**", "/v3/api-docs/**")
                .csrf(c -> c.disable())
                .sessionManagement(s -> s.sessionCreationPolicy(SessionCreationPolicy.STATELESS))
                .authenticationManager(manager)
                .addFilterBefore(new BearerTokenFilter(tokens), AnonymousAuthenticationFilter.class)
                .authorizeHttpRequests(a -> a
                        .requestMatchers(HttpMethod.POST, "/api/v1/auth/token").permitAll()
                        .requestMatchers("/actuator/health", "/actuator/health/**", "/actuator/info").permitAll()
                        .requestMatchers("/v3/api-docs", "/v3/api-docs/**").permitAll()
                        .requestMatchers("/actuator/**").hasRole(Role.PLATFORM_ADMIN.name())
                        // Coarse rules here refuse a request before its body is read or validated; every API
                        // method also declares its roles with @PreAuthorize (checked by ArchitectureTest).
                        .requestMatchers("/api/v1/admin/**").hasRole(Role.PLATFORM_ADMIN.name())
                        .requestMatchers("/api/v1/me", "/api/v1/me/**").authenticated()
                        .requestMatchers(HttpMethod.POST, "/api/v1/catalog/resources/*/*/publish", "/api/v1/catalog/resources/*/*/return")
                        .hasRole(Role.PLATFORM_ADMIN.name())
                        .requestMatchers(HttpMethod.POST, "/api/v1/catalog/**").hasAnyRole(Role.PLATFORM_ADMIN.name(), Role.DEPT_ADMIN.name())
                        .requestMatchers(HttpMethod.PUT, "/api/v1/catalog/**").hasAnyRole(Role.PLATFORM_ADMIN.name(), Role.DEPT_ADMIN.name())
                        .requestMatchers(HttpMethod.POST, "/api/v1/clients", "/api/v1/clients/**").hasAnyRole(Role.PLATFORM_ADMIN.name(), Role.DEPT_ADMIN.name())
                        .requestMatchers(HttpMethod.PUT, "/api/v1/clients/**").hasAnyRole(Role.PLATFORM_ADMIN.name(), Role.DEPT_ADMIN.name())
                        .requestMatchers(HttpMethod.POST, "/api/v1/batches/**").hasAnyRole(Role.PLATFORM_ADMIN.name(), Role.DEPT_ADMIN.name())
                        .requestMatchers(HttpMethod.GET, "/api/v1/connections", "/api/v1/connections/**", "/api/v1/pulls", "/api/v1/pulls/**")
                        .hasAnyRole(Role.PLATFORM_ADMIN.name(), Role.DEPT_ADMIN.name(), Role.AUDITOR.name())
                        .requestMatchers("/api/v1/connections", "/api/v1/connections/**", "/api/v1/pulls", "/api/v1/pulls/**")
                        .hasAnyRole(Role.PLATFORM_ADMIN.name(), Role.DEPT_ADMIN.name())
                        .requestMatchers(HttpMethod.GET, "/api/v1/governance/quality", "/api/v1/governance/quality/**", "/api/v1/governance/runs/**")
                        .hasAnyRole(Role.PLATFORM_ADMIN.name(), Role.DEPT_ADMIN.name(), Role.AUDITOR.name())
                        .requestMatchers("/api/**").permitAll()
                        .anyRequest().denyAll())
                .exceptionHandling(e -> e
                        .authenticationEntryPoint((req, res, ex) -> ProblemResponses.write(res, 401, "unauthorized",
                                "Unauthorized", "Authentication is required: send a bearer token."))
                        .accessDeniedHandler((req, res, ex) -> ProblemResponses.write(res, 403, "forbidden",
                                "Forbidden", "Your role may not do this.")));
        return http.build();
    }

    @Bean
    @Order(2)
    SecurityFilterChain consoleChain(HttpSecurity http, AuthenticationManager manager) throws Exception {
        http.authenticationManager(manager)
                .authorizeHttpRequests(a -> a
                        .requestMatchers("/login", "/webjars/**", "/css/**", "/js/**", "/img/**", "/favicon.ico", "/error").permitAll()
                        .requestMatchers("/swagger-ui.html", "/swagger-ui/**").permitAll()
                        // the open data portal: public pages, downloads of released open data, DCAT-AP, sitemap (GET only)
                        .requestMatchers(HttpMethod.GET, "/open", "/open/**", "/dcat/**", "/sitemap.xml").permitAll()
                        // Coarse role rules refuse before parameters are bound; methods repeat them with @PreAuthorize.
                        .requestMatchers("/admin/**", "/catalog/review", "/catalog/resource/publish", "/catalog/resource/return")
                        .hasRole(Role.PLATFORM_ADMIN.name())
                        .requestMatchers("/catalog/mine").hasRole(Role.DEPT_ADMIN.name())
                        .requestMatchers("/catalog/data/mapping").hasAnyRole(Role.PLATFORM_ADMIN.name(), Role.DEPT_ADMIN.name())
                        .requestMatchers(HttpMethod.POST, "/catalog/data/**").hasAnyRole(Role.PLATFORM_ADMIN.name(), Role.DEPT_ADMIN.name())
                        .requestMatchers("/catalog/data", "/catalog/data/**")
                        .hasAnyRole(Role.PLATFORM_ADMIN.name(), Role.DEPT_ADMIN.name(), Role.AUDITOR.name())
                        .requestMatchers("/sharing/apply").hasAnyRole(Role.PLATFORM_ADMIN.name(), Role.DEPT_ADMIN.name(), Role.DEPT_USER.name())
                        .requestMatchers(HttpMethod.POST, "/sharing/application/decision", "/sharing/grants/revoke")
                        .hasAnyRole(Role.PLATFORM_ADMIN.name(), Role.DEPT_ADMIN.name())
                        .requestMatchers(HttpMethod.POST, "/webhooks", "/webhooks/**", "/clients", "/clients/**")
                        .hasAnyRole(Role.PLATFORM_ADMIN.name(), Role.DEPT_ADMIN.name())
                        .requestMatchers("/webhooks", "/webhooks/**", "/clients", "/clients/**")
                        .hasAnyRole(Role.PLATFORM_ADMIN.name(), Role.DEPT_ADMIN.name(), Role.AUDITOR.name())
                        .requestMatchers(HttpMethod.POST, "/ingest/**").hasAnyRole(Role.PLATFORM_ADMIN.name(), Role.DEPT_ADMIN.name())
                        .requestMatchers("/ingest/**").hasAnyRole(Role.PLATFORM_ADMIN.name(), Role.DEPT_ADMIN.name(), Role.AUDITOR.name())
                        .requestMatchers("/catalog/new", "/catalog/edit", "/catalog/resource/submit", "/catalog/resource/deprecate",
                                "/catalog/census", "/catalog/census/**")
                        .hasAnyRole(Role.PLATFORM_ADMIN.name(), Role.DEPT_ADMIN.name())
                        .requestMatchers(HttpMethod.POST, "/catalog/rules", "/catalog/rules/**").hasAnyRole(Role.PLATFORM_ADMIN.name(), Role.DEPT_ADMIN.name())
                        .requestMatchers(HttpMethod.POST, "/governance/comparison/run", "/governance/comparison/tickets",
                                "/governance/ticket/close", "/governance/ticket/reassign").hasRole(Role.PLATFORM_ADMIN.name())
                        .requestMatchers(HttpMethod.POST, "/governance/ticket/answer").hasRole(Role.DEPT_ADMIN.name())
                        .requestMatchers("/audit", "/audit/**").hasAnyRole(Role.PLATFORM_ADMIN.name(), Role.AUDITOR.name())
                        .requestMatchers("/opendata/**").hasAnyRole(Role.PLATFORM_ADMIN.name(), Role.DEPT_ADMIN.name(), Role.AUDITOR.name())
                        .requestMatchers("/catalog/rules", "/governance/**")
                        .hasAnyRole(Role.PLATFORM_ADMIN.name(), Role.DEPT_ADMIN.name(), Role.AUDITOR.name())
                        .anyRequest().authenticated())
                .formLogin(f -> f.loginPage("/login")
                        .defaultSuccessUrl("/", true)
                        .failureHandler((req, res, ex) -> res.sendRedirect(req.getContextPath() + "/login?" + switch (ex) {
                            case LockedException l -> "locked";
                            case DisabledException d -> "disabled";
                            default -> "error";
                        })))
                .logout(l -> l.logoutSuccessUrl("/login?logout"))
                .sessionManagement(s -> s.sessionFixation(f -> f.changeSessionId()));
        return http.build();
    }
}
