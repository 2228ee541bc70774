package org.planflow.security;

import java.time.Duration;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * Failed-login throttling (decision 025): {@code maxFailedLogins} failures of one account from one client
 * address within {@code failureWindow} lock that account for that address for {@code lockDuration};
 * {@code maxFailedLoginsPerAddress} failures from one address, whatever the accounts, lock the address.
 */
@ConfigurationProperties("planflow.security")
public record SecurityProperties(@DefaultValue("5") int maxFailedLogins,
                                 @DefaultValue("50") int maxFailedLoginsPerAddress,
                                 @DefaultValue("15m") Duration failureWindow,
                                 @DefaultValue("15m") Duration lockDuration) {
}
