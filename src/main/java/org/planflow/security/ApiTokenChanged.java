package org.planflow.security;

/**
 * Published inside the transaction that issues or revokes an API token, so the audit trail records it with the
 * change: whose token ({@code username}), its name and its hint, never its secret.
 */
public record ApiTokenChanged(Change change, String username, String name, String hint) {

    public String described() {
        return ApiToken.described(hint, name);
    }

    public enum Change {
        ISSUED,
        REVOKED
    }
}
