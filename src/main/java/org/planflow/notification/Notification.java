package org.planflow.notification;

import java.time.Instant;

/** One notice as its recipient sees it. */
public record Notification(long id, NoticeKind kind, String title, String body, String link, Instant created, boolean read) {
}
