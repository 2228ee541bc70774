package org.planflow.security;

import java.io.IOException;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import org.springframework.security.web.csrf.CsrfToken;
import org.springframework.security.web.util.matcher.RequestMatcher;
import org.springframework.web.filter.OncePerRequestFilter;

/**
 * Spring Security makes the CSRF token only when something asks for it; asking for it here puts the
 * token's cookie on the first answer to a session's API client, before its first change.
 */
class CsrfCookieFilter extends OncePerRequestFilter {

    private final RequestMatcher needsToken;

    CsrfCookieFilter(RequestMatcher needsToken) {
        this.needsToken = needsToken;
    }

    @Override
    protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
            throws ServletException, IOException {
        if (needsToken.matches(request) && request.getAttribute(CsrfToken.class.getName()) instanceof CsrfToken token) {
            token.getToken();
        }
        chain.doFilter(request, response);
    }
}
