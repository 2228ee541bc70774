package org.planflow.security;

import java.io.IOException;
import java.util.Arrays;
import java.util.List;
import java.util.Set;

import com.vaadin.flow.spring.security.VaadinSecurityConfigurer;
import jakarta.servlet.DispatcherType;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import org.planflow.organization.OrganizationService;
import org.planflow.security.ui.LoginView;
import org.planflow.shared.Roles;
import org.springframework.beans.factory.config.BeanFactoryPostProcessor;
import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.core.annotation.Order;
import org.springframework.core.env.Environment;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpMethod;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.security.authentication.BadCredentialsException;
import org.springframework.security.config.annotation.method.configuration.EnableMethodSecurity;
import org.springframework.security.config.annotation.web.builders.HttpSecurity;
import org.springframework.security.crypto.factory.PasswordEncoderFactories;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.security.web.AuthenticationEntryPoint;
import org.springframework.security.web.SecurityFilterChain;
import org.springframework.security.web.access.AccessDeniedHandler;
import org.springframework.security.web.access.intercept.AuthorizationFilter;
import org.springframework.security.web.authentication.www.BasicAuthenticationFilter;
import org.springframework.security.web.csrf.CookieCsrfTokenRepository;
import org.springframework.security.web.csrf.CsrfException;
import org.springframework.security.web.csrf.CsrfFilter;
import org.springframework.security.web.csrf.CsrfTokenRequestAttributeHandler;
import org.springframework.security.web.servlet.util.matcher.PathPatternRequestMatcher;
import org.springframework.security.web.util.matcher.NegatedRequestMatcher;
import org.springframework.security.web.util.matcher.OrRequestMatcher;
import org.springframework.security.web.util.matcher.RequestMatcher;

@Configuration(proxyBeanMethods = false)
@EnableMethodSecurity(jsr250Enabled = true)
@EnableConfigurationProperties(SecurityProperties.class)
class SecurityConfiguration {

    static final String REALM = "PlanFlow";
    /** The API's CSRF token: not Camunda's cookie name (XSRF-TOKEN), which Cockpit's front end reads under /camunda. */
    static final String CSRF_COOKIE = "PLANFLOW-XSRF-TOKEN";
    static final String CSRF_HEADER = "X-XSRF-TOKEN";

    private static final Set<String> SAFE_METHODS = Set.of("GET", "HEAD", "OPTIONS", "TRACE");

    /** What an account whose password someone else set may still do in the API: read who it is, and change it. */
    private static final RequestMatcher UNTIL_PASSWORD_CHANGED = new OrRequestMatcher(
            PathPatternRequestMatcher.withDefaults().matcher(HttpMethod.GET, "/api/me"),
            PathPatternRequestMatcher.withDefaults().matcher(HttpMethod.PUT, "/api/me/password"));

    private final ProblemWriter problems;

    SecurityConfiguration(ProblemWriter problems) {
        this.problems = problems;
    }

    /** Refuses a start with both the demo and the prod profile before the database is touched. */
    @Bean
    static BeanFactoryPostProcessor demoProfileGuard(Environment environment) {
        return new DemoProfileGuard(environment);
    }

    /** bcrypt today, and old hashes keep working when the default encoder moves on. */
    @Bean
    PasswordEncoder passwordEncoder() {
        return PasswordEncoderFactories.createDelegatingPasswordEncoder();
    }

