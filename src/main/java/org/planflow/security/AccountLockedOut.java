package org.planflow.security;

import java.time.Instant;

/** Too many failed logins: the account (for this client address, or for all) is locked until the given time. */
public record AccountLockedOut(String username, String clientAddress, Instant until) {
}
