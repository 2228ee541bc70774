package org.planflow.supervision;

/** Where a quarterly review stands: compiled draft with the supervision office, with a leader, or circulated. */
public enum ReviewStatus {
    COMPILING, DRAFTING, APPROVAL, CIRCULATED
}
