package org.planflow.security;

import java.io.IOException;
import java.util.Arrays;

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
 * An account whose password the administrator reset may do nothing through the API but read who it is
 * and change its password: every other call is refused with 403 and a problem that says so. Asked of
 * the database on each call, so a reset takes effect on open sessions too.
 */
class PasswordChangeRequired extends OncePerRequestFilter {

    static final String CODE = "PASSWORD_CHANGE_REQUIRED";
    static final String DETAIL = "Your password was reset: change it before anything else, with "
            + "PUT /api/me/password {\"currentPassword\":…,\"newPassword\":…}";

    private static final RequestMatcher STILL_ALLOWED = new OrRequestMatcher(Arrays.asList(
            PathPatternRequestMatcher.withDefaults().matcher(HttpMethod.GET, "/api/me"),
            PathPatternRequestMatcher.withDefaults().matcher(HttpMethod.PUT, "/api/me/password")));

    private final OrganizationService organization;
    private final ProblemWriter problems;

    PasswordChangeRequired(OrganizationService organization, ProblemWriter problems) {
        this.organization = organization;
        this.problems = problems;
    }

    @Override
    protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
            throws ServletException, IOException {
        boolean mustChange = CurrentUser.username()
                .flatMap(organization::credentials)
                .map(Credentials::mustChangePassword)
                .orElse(false);
        if (mustChange && !STILL_ALLOWED.matches(request)) {
            problems.write(response, HttpStatus.FORBIDDEN, DETAIL, CODE);
            return;
        }
        chain.doFilter(request, response);
    }
}
