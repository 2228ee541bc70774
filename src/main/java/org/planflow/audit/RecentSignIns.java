package org.planflow.audit;

import java.time.Duration;
import java.time.Instant;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

/**
 * Successful sign-ins already on the trail: an integration client authenticates on every API call, and one row per
 * account, address and means (the password, or each API token) an hour says who came from where without a row per
 * request. Failures are always recorded. Kept per node: with several nodes a client may leave one row per node an hour.
 */
final class RecentSignIns {

    static final Duration INTERVAL = Duration.ofHours(1);
    private static final int PRUNE_ABOVE = 10_000;

    private final Map<String, Instant> recorded = new ConcurrentHashMap<>();

    /**
     * Whether this success is the first of the account from the address by these means ({@code token}, null for the
     * password) within the interval; remembers it if so.
     */
    boolean firstWithinInterval(String username, String clientAddress, String token, Instant at) {
        String key = username + '\u0000' + clientAddress + '\u0000' + token;
        boolean[] first = {false};
        recorded.compute(key, (k, last) -> {
            if (last == null || !at.isBefore(last.plus(INTERVAL)) || at.isBefore(last)) {
                first[0] = true;
                return at;
            }
            return last;
        });
        if (recorded.size() > PRUNE_ABOVE) {
            recorded.values().removeIf(last -> !at.isBefore(last.plus(INTERVAL)));
        }
        return first[0];
    }
}
