package org.planflow.security;

import java.time.Duration;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/** Failed-login throttling: after {@code maxFailedLogins} failures in a row the account is locked for {@code lockDuration}. */
@ConfigurationProperties("planflow.security")
public record SecurityProperties(@DefaultValue("5") int maxFailedLogins, @DefaultValue("15m") Duration lockDuration) {
}
