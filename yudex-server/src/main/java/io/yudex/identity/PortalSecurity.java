package io.yudex.identity;

import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.core.annotation.Order;
import org.springframework.http.HttpMethod;
import org.springframework.security.authentication.AuthenticationEventPublisher;
import org.springframework.security.authentication.DisabledException;
import org.springframework.security.authentication.LockedException;
import org.springframework.security.authentication.ProviderManager;
import org.springframework.security.authentication.dao.DaoAuthenticationProvider;
import org.springframework.security.config.annotation.web.builders.HttpSecurity;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.AuthenticationException;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.security.web.SecurityFilterChain;
import org.springframework.security.web.context.HttpSessionSecurityContextRepository;

/**
 * The portal's own filter chain for {@code /open/**}: public pages for everyone, form log-in of public users
 * ({@link PublicAccounts}) on {@code /open/login}, and every other portal POST and the account pages for role PUBLIC
 * only. Its security context is kept under a session attribute of its own, so a public user's log-in is invisible to
 * the console chain (which sends them to the staff log-in) and a staff session is anonymous on the portal. Its
 * authentication manager is not a bean: staff log-in never consults public accounts and vice versa.
 */
@Configuration(proxyBeanMethods = false)
class PortalSecurity {

    /** Session attribute holding the portal's security context, apart from the console's. */
    static final String CONTEXT_ATTRIBUTE = "YUDEX_PORTAL_SECURITY_CONTEXT";

    @Bean
    @Order(0)
    SecurityFilterChain portalChain(HttpSecurity http, PublicAccounts accounts, PasswordEncoder encoder) throws Exception {
        var provider = new DaoAuthenticationProvider(accounts::loadForLogin);
        provider.setPasswordEncoder(encoder);
        var manager = new ProviderManager(provider);
        manager.setAuthenticationEventPublisher(new LoginEvents(accounts));
        var contexts = new HttpSessionSecurityContextRepository();
        contexts.setSpringSecurityContextKey(CONTEXT_ATTRIBUTE);
        http.securityMatcher("/open", "/open/**")
                .authenticationManager(manager)
                .securityContext(c -> c.securityContextRepository(contexts))
                .authorizeHttpRequests(a -> a
                        .requestMatchers("/open/account", "/open/account/**").hasRole(PublicAccounts.ROLE)
                        .requestMatchers(HttpMethod.GET, "/open", "/open/**").permitAll()
                        .requestMatchers(HttpMethod.POST, "/open/register").permitAll()
                        // every other portal form (keys, applications, and later feedback, showcase, data requests)
                        .requestMatchers(HttpMethod.POST, "/open/**").hasRole(PublicAccounts.ROLE)
                        .anyRequest().denyAll())
                .formLogin(f -> f.loginPage("/open/login").loginProcessingUrl("/open/login").permitAll()
                        .defaultSuccessUrl("/open/account")
                        .failureHandler((req, res, ex) -> res.sendRedirect(req.getContextPath() + "/open/login?" + switch (ex) {
                            case LockedException l -> "locked";
                            case DisabledException d -> "disabled";
                            default -> "error";
                        })))
                .logout(l -> l.logoutUrl("/open/logout").logoutSuccessUrl("/open?logout"))
                .sessionManagement(s -> s.sessionFixation(f -> f.changeSessionId()));
        return http.build();
    }

    /** Counts failures (lock-out after {@code yudex.security.max-failed-logins}) and writes both outcomes to the audit log. */
    private record LoginEvents(PublicAccounts accounts) implements AuthenticationEventPublisher {

        @Override
        public void publishAuthenticationSuccess(Authentication authentication) {
            accounts.loginSucceeded(authentication.getName());
        }

        @Override
        public void publishAuthenticationFailure(AuthenticationException exception, Authentication authentication) {
            accounts.loginFailed(String.valueOf(authentication.getName()), exception.getClass().getSimpleName());
        }
    }
}
