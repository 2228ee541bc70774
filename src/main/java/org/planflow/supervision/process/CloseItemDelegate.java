package org.planflow.supervision.process;

import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.planflow.supervision.ItemStatusService;
import org.springframework.stereotype.Component;

/** The office verified the item done: it is closed (销号), and its plan with its last item. */
@Component("closeItemDelegate")
class CloseItemDelegate implements JavaDelegate {

    private final ItemStatusService items;

    CloseItemDelegate(ItemStatusService items) {
        this.items = items;
    }

    @Override
    public void execute(DelegateExecution execution) {
        items.close(OpenPeriodReportDelegate.itemId(execution));
    }
}
