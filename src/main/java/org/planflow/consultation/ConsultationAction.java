package org.planflow.consultation;

/** What a consultation writes to its plan's timeline; translated as {@code plan.action.<name>}. */
public enum ConsultationAction {
    CONSULTATION_OPENED, OPINION_GIVEN, OPINION_LATE, OPINIONS_ANSWERED
}
