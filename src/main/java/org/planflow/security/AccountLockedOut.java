package org.planflow.security;

import java.time.Instant;

/**
 * Too many failed logins: the account is locked for this client address until the given time, or, when the
 * address reached its own limit across accounts, the address is locked for every account and
 * {@code username} is the account whose attempt reached it.
 */
public record AccountLockedOut(String username, String clientAddress, Instant until) {
}
