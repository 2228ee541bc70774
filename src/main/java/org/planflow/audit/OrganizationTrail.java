package org.planflow.audit;

import org.planflow.organization.OrganizationChanged;
import org.springframework.context.event.EventListener;
import org.springframework.stereotype.Component;

/** Records every change to units and users, in the transaction that made it. */
@Component
class OrganizationTrail {

    private final AuditService audit;

    OrganizationTrail(AuditService audit) {
        this.audit = audit;
    }

    @EventListener
    void on(OrganizationChanged change) {
        audit.record(AuditRecord.of(AuditCategory.ORGANIZATION, change.action()).withDetails(change.details())
                .withSubject(change.subject()));
    }
}
