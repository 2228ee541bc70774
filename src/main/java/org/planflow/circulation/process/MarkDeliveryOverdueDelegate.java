package org.planflow.circulation.process;

import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.planflow.circulation.DeliveryService;
import org.springframework.stereotype.Component;

/** The acknowledgement deadline passed: the delivery is marked OVERDUE while its task stays open. */
@Component("markDeliveryOverdueDelegate")
class MarkDeliveryOverdueDelegate implements JavaDelegate {

    private final DeliveryService deliveries;

    MarkDeliveryOverdueDelegate(DeliveryService deliveries) {
        this.deliveries = deliveries;
    }

    @Override
    public void execute(DelegateExecution execution) {
        deliveries.markOverdue(deliveryId(execution));
    }

    static long deliveryId(DelegateExecution execution) {
        return ((Number) execution.getVariable(CirculationProcess.VAR_DELIVERY_ID)).longValue();
    }
}
