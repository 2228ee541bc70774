package org.planflow.consultation;

/** The drafter's answer to one opinion. */
public record Answer(Long opinionId, OpinionDecision decision, String reason) {
}
