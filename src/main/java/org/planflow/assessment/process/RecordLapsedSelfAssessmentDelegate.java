package org.planflow.assessment.process;

import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.planflow.assessment.AssessmentService;
import org.springframework.stereotype.Component;

/** A unit let the self-assessment deadline pass (未自评). */
@Component("recordLapsedSelfAssessmentDelegate")
class RecordLapsedSelfAssessmentDelegate implements JavaDelegate {

    private final AssessmentService assessments;

    RecordLapsedSelfAssessmentDelegate(AssessmentService assessments) {
        this.assessments = assessments;
    }

    @Override
    public void execute(DelegateExecution execution) {
        assessments.lapse(AssessmentEngine.assessmentId(execution),
                (String) execution.getVariable(AnnualAssessmentProcess.VAR_UNIT_CODE));
    }
}
