package org.planflow.assessment.process;

import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.planflow.assessment.AssessmentService;
import org.springframework.stereotype.Component;

/** The approved results go to the member units as a 通报. */
@Component("publishAssessmentDelegate")
class PublishAssessmentDelegate implements JavaDelegate {

    private final AssessmentService assessments;

    PublishAssessmentDelegate(AssessmentService assessments) {
        this.assessments = assessments;
    }

    @Override
    public void execute(DelegateExecution execution) {
        assessments.publish(AssessmentEngine.assessmentId(execution));
    }
}
