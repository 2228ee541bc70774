package org.planflow.supervision.process;

import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.planflow.supervision.ItemStatusService;
import org.springframework.stereotype.Component;

/** The item's due date passed unfinished: flagged 逾期未完成, red. */
@Component("flagItemOverdueDelegate")
class FlagItemOverdueDelegate implements JavaDelegate {

    private final ItemStatusService items;

    FlagItemOverdueDelegate(ItemStatusService items) {
        this.items = items;
    }

    @Override
    public void execute(DelegateExecution execution) {
        items.flagOverdue(OpenPeriodReportDelegate.itemId(execution));
    }
}
