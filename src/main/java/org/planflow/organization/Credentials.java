package org.planflow.organization;

import java.time.Instant;
import java.util.Set;

/** What the login needs of a user: hash, state and roles. Only the security feature asks for it. */
public record Credentials(String username, String passwordHash, boolean enabled, Instant lockedUntil, Set<String> roles) {
}
