package org.planflow.security;

import java.io.IOException;
import java.util.Arrays;
import java.util.Optional;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import org.planflow.organization.Credentials;
import org.planflow.organization.OrganizationService;
import org.springframework.http.HttpMethod;
import org.springframework.http.HttpStatus;
import org.springframework.security.web.servlet.util.matcher.PathPatternRequestMatcher;
import org.springframework.security.web.util.matcher.OrRequestMatcher;
import org.springframework.security.web.util.matcher.RequestMatcher;
import org.springframework.web.filter.OncePerRequestFilter;

/**
 * What the administrator did to an account applies to API calls at once, also within a session: a
 * disabled or locked account is refused (401), and an account whose password was reset may do nothing
 * but read who it is and change its password (403 with a problem that says so). Asked of the database
 * on each call.
 */
class AccountStateFilter extends OncePerRequestFilter {

    static final String PASSWORD_CHANGE_REQUIRED = "PASSWORD_CHANGE_REQUIRED";
    static final String DETAIL = "Your password was reset: change it before anything else, with "
            + "PUT /api/me/password {\"currentPassword\":…,\"newPassword\":…}";

    private static final RequestMatcher STILL_ALLOWED = new OrRequestMatcher(Arrays.asList(
            PathPatternRequestMatcher.withDefaults().matcher(HttpMethod.GET, "/api/me"),
            PathPatternRequestMatcher.withDefaults().matcher(HttpMethod.PUT, "/api/me/password")));

    private final OrganizationService organization;
    private final ProblemWriter problems;

    AccountStateFilter(OrganizationService organization, ProblemWriter problems) {
        this.organization = organization;
        this.problems = problems;
    }

    @Override
    protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
            throws ServletException, IOException {
        Optional<Credentials> account = CurrentUser.username().flatMap(organization::credentials);
        if (account.isPresent() && (!account.get().enabled() || account.get().locked())) {
            problems.write(response, HttpStatus.UNAUTHORIZED, "Your account was disabled or locked by the administrator", null);
            return;
        }
        if (account.isPresent() && account.get().mustChangePassword() && !STILL_ALLOWED.matches(request)) {
            problems.write(response, HttpStatus.FORBIDDEN, DETAIL, PASSWORD_CHANGE_REQUIRED);
            return;
        }
        chain.doFilter(request, response);
    }
}
