package org.planflow.supervision.process;

import java.util.Date;

import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.planflow.supervision.ItemProgressService;
import org.planflow.supervision.ProgressReport;
import org.springframework.stereotype.Component;

/** A period ended: opens its report, due some working days later. */
@Component("openPeriodReportDelegate")
class OpenPeriodReportDelegate implements JavaDelegate {

    private final ItemProgressService progress;

    OpenPeriodReportDelegate(ItemProgressService progress) {
        this.progress = progress;
    }

    @Override
    public void execute(DelegateExecution execution) {
        ProgressReport report = progress.openReport(itemId(execution));
        execution.setVariable(TaskSupervisionProcess.VAR_REPORT_ID, report.id());
        execution.setVariable(TaskSupervisionProcess.VAR_REPORT_DUE, Date.from(report.due()));
    }

    static long itemId(DelegateExecution execution) {
        return ((Number) execution.getVariable(TaskSupervisionProcess.VAR_ITEM_ID)).longValue();
    }
}
