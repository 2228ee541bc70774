package org.planflow.notification;

/** What to tell users; {@code link} is a path inside PlanFlow such as {@code tasks/<id>}. */
public record Notice(NoticeKind kind, String title, String body, String link, String taskId, Long planId) {
}
