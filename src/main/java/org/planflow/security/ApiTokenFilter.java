package org.planflow.security;

import java.io.IOException;
import java.util.List;
import java.util.Optional;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import org.springframework.http.HttpHeaders;
import org.springframework.security.authentication.BadCredentialsException;
import org.springframework.security.core.context.SecurityContext;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.security.web.AuthenticationEntryPoint;
import org.springframework.security.web.authentication.WebAuthenticationDetailsSource;
import org.springframework.security.web.context.RequestAttributeSecurityContextRepository;
import org.springframework.security.web.context.SecurityContextRepository;
import org.springframework.security.web.util.matcher.RequestMatcher;
import org.springframework.web.filter.OncePerRequestFilter;

/**
 * {@code Authorization: Bearer <token>}: the request acts as the token's account, for this request only (the login
 * is kept as a request attribute, never in a session). A secret that makes no login is refused at once, as a failed
 * password login is (401 {@code LOGIN_FAILED}). A token may not issue tokens, so that one that leaks cannot outlive
 * its revocation through tokens it made.
 */
class ApiTokenFilter extends OncePerRequestFilter {

    static final String SCHEME = "Bearer";

    private final ApiTokenLogin login;
    private final AuthenticationEntryPoint refused;
    private final RequestMatcher issuing;
    private final AccountStateFilter.Refusal mayNotIssue;
    private final WebAuthenticationDetailsSource detailsSource = new WebAuthenticationDetailsSource();
    private final SecurityContextRepository requestOnly = new RequestAttributeSecurityContextRepository();

    ApiTokenFilter(ApiTokenLogin login, AuthenticationEntryPoint refused, RequestMatcher issuing,
                   AccountStateFilter.Refusal mayNotIssue) {
        this.login = login;
        this.refused = refused;
        this.issuing = issuing;
        this.mayNotIssue = mayNotIssue;
    }

    /** Whether the request authenticates with a bearer token (an empty one included, which is refused). */
    static boolean carriesToken(HttpServletRequest request) {
        String header = request.getHeader(HttpHeaders.AUTHORIZATION);
        return header != null && header.regionMatches(true, 0, SCHEME, 0, SCHEME.length())
                && (header.length() == SCHEME.length() || Character.isWhitespace(header.charAt(SCHEME.length())));
    }

    @Override
    protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
            throws ServletException, IOException {
        if (!carriesToken(request)) {
            chain.doFilter(request, response);
            return;
        }
        String secret = request.getHeader(HttpHeaders.AUTHORIZATION).substring(SCHEME.length()).strip();
        Optional<ApiTokenAuthentication> token = login.authenticate(secret, detailsSource.buildDetails(request));
        if (token.isEmpty()) {
            SecurityContextHolder.clearContext();
            refused.commence(request, response, new BadCredentialsException(SecurityProblem.LOGIN_FAILED.english(List.of())));
            return;
        }
        if (issuing.matches(request)) {
            mayNotIssue.refuse(request, response);
            return;
        }
        SecurityContext context = SecurityContextHolder.createEmptyContext();
        context.setAuthentication(token.get());
        SecurityContextHolder.setContext(context);
        requestOnly.saveContext(context, request, response);
        chain.doFilter(request, response);
    }
}
