package org.planflow.notification;

public enum NoticeKind {
    NEW_TASK, REMINDER, OVERDUE, URGE, ESCALATE
}
