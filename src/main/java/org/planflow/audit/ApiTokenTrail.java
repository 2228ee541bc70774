package org.planflow.audit;

import org.planflow.organization.OrganizationAction;
import org.planflow.security.ApiTokenChanged;
import org.springframework.context.event.EventListener;
import org.springframework.stereotype.Component;

/**
 * Records every API token issued or revoked, in the transaction that made the change, beside the account's other
 * credentials (its password resets and changes): who did it, for whom, the token's name and hint, never its secret.
 */
@Component
class ApiTokenTrail {

    private final AuditService audit;

    ApiTokenTrail(AuditService audit) {
        this.audit = audit;
    }

    @EventListener
    void on(ApiTokenChanged change) {
        audit.record(AuditRecord.of(AuditCategory.ORGANIZATION, TrailAction.of(change.change()))
                .withSubject(OrganizationAction.userSubject(change.username()))
                .withDetails(change.described()));
    }
}
