package org.planflow.assessment;

/** What the audit trail records of an assessment ({@code plan.action.<NAME>} words it). */
public enum AssessmentAction {
    ASSESSMENT_OPENED, ASSESSMENT_EVIDENCE_ADDED, ASSESSMENT_EVIDENCE_REMOVED, SELF_ASSESSED, SELF_ASSESSMENT_LAPSED, ASSESSMENT_SCORED,
    ASSESSMENT_DECIDED, ASSESSMENT_PUBLISHED, ASSESSMENT_METHOD_SET
}
