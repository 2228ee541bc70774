package org.planflow.audit;

/**
 * What happened, to be written to the trail. {@code action} is a stable code (e.g. SUBMITTED,
 * DEPT_REVIEWED) that the UI translates; outcome, comment, details, task id, supervised item, subject
 * (a unit or user the event is about, e.g. {@code unit:fgw}), the unit whose part of a plan it records and the
 * assessment it belongs to are optional.
 */
public record AuditRecord(Long planId, String action, String outcome, String comment, String details, String taskId,
                          Long itemId, String subject, String unit, Long assessmentId) {

    public static AuditRecord of(Long planId, String action) {
        return new AuditRecord(planId, action, null, null, null, null, null, null, null, null);
    }

    public AuditRecord withOutcome(String value) {
        return new AuditRecord(planId, action, value, comment, details, taskId, itemId, subject, unit, assessmentId);
    }

    public AuditRecord withComment(String value) {
        return new AuditRecord(planId, action, outcome, value, details, taskId, itemId, subject, unit, assessmentId);
    }

    public AuditRecord withDetails(String value) {
        return new AuditRecord(planId, action, outcome, comment, value, taskId, itemId, subject, unit, assessmentId);
    }

    public AuditRecord withTask(String value) {
        return new AuditRecord(planId, action, outcome, comment, details, value, itemId, subject, unit, assessmentId);
    }

    /** The event concerns a supervised item too, and shows in its history. */
    public AuditRecord withItem(Long value) {
        return new AuditRecord(planId, action, outcome, comment, details, taskId, value, subject, unit, assessmentId);
    }

    /** The event concerns a unit or a user, and shows in the administration trail. */
    public AuditRecord withSubject(String value) {
        return new AuditRecord(planId, action, outcome, comment, details, taskId, itemId, value, unit, assessmentId);
    }

    /** The event records one unit's part of a plan (its opinion, delivery, reading, self-assessment). */
    public AuditRecord withUnit(String value) {
        return new AuditRecord(planId, action, outcome, comment, details, taskId, itemId, subject, value, assessmentId);
    }

    /** The event belongs to an annual assessment; its rows stay with the assessment's audience until it is published. */
    public AuditRecord withAssessment(Long value) {
        return new AuditRecord(planId, action, outcome, comment, details, taskId, itemId, subject, unit, value);
    }
}
