package org.planflow.security;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.security.SecureRandom;
import java.util.Base64;
import java.util.HexFormat;
import java.util.regex.Pattern;

/**
 * The secret of an API token: {@code pft_} and 32 random bytes (256 bits) in URL-safe Base64. Only its SHA-256 is
 * stored: a fast hash is right for a secret that cannot be guessed (bcrypt exists to slow the guessing of
 * passwords people choose), and lets every call find its token by one indexed lookup (decision 035).
 */
final class ApiTokenSecret {

    static final String PREFIX = "pft_";
    private static final int RANDOM_BYTES = 32;
    /** The prefix and 8 random characters (48 bits): enough to tell tokens apart, nothing to guess the rest from. */
    private static final int HINT_LENGTH = PREFIX.length() + 8;
    private static final Pattern FORM = Pattern.compile(PREFIX + "[A-Za-z0-9_-]{43}");
    private static final String MALFORMED = "?";
    private static final SecureRandom RANDOM = new SecureRandom();

    private ApiTokenSecret() {
    }

    static String generate() {
        byte[] random = new byte[RANDOM_BYTES];
        RANDOM.nextBytes(random);
        return PREFIX + Base64.getUrlEncoder().withoutPadding().encodeToString(random);
    }

    static String hash(String secret) {
        try {
            byte[] digest = MessageDigest.getInstance("SHA-256").digest(secret.getBytes(StandardCharsets.UTF_8));
            return HexFormat.of().formatHex(digest);
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("Every Java runtime has SHA-256", e);
        }
    }

    /** The first characters of a secret of PlanFlow's form; of anything else nothing, lest a pasted password be recorded. */
    static String hint(String secret) {
        return FORM.matcher(secret).matches() ? secret.substring(0, HINT_LENGTH) : MALFORMED;
    }
}
