package org.planflow.consultation;

/** An opinion proper, a unit's explicit "no opinion" (无意见), or no answer by the deadline (视为无意见). */
public enum OpinionKind {
    OPINION, NO_OPINION, LATE_NO_OPINION
}
