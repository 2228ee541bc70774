package org.planflow.organization;

import java.time.Instant;
import java.util.Collection;
import java.util.Map;

/**
 * The locks that failed logins put on an account for one client address. The login keeps them (the
 * security feature implements this); the administrator sees them beside each account and lifts them.
 */
public interface FailedLoginLocks {

    /** Until when failed logins lock each of these accounts for at least one address; unlocked accounts are left out. */
    Map<String, Instant> lockedUntil(Collection<String> usernames);

    /** Lifts the account's locks for every address and forgets its failed logins. */
    void lift(String username);
}
