package org.planflow.workpoints.process;

import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.planflow.workpoints.WorkPointsService;
import org.springframework.stereotype.Component;

/** At a year's start: whether its work points still need drawing. */
@Component("checkWorkPointsDelegate")
class CheckWorkPointsDelegate implements JavaDelegate {

    private final WorkPointsService workPoints;

    CheckWorkPointsDelegate(WorkPointsService workPoints) {
        this.workPoints = workPoints;
    }

    @Override
    public void execute(DelegateExecution execution) {
        execution.setVariable(WorkPointsProcess.VAR_TO_DRAW, workPoints.stillToDraw(
                ((Number) execution.getVariable(WorkPointsProcess.VAR_PLAN_ID)).longValue(),
                ((Number) execution.getVariable(WorkPointsProcess.VAR_YEAR)).intValue()));
    }
}
