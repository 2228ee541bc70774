package org.planflow.audit;

/**
 * What happened, to be written to the trail. {@code action} is a stable code (e.g. SUBMITTED,
 * DEPT_REVIEWED) that the UI translates; outcome, comment, details and task id are optional.
 */
public record AuditRecord(Long planId, String action, String outcome, String comment, String details, String taskId) {

    public static AuditRecord of(Long planId, String action) {
        return new AuditRecord(planId, action, null, null, null, null);
    }

    public AuditRecord withOutcome(String value) {
        return new AuditRecord(planId, action, value, comment, details, taskId);
    }

    public AuditRecord withComment(String value) {
        return new AuditRecord(planId, action, outcome, value, details, taskId);
    }

    public AuditRecord withDetails(String value) {
        return new AuditRecord(planId, action, outcome, comment, value, taskId);
    }

    public AuditRecord withTask(String value) {
        return new AuditRecord(planId, action, outcome, comment, details, value);
    }
}
