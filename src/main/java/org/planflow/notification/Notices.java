package org.planflow.notification;

import java.time.Instant;
import java.util.Locale;

import org.springframework.context.MessageSource;
import org.springframework.stereotype.Component;

/**
 * Texts of notices from {@code messages.properties}. Notices are stored once for many readers, so
 * they are written in the district's language, Chinese.
 */
@Component
public class Notices {

    private static final Locale DISTRICT = Locale.SIMPLIFIED_CHINESE;
    private static final java.time.format.DateTimeFormatter DATE =
            java.time.format.DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm").withZone(java.time.ZoneId.of("Asia/Shanghai"));

    private final MessageSource messages;

    Notices(MessageSource messages) {
        this.messages = messages;
    }

    public String text(String key, Object... args) {
        return messages.getMessage(key, args, DISTRICT);
    }

    /** "方案：… 期限：…", the line every task notice carries. */
    public String planLine(String planTitle, Instant due) {
        String plan = planTitle == null ? "" : text("notice.plan", planTitle);
        String deadline = due == null ? "" : text("notice.due", DATE.format(due));
        return (plan + " " + deadline).trim();
    }
}
