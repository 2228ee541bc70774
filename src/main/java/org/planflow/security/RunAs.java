package org.planflow.security;

import java.util.Collection;
import java.util.function.Supplier;

import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.authority.SimpleGrantedAuthority;
import org.springframework.security.core.context.SecurityContextHolder;

/**
 * Runs work on the system's own initiative as a named user with their roles (the demo district acting
 * out its story at start-up), then restores whoever was logged in before.
 */
public final class RunAs {

    private RunAs() {
    }

    public static <T> T user(String username, Collection<String> roles, Supplier<T> action) {
        Authentication previous = SecurityContextHolder.getContext().getAuthentication();
        SecurityContextHolder.getContext().setAuthentication(UsernamePasswordAuthenticationToken.authenticated(username, null,
                roles.stream().map(role -> new SimpleGrantedAuthority("ROLE_" + role)).toList()));
        try {
            return action.get();
        } finally {
            SecurityContextHolder.getContext().setAuthentication(previous);
        }
    }

    public static void user(String username, Collection<String> roles, Runnable action) {
        user(username, roles, () -> {
            action.run();
            return null;
        });
    }
}
