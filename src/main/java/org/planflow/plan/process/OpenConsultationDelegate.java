package org.planflow.plan.process;

import java.util.Date;

import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.planflow.calendar.Deadlines;
import org.planflow.consultation.ConsultationService;
import org.planflow.plan.Plan;
import org.planflow.plan.PlanService;
import org.springframework.stereotype.Component;

/** Opens a consultation round for the units the drafter chose, due in their working days. */
@Component("openConsultationDelegate")
class OpenConsultationDelegate implements JavaDelegate {

    private final PlanService plans;
    private final ConsultationService consultation;
    private final Deadlines deadlines;

    OpenConsultationDelegate(PlanService plans, ConsultationService consultation, Deadlines deadlines) {
        this.plans = plans;
        this.consultation = consultation;
        this.deadlines = deadlines;
    }

    @Override
    public void execute(DelegateExecution execution) {
        Plan plan = plans.load(((Number) execution.getVariable(PlanApprovalProcess.VAR_PLAN_ID)).longValue());
        Date due = deadlines.workingDaysFromNow(plan.consultWorkingDays());
        int round = consultation.openRound(plan.id(), plan.consultUnits(), due.toInstant());
        execution.setVariable(PlanApprovalProcess.VAR_CONSULT_DUE, due);
        execution.setVariable(PlanApprovalProcess.VAR_ROUND, round);
    }
}
