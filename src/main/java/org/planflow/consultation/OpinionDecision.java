package org.planflow.consultation;

/** The drafter's answer to an opinion: 采纳, 部分采纳, 不采纳. Anything but ADOPTED needs a reason. */
public enum OpinionDecision {
    ADOPTED, PARTIAL, REJECTED
}
