package org.planflow.audit;

/**
 * What happened, to be written to the trail. {@code action} is a stable code (e.g. SUBMITTED,
 * DEPT_REVIEWED) that the UI translates; outcome, comment, details, task id and supervised item are optional.
 */
public record AuditRecord(Long planId, String action, String outcome, String comment, String details, String taskId,
                          Long itemId) {

    public static AuditRecord of(Long planId, String action) {
        return new AuditRecord(planId, action, null, null, null, null, null);
    }

    public AuditRecord withOutcome(String value) {
        return new AuditRecord(planId, action, value, comment, details, taskId, itemId);
    }

    public AuditRecord withComment(String value) {
        return new AuditRecord(planId, action, outcome, value, details, taskId, itemId);
    }

    public AuditRecord withDetails(String value) {
        return new AuditRecord(planId, action, outcome, comment, value, taskId, itemId);
    }

    public AuditRecord withTask(String value) {
        return new AuditRecord(planId, action, outcome, comment, details, value, itemId);
    }

    /** The event concerns a supervised item too, and shows in its history. */
    public AuditRecord withItem(Long value) {
        return new AuditRecord(planId, action, outcome, comment, details, taskId, value);
    }
}