    /**
     * The JSON APIs, Camunda's (REST and its web apps' API: ADMIN only) and the actuator: HTTP Basic, an API token
     * (Bearer) or the UI's session, errors as problem+json, no redirects. A change sent with the session cookie needs
     * the CSRF token (Camunda's web apps' API has Camunda's own); one that authenticates with an Authorization header
     * needs none. The account's state is checked on every call.
     */
    @Bean
    @Order(1)
    SecurityFilterChain apiSecurity(HttpSecurity http, OrganizationService organization, ApiTokenLogin tokenLogin) throws Exception {
        AuthenticationEntryPoint unauthorized = (request, response, e) -> {
            if (ApiTokenFilter.carriesToken(request)) {
                response.setHeader(HttpHeaders.WWW_AUTHENTICATE, ApiTokenFilter.SCHEME + " realm=\"" + REALM + "\", error=\"invalid_token\"");
            } else if (!isPageLoad(request)) {
                // A browser opening an API address gets no Basic dialog, so it never keeps Basic credentials that a
                // forged cross-site request would carry along without a CSRF token (decision 026).
                response.setHeader(HttpHeaders.WWW_AUTHENTICATE, "Basic realm=\"" + REALM + "\"");
            }
            write(response, HttpStatus.UNAUTHORIZED,
                    e instanceof BadCredentialsException ? SecurityProblem.LOGIN_FAILED : SecurityProblem.LOGIN_REQUIRED);
        };
        AccessDeniedHandler forbidden = (request, response, e) -> {
            if (e instanceof CsrfException) {
                write(response, HttpStatus.FORBIDDEN, SecurityProblem.CSRF_TOKEN_REQUIRED, CSRF_COOKIE, CSRF_HEADER);
            } else {
                problems.write(response, HttpStatus.FORBIDDEN, Roles.NOT_ALLOWED, null);
            }
        };
        CookieCsrfTokenRepository csrfCookie = CookieCsrfTokenRepository.withHttpOnlyFalse();
        csrfCookie.setCookieName(CSRF_COOKIE);
        csrfCookie.setHeaderName(CSRF_HEADER);
        // Path matchers independent of Spring MVC: Camunda's REST API is a separate (Jersey) servlet.
        http.securityMatcher(paths("/api/**", "/engine-rest/**", "/camunda/api/**", "/v3/api-docs/**", "/actuator/**"))
                .authorizeHttpRequests(requests -> requests
                        .requestMatchers(paths("/actuator/health", "/actuator/health/**", "/v3/api-docs/**")).permitAll()
                        .requestMatchers(paths("/engine-rest/**", "/camunda/api/**", "/actuator/**")).hasRole(Roles.ADMIN)
                        // The administrator's own endpoints answer 403 before their bodies are read, so a refusal of
                        // the input never tells others more than the refusal of their role (the access matrix).
                        .requestMatchers(ADMINISTRATION).hasRole(Roles.ADMIN)
                        .anyRequest().authenticated())
                .httpBasic(basic -> basic.realmName(REALM).authenticationEntryPoint(unauthorized))
                .exceptionHandling(exceptions -> exceptions.authenticationEntryPoint(unauthorized).accessDeniedHandler(forbidden))
                // The token travels as a cookie script can read and comes back, as it is, in a header.
                .csrf(csrf -> csrf.csrfTokenRepository(csrfCookie)
                        .csrfTokenRequestHandler(new CsrfTokenRequestAttributeHandler())
                        .requireCsrfProtectionMatcher(SecurityConfiguration::changeWithSessionCookie))
                .addFilterAfter(new CsrfCookieFilter(SecurityConfiguration::sentWithSessionCookie), CsrfFilter.class)
                .addFilterBefore(new ApiTokenFilter(tokenLogin, unauthorized, ISSUING_TOKENS,
                        (request, response) -> write(response, HttpStatus.FORBIDDEN, SecurityProblem.TOKEN_CANNOT_ISSUE)),
                        BasicAuthenticationFilter.class)
                .addFilterBefore(new AccountStateFilter(organization, new NegatedRequestMatcher(UNTIL_PASSWORD_CHANGED),
                        (request, response) -> write(response, HttpStatus.FORBIDDEN, SecurityProblem.PASSWORD_CHANGE_REQUIRED)),
                        AuthorizationFilter.class);
        return http.build();
    }

