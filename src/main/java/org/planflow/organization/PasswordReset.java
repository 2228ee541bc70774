package org.planflow.organization;

/** The password an administrator set; the user must change it at their next login. */
public record PasswordReset(String username, String temporaryPassword) {
}
