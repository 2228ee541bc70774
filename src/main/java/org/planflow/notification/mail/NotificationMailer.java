package org.planflow.notification.mail;

import java.util.List;

import org.planflow.notification.Notice;
import org.planflow.organization.UserAccount;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.mail.MailException;
import org.springframework.mail.SimpleMailMessage;
import org.springframework.mail.javamail.JavaMailSender;
import org.springframework.stereotype.Component;
import org.springframework.transaction.support.TransactionSynchronization;
import org.springframework.transaction.support.TransactionSynchronizationManager;

/**
 * Mails a notice to recipients who have an address, only once the transaction that produced it has
 * committed (a rolled-back step must not have told anyone). A failing SMTP server is logged, never
 * undoes the business change.
 */
@Component
@EnableConfigurationProperties(MailProperties.class)
public class NotificationMailer {

    private static final Logger log = LoggerFactory.getLogger(NotificationMailer.class);

    private final ObjectProvider<JavaMailSender> mailSender;
    private final MailProperties properties;

    NotificationMailer(ObjectProvider<JavaMailSender> mailSender, MailProperties properties) {
        this.mailSender = mailSender;
        this.properties = properties;
    }

    public void sendAfterCommit(Notice notice, List<UserAccount> recipients) {
        if (!properties.enabled()) {
            return;
        }
        List<SimpleMailMessage> messages = recipients.stream()
                .filter(user -> user.email() != null && !user.email().isBlank())
                .map(user -> message(notice, user))
                .toList();
        if (messages.isEmpty()) {
            return;
        }
        if (TransactionSynchronizationManager.isSynchronizationActive()) {
            TransactionSynchronizationManager.registerSynchronization(new TransactionSynchronization() {
                @Override
                public void afterCommit() {
                    send(messages);
                }
            });
        } else {
            send(messages);
        }
    }

    private SimpleMailMessage message(Notice notice, UserAccount user) {
        SimpleMailMessage message = new SimpleMailMessage();
        message.setFrom(properties.from());
        message.setTo(user.email());
        message.setSubject("【方案流转与督办系统】" + notice.title());
        StringBuilder text = new StringBuilder(user.displayName()).append("：\n\n").append(notice.title()).append("\n");
        if (notice.body() != null) {
            text.append(notice.body()).append("\n");
        }
        if (notice.link() != null) {
            text.append("\n办理链接：").append(properties.baseUrl().replaceAll("/+$", "")).append('/').append(notice.link()).append("\n");
        }
        message.setText(text.toString());
        return message;
    }

    private void send(List<SimpleMailMessage> messages) {
        JavaMailSender sender = mailSender.getIfAvailable();
        if (sender == null) {
            log.warn("planflow.mail.enabled is true but no SMTP server is configured (spring.mail.host)");
            return;
        }
        try {
            sender.send(messages.toArray(SimpleMailMessage[]::new));
        } catch (MailException e) {
            log.error("Could not send {} notification e-mail(s)", messages.size(), e);
        }
    }
}
