package org.planflow.supervision.process;

import java.util.Date;

import org.planflow.supervision.SupervisedItemService;
import org.springframework.stereotype.Component;

/**
 * When an item's next report period ends, for the period timer of task-supervision.bpmn. Public, because
 * the timer's expression calls it reflectively.
 */
@Component("supervisionSchedule")
public class SupervisionSchedule {

    private final SupervisedItemService items;

    public SupervisionSchedule(SupervisedItemService items) {
        this.items = items;
    }

    public Date nextPeriodEnd(Object itemId) {
        return Date.from(items.nextPeriodEnd(((Number) itemId).longValue()));
    }
}
