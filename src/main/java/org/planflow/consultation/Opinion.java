package org.planflow.consultation;

import java.time.Instant;

/**
 * One consulted unit's reply in a round: an opinion on a section (empty section: on the whole
 * plan), or a no-opinion record; with the drafter's decision and reason once answered.
 */
public record Opinion(long id, long planId, int round, String unitCode, String unitName, OpinionKind kind, String section,
                      String text, String author, Instant created, OpinionDecision decision, String reason,
                      String decidedBy, Instant decidedAt) {

    public boolean needsAnswer() {
        return kind == OpinionKind.OPINION;
    }
}
