package org.planflow.assessment.process;

import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.planflow.assessment.AssessmentService;
import org.springframework.stereotype.Component;

/** Every unit has self-assessed or lapsed; the office scores next. */
@Component("closeSelfAssessmentDelegate")
class CloseSelfAssessmentDelegate implements JavaDelegate {

    private final AssessmentService assessments;

    CloseSelfAssessmentDelegate(AssessmentService assessments) {
        this.assessments = assessments;
    }

    @Override
    public void execute(DelegateExecution execution) {
        assessments.closeSelfAssessment(AssessmentEngine.assessmentId(execution));
    }
}
