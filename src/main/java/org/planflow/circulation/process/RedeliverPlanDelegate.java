package org.planflow.circulation.process;

import java.util.List;

import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.planflow.circulation.DeliveryService;
import org.planflow.circulation.DeliveryStart;
import org.planflow.circulation.IssuanceService;
import org.springframework.stereotype.Component;

/** Sends a refused plan to the unit the office chose: a new delivery with a fresh deadline. */
@Component("redeliverPlanDelegate")
class RedeliverPlanDelegate implements JavaDelegate {

    private final DeliveryService deliveries;
    private final IssuanceService issuances;
    private final CirculationStarter starter;

    RedeliverPlanDelegate(DeliveryService deliveries, IssuanceService issuances, CirculationStarter starter) {
        this.deliveries = deliveries;
        this.issuances = issuances;
        this.starter = starter;
    }

    @Override
    public void execute(DelegateExecution execution) {
        DeliveryStart delivery = deliveries.redeliver(MarkDeliveryOverdueDelegate.deliveryId(execution));
        issuances.recordProcesses(List.of(delivery.deliveryId()), starter.start(List.of(delivery)));
    }
}
