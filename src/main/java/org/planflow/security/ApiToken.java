package org.planflow.security;

import java.time.Instant;

/**
 * An API token as its lists show it, never with its secret: {@code hint} is the secret's first characters, to tell
 * tokens apart; {@code lastUsedAt} is kept to the minute (empty until first used).
 */
public record ApiToken(long id, String name, String username, String hint, Instant createdAt, String createdBy,
                       Instant lastUsedAt) {

    /** How the trail names a token: its hint and name ({@code pft_Ab3xYz12… 台账同步}), never its secret. */
    public static String described(String hint, String name) {
        return hint + "… " + name;
    }
}
