package org.planflow.audit;

/**
 * What happened, to be written to the trail. {@code action} is a stable code (e.g. SUBMITTED,
 * DEPT_REVIEWED) that the UI translates; outcome, comment, details, task id, supervised item, subject
 * (a unit or user the event is about, e.g. {@code unit:fgw}), the unit whose part of a plan it records, the
 * assessment it belongs to and the category (for the administration trail; none for a plan's business events)
 * are optional.
 */
public record AuditRecord(Long planId, String action, String outcome, String comment, String details, String taskId,
                          Long itemId, String subject, String unit, Long assessmentId, AuditCategory category) {

    public static AuditRecord of(Long planId, String action) {
        return new AuditRecord(planId, action, null, null, null, null, null, null, null, null, null);
    }

    /** An event of the administration trail, about no plan. */
    public static AuditRecord of(AuditCategory category, Enum<?> action) {
        return of(null, action.name()).in(category);
    }

    public AuditRecord withOutcome(String value) {
        return new AuditRecord(planId, action, value, comment, details, taskId, itemId, subject, unit, assessmentId, category);
    }

    public AuditRecord withComment(String value) {
        return new AuditRecord(planId, action, outcome, value, details, taskId, itemId, subject, unit, assessmentId, category);
    }

    public AuditRecord withDetails(String value) {
        return new AuditRecord(planId, action, outcome, comment, value, taskId, itemId, subject, unit, assessmentId, category);
    }

    public AuditRecord withTask(String value) {
        return new AuditRecord(planId, action, outcome, comment, details, value, itemId, subject, unit, assessmentId, category);
    }

    /** The event concerns a supervised item too, and shows in its history. */
    public AuditRecord withItem(Long value) {
        return new AuditRecord(planId, action, outcome, comment, details, taskId, value, subject, unit, assessmentId, category);
    }

    /** The event concerns a unit, a user or a file, named as {@code unit:fgw}, {@code user:staff-fgw}. */
    public AuditRecord withSubject(String value) {
        return new AuditRecord(planId, action, outcome, comment, details, taskId, itemId, value, unit, assessmentId, category);
    }

    /** The event records one unit's part of a plan (its opinion, delivery, reading, self-assessment). */
    public AuditRecord withUnit(String value) {
        return new AuditRecord(planId, action, outcome, comment, details, taskId, itemId, subject, value, assessmentId, category);
    }

    /** The event belongs to an annual assessment; its rows stay with the assessment's audience until it is published. */
    public AuditRecord withAssessment(Long value) {
        return new AuditRecord(planId, action, outcome, comment, details, taskId, itemId, subject, unit, value, category);
    }

    /** The event belongs to the administration trail, not to a plan's timeline. */
    public AuditRecord in(AuditCategory value) {
        return new AuditRecord(planId, action, outcome, comment, details, taskId, itemId, subject, unit, assessmentId, value);
    }
}