    /**
     * The Vaadin UI and Camunda's web apps (ADMIN only), with the Vaadin login view. The account's state is
     * checked on every request; Cockpit and the other web apps wait until a password someone else set is changed.
     */
    @Bean
    @Order(2)
    SecurityFilterChain uiSecurity(HttpSecurity http, OrganizationService organization) throws Exception {
        RequestMatcher camunda = paths("/camunda/**");
        http.authorizeHttpRequests(requests -> requests
                        // An error page shows the status of a request already let through (Camunda's CSRF refusal: 403).
                        .dispatcherTypeMatchers(DispatcherType.ERROR).permitAll()
                        .requestMatchers(camunda).hasRole(Roles.ADMIN)
                        .requestMatchers(paths("/webjars/**", "/styles/**", "/images/**")).permitAll())
                // Camunda's web apps guard themselves with their own CSRF filter (cookie XSRF-TOKEN, header X-XSRF-TOKEN).
                .csrf(csrf -> csrf.ignoringRequestMatchers(camunda))
                .with(VaadinSecurityConfigurer.vaadin(), vaadin -> vaadin.loginView(LoginView.class))
                // For scripts and checks; added after the login view so browsers are still sent to it.
                .httpBasic(basic -> basic.realmName(REALM))
                // Vaadin's own views send the account to its password change (ui.AccountGuard); the web apps go there via the start page.
                .addFilterBefore(new AccountStateFilter(organization, camunda,
                        (request, response) -> response.sendRedirect(request.getContextPath() + "/")), AuthorizationFilter.class);
        return http.build();
    }

    /**
     * A change (not GET, HEAD, OPTIONS, TRACE) that the session cookie would authenticate; Camunda's web apps send
     * their own token to their API, which Camunda's own CSRF filter checks.
     */
    private static boolean changeWithSessionCookie(HttpServletRequest request) {
        return !SAFE_METHODS.contains(request.getMethod()) && sentWithSessionCookie(request)
                && !CAMUNDA_WEBAPP_API.matches(request);
    }

    /** A request with a session and without an Authorization header (HTTP Basic or an API token). */
    private static boolean sentWithSessionCookie(HttpServletRequest request) {
        return request.getRequestedSessionId() != null && request.getHeader(HttpHeaders.AUTHORIZATION) == null;
    }

    private static final RequestMatcher CAMUNDA_WEBAPP_API = paths("/camunda/api/**");

    private static final RequestMatcher ISSUING_TOKENS = new OrRequestMatcher(
            PathPatternRequestMatcher.withDefaults().matcher(HttpMethod.POST, "/api/me/api-tokens"),
            PathPatternRequestMatcher.withDefaults().matcher(HttpMethod.POST, "/api/admin/api-tokens"));

    private static final RequestMatcher ADMINISTRATION = new OrRequestMatcher(
            PathPatternRequestMatcher.withDefaults().matcher("/api/admin/**"),
            PathPatternRequestMatcher.withDefaults().matcher(HttpMethod.PUT, "/api/calendar/days/**"),
            PathPatternRequestMatcher.withDefaults().matcher(HttpMethod.DELETE, "/api/calendar/days/**"),
            PathPatternRequestMatcher.withDefaults().matcher(HttpMethod.POST, "/api/calendar/import"),
            PathPatternRequestMatcher.withDefaults().matcher(HttpMethod.PUT, "/api/supervision/escalation-rules/**"));

    private static boolean isPageLoad(HttpServletRequest request) {
        String accept = request.getHeader(HttpHeaders.ACCEPT);
        return accept != null && accept.contains(MediaType.TEXT_HTML_VALUE);
    }

    private void write(HttpServletResponse response, HttpStatus status, SecurityProblem problem, String... values)
            throws IOException {
        problems.write(response, status, problem.english(List.of(values)), problem.name());
    }

    private static RequestMatcher paths(String... patterns) {
        PathPatternRequestMatcher.Builder builder = PathPatternRequestMatcher.withDefaults();
        return new OrRequestMatcher(Arrays.stream(patterns).map(pattern -> (RequestMatcher) builder.matcher(pattern)).toList());
    }
}
