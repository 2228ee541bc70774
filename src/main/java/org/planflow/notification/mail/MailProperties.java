package org.planflow.notification.mail;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/** E-mail of notices: off unless enabled (and spring.mail.* points at an SMTP server). */
@ConfigurationProperties("planflow.mail")
public record MailProperties(@DefaultValue("false") boolean enabled,
                             @DefaultValue("planflow@localhost") String from,
                             @DefaultValue("http://localhost:8080") String baseUrl) {
}
