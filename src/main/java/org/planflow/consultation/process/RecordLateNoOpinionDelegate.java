package org.planflow.consultation.process;

import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.planflow.consultation.ConsultationService;
import org.springframework.stereotype.Component;

/** The deadline passed: records the unit as 逾期未反馈，视为无意见. */
@Component("recordLateNoOpinionDelegate")
class RecordLateNoOpinionDelegate implements JavaDelegate {

    private final ConsultationService consultation;

    RecordLateNoOpinionDelegate(ConsultationService consultation) {
        this.consultation = consultation;
    }

    @Override
    public void execute(DelegateExecution execution) {
        consultation.recordLate(((Number) execution.getVariable(ConsultationProcess.VAR_PLAN_ID)).longValue(),
                ((Number) execution.getVariable(ConsultationProcess.VAR_ROUND)).intValue(),
                (String) execution.getVariable(ConsultationProcess.VAR_UNIT));
    }
}
