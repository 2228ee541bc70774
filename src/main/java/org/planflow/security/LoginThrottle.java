package org.planflow.security;

import java.time.Instant;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.Map;

import org.planflow.organization.FailedLoginLocks;
import org.planflow.security.persistence.LoginFailureRepository;
import org.planflow.security.persistence.LoginFailureRepository.Counter;
import org.planflow.shared.PlanFlowClock;
import org.springframework.stereotype.Component;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Slows down password guessing without letting a stranger lock an account's owner out: failures are
 * counted per account and client address, and per address across accounts (decision 025), in the
 * database so every node agrees, on PlanFlow's clock.
 */
@Component
class LoginThrottle implements FailedLoginLocks {

    /** Longer keys are cut: the columns hold what a real username or address can be. */
    private static final int MAX_KEY = 64;

    private final LoginFailureRepository failures;
    private final SecurityProperties limits;
    private final PlanFlowClock clock;
    private final TransactionTemplate transaction;

    LoginThrottle(LoginFailureRepository failures, SecurityProperties limits, PlanFlowClock clock, TransactionTemplate transaction) {
        this.failures = failures;
        this.limits = limits;
        this.clock = clock;
        this.transaction = transaction;
    }

    /** Whether the account may not even try a password from this address now. */
    boolean blocks(String username, String address) {
        Instant now = clock.instant();
        return failures.lockedUntil(Counter.ACCOUNT_AND_ADDRESS, key(username), key(address), now).isPresent()
                || failures.lockedUntil(Counter.ADDRESS, key(username), key(address), now).isPresent();
    }

    /** Counts a failed login; returns the locks it started, of the account for this address and of the address. */
    List<AccountLockedOut> failed(String username, String address) {
        Instant now = clock.instant();
        Instant windowStart = now.minus(limits.failureWindow());
        Instant lockUntil = now.plus(limits.lockDuration());
        return transaction.execute(status -> {
            List<AccountLockedOut> locks = new ArrayList<>();
            failures.countFailure(Counter.ACCOUNT_AND_ADDRESS, key(username), key(address), now, windowStart,
                            limits.maxFailedLogins(), lockUntil)
                    .ifPresent(until -> locks.add(new AccountLockedOut(key(username), key(address), until)));
            failures.countFailure(Counter.ADDRESS, key(username), key(address), now, windowStart,
                            limits.maxFailedLoginsPerAddress(), lockUntil)
                    .ifPresent(until -> locks.add(new AccountLockedOut(key(username), key(address), until)));
            failures.pruneStale(windowStart, now);
            return locks;
        });
    }

    /** The owner got in from this address: its failures there are forgotten (those of the address are not). */
    void succeeded(String username, String address) {
        failures.forget(key(username), key(address));
    }

    @Override
    public Map<String, Instant> lockedUntil(Collection<String> usernames) {
        return failures.lockedUntil(usernames, clock.instant());
    }

    @Override
    public void lift(String username) {
        failures.forgetAccount(username);
    }

    /** What is recorded of a username or address as typed or sent: at most as long as a real one. */
    static String key(String value) {
        String key = value == null ? "" : value;
        return key.length() > MAX_KEY ? key.substring(0, MAX_KEY) : key;
    }
}
