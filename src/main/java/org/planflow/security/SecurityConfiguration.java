package org.planflow.security;

import java.util.Arrays;

import com.vaadin.flow.spring.security.VaadinSecurityConfigurer;
import org.planflow.organization.OrganizationService;
import org.planflow.security.ui.LoginView;
import org.planflow.shared.Roles;
import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.core.annotation.Order;
import org.springframework.http.HttpStatus;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.security.config.annotation.method.configuration.EnableMethodSecurity;
import org.springframework.security.config.annotation.web.builders.HttpSecurity;
import org.springframework.security.crypto.factory.PasswordEncoderFactories;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.security.web.SecurityFilterChain;
import org.springframework.security.web.access.AccessDeniedHandler;
import org.springframework.security.web.access.intercept.AuthorizationFilter;
import org.springframework.security.web.AuthenticationEntryPoint;
import org.springframework.security.web.servlet.util.matcher.PathPatternRequestMatcher;
import org.springframework.security.web.util.matcher.OrRequestMatcher;
import org.springframework.security.web.util.matcher.RequestMatcher;

@Configuration(proxyBeanMethods = false)
@EnableMethodSecurity(jsr250Enabled = true)
@EnableConfigurationProperties(SecurityProperties.class)
class SecurityConfiguration {

    static final String REALM = "PlanFlow";

    private final ProblemWriter problems;

    SecurityConfiguration(ProblemWriter problems) {
        this.problems = problems;
    }

    /** bcrypt today, and old hashes keep working when the default encoder moves on. */
    @Bean
    PasswordEncoder passwordEncoder() {
        return PasswordEncoderFactories.createDelegatingPasswordEncoder();
    }

    /**
     * The JSON APIs, Camunda's (REST and its web apps' API: ADMIN only) and the actuator: HTTP Basic or the UI's session, errors as problem+json, no redirects;
     * nothing for an account disabled or locked meanwhile, nothing but the password change after a reset.
     */
    @Bean
    @Order(1)
    SecurityFilterChain apiSecurity(HttpSecurity http, OrganizationService organization) throws Exception {
        AuthenticationEntryPoint unauthorized = (request, response, e) -> {
            response.setHeader("WWW-Authenticate", "Basic realm=\"" + REALM + "\"");
            problems.write(response, HttpStatus.UNAUTHORIZED, "Log in first: " + e.getMessage(), null);
        };
        AccessDeniedHandler forbidden = (request, response, e) -> problems.write(response, HttpStatus.FORBIDDEN, forbiddenDetail(e), null);
        // Path matchers independent of Spring MVC: Camunda's REST API is a separate (Jersey) servlet.
        http.securityMatcher(paths("/api/**", "/engine-rest/**", "/camunda/api/**", "/v3/api-docs/**", "/actuator/**"))
                .authorizeHttpRequests(requests -> requests
                        .requestMatchers(paths("/actuator/health", "/actuator/health/**", "/v3/api-docs/**")).permitAll()
                        .requestMatchers(paths("/engine-rest/**", "/camunda/api/**", "/actuator/**")).hasRole(Roles.ADMIN)
                        .anyRequest().authenticated())
                .httpBasic(basic -> basic.realmName(REALM).authenticationEntryPoint(unauthorized))
                .exceptionHandling(exceptions -> exceptions.authenticationEntryPoint(unauthorized).accessDeniedHandler(forbidden))
                .addFilterAfter(new AccountStateFilter(organization, problems), AuthorizationFilter.class)
                // Basic-authenticated clients send no CSRF token; the session cookie is SameSite=Lax; Camunda's web
                // apps' APIs (/camunda/api) have Camunda's own CSRF filter.
                .csrf(csrf -> csrf.disable());
        return http.build();
    }

    /** The Vaadin UI and Camunda's web apps (ADMIN only), with the Vaadin login view. */
    @Bean
    @Order(2)
    SecurityFilterChain uiSecurity(HttpSecurity http) throws Exception {
        http.authorizeHttpRequests(requests -> requests
                        .requestMatchers(paths("/camunda/**")).hasRole(Roles.ADMIN)
                        .requestMatchers(paths("/webjars/**", "/styles/**", "/images/**")).permitAll())
                // Camunda's web apps guard themselves with their own CSRF filter.
                .csrf(csrf -> csrf.ignoringRequestMatchers(paths("/camunda/**")))
                .with(VaadinSecurityConfigurer.vaadin(), vaadin -> vaadin.loginView(LoginView.class))
                // For scripts and checks; added after the login view so browsers are still sent to it.
                .httpBasic(basic -> basic.realmName(REALM));
        return http.build();
    }

    private static RequestMatcher paths(String... patterns) {
        PathPatternRequestMatcher.Builder builder = PathPatternRequestMatcher.withDefaults();
        return new OrRequestMatcher(Arrays.stream(patterns).map(pattern -> (RequestMatcher) builder.matcher(pattern)).toList());
    }

    private static String forbiddenDetail(AccessDeniedException e) {
        return "Your roles do not allow this: " + e.getMessage();
    }
}
