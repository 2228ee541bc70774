package org.planflow.circulation.process;

import java.util.List;

import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.planflow.circulation.DeliveryStart;
import org.planflow.circulation.IssuanceService;
import org.springframework.stereotype.Component;

/** Delivers the issued plan: one delivery and one acknowledgement process per recipient unit. */
@Component("deliverPlanDelegate")
class DeliverPlanDelegate implements JavaDelegate {

    private final IssuanceService issuances;
    private final CirculationStarter starter;

    DeliverPlanDelegate(IssuanceService issuances, CirculationStarter starter) {
        this.issuances = issuances;
        this.starter = starter;
    }

    @Override
    public void execute(DelegateExecution execution) {
        List<DeliveryStart> deliveries = issuances.deliver(IssueDocumentNumberDelegate.issuanceId(execution));
        issuances.recordProcesses(deliveries.stream().map(DeliveryStart::deliveryId).toList(), starter.start(deliveries));
    }
}
