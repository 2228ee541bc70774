package org.planflow.organization;

import java.security.SecureRandom;

/** The district's password rules, and temporary passwords an administrator hands out. */
final class Passwords {

    static final int MIN_LENGTH = 8;
    private static final int MAX_LENGTH = 100;
    private static final int TEMPORARY_LENGTH = 12;
    /** No 0/O, 1/l/I: a temporary password is read out or copied from paper. */
    private static final String ALPHABET = "ABCDEFGHJKLMNPQRSTUVWXYZabcdefghijkmnpqrstuvwxyz23456789";
    private static final SecureRandom RANDOM = new SecureRandom();

    private Passwords() {
    }

    static String check(String field, String password, String username) {
        if (password == null || password.isEmpty()) {
            throw OrganizationProblem.REQUIRED.at(field);
        }
        if (password.length() < MIN_LENGTH) {
            throw OrganizationProblem.PASSWORD_TOO_SHORT.at(field, MIN_LENGTH);
        }
        if (password.length() > MAX_LENGTH) {
            throw OrganizationProblem.TOO_LONG.at(field, MAX_LENGTH);
        }
        if (password.equalsIgnoreCase(username)) {
            throw OrganizationProblem.PASSWORD_IS_USERNAME.at(field);
        }
        return password;
    }

    static String temporary() {
        StringBuilder password = new StringBuilder(TEMPORARY_LENGTH);
        for (int i = 0; i < TEMPORARY_LENGTH; i++) {
            password.append(ALPHABET.charAt(RANDOM.nextInt(ALPHABET.length())));
        }
        return password.toString();
    }
}
