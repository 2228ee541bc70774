package org.planflow.circulation.process;

import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.planflow.circulation.IssuanceService;
import org.springframework.stereotype.Component;

/** Takes the issued plan's document number (文号); plan-approval.bpmn calls it after the ISSUE task. */
@Component("issueDocumentNumberDelegate")
class IssueDocumentNumberDelegate implements JavaDelegate {

    private final IssuanceService issuances;

    IssueDocumentNumberDelegate(IssuanceService issuances) {
        this.issuances = issuances;
    }

    @Override
    public void execute(DelegateExecution execution) {
        execution.setVariable(CirculationProcess.VAR_DOC_NUMBER, issuances.assignNumber(issuanceId(execution)));
    }

    static long issuanceId(DelegateExecution execution) {
        return ((Number) execution.getVariable(CirculationProcess.VAR_ISSUANCE_ID)).longValue();
    }
}
