package org.planflow.workpoints.process;

import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.springframework.stereotype.Component;

/** The next year of the period, waited for from its first day. */
@Component("advanceWorkPointsYearDelegate")
class AdvanceWorkPointsYearDelegate implements JavaDelegate {

    @Override
    public void execute(DelegateExecution execution) {
        int next = ((Number) execution.getVariable(WorkPointsProcess.VAR_YEAR)).intValue() + 1;
        execution.setVariable(WorkPointsProcess.VAR_YEAR, next);
        execution.setVariable(WorkPointsProcess.VAR_YEAR_BEGINS, WorkPointsEngine.beginningOf(next));
    }
}
