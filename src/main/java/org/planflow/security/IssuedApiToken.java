package org.planflow.security;

import java.time.Instant;

/** A token just issued, with its secret: the one time anyone sees it, since only its hash is kept. */
public record IssuedApiToken(long id, String name, String username, String token, Instant createdAt) {
}
