package org.planflow.assessment;

/** Where a year's assessment is: units assess themselves, the office scores, a leader decides, results are out. */
public enum AssessmentStatus {
    SELF_ASSESSING, SCORING, APPROVAL, PUBLISHED
}
