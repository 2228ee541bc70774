package org.planflow.assessment;

import java.util.List;

/** An assessment with its indicators as scored so far and each responsible unit's submission. */
public record AssessmentSheet(Assessment assessment, List<ScoredIndicator> indicators, List<UnitSubmission> units) {

    public AssessmentSheet {
        indicators = List.copyOf(indicators);
        units = List.copyOf(units);
    }
}
