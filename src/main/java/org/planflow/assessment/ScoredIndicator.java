package org.planflow.assessment;

import java.math.BigDecimal;
import java.util.List;

/**
 * An indicator as the assessment scored it: the lead unit's self-score and explanation, the office's score and
 * reason (null where it kept the self-score), per criterion where scored that way, and the evidence.
 */
public record ScoredIndicator(Indicator indicator, BigDecimal selfScore, String explanation, BigDecimal officeScore,
                              String reason, List<CriterionScore> criteria, List<AssessmentEvidence> evidence) {

    public ScoredIndicator {
        criteria = List.copyOf(criteria);
        evidence = List.copyOf(evidence);
    }

    /** A criterion's self-score and office score (each null where not scored per criterion). */
    public record CriterionScore(Criterion criterion, BigDecimal selfScore, BigDecimal officeScore, String reason) {
    }

    /** What counts: the office's score, else the self-score, else nothing (a lapsed unit's indicator). */
    public BigDecimal finalScore() {
        return officeScore != null ? officeScore : selfScore != null ? selfScore : BigDecimal.ZERO;
    }

    public BigDecimal lostPoints() {
        return indicator.maxPoints().subtract(finalScore()).max(BigDecimal.ZERO);
    }
}
