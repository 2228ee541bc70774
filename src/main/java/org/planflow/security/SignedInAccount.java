package org.planflow.security;

import java.util.Collection;

import org.springframework.security.core.GrantedAuthority;
import org.springframework.security.core.userdetails.User;

/**
 * Who logged in, with the credentials epoch of the account at that moment: once the account's epoch has
 * moved on (a password change, a reset, a lock, a disable, new roles), this login is over.
 */
class SignedInAccount extends User {

    private final long credentialsEpoch;

    SignedInAccount(String username, String password, boolean enabled, boolean accountNonLocked,
                    Collection<? extends GrantedAuthority> authorities, long credentialsEpoch) {
        super(username, password, enabled, true, true, accountNonLocked, authorities);
        this.credentialsEpoch = credentialsEpoch;
    }

    long credentialsEpoch() {
        return credentialsEpoch;
    }

    /** The same login, carried over to the account's new epoch (its owner changed the password in it). */
    SignedInAccount inEpoch(long epoch) {
        return new SignedInAccount(getUsername(), "", isEnabled(), isAccountNonLocked(), getAuthorities(), epoch);
    }
}
