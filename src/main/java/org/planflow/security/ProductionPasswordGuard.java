package org.planflow.security;

import org.planflow.organization.OrganizationService;
import org.springframework.beans.factory.SmartInitializingSingleton;
import org.springframework.context.annotation.Profile;
import org.springframework.stereotype.Component;

/** In production PlanFlow refuses to start while any account still has the demo password. */
@Component
@Profile("prod")
class ProductionPasswordGuard implements SmartInitializingSingleton {

    static final String DEMO_PASSWORD = "demo";

    private final OrganizationService organization;

    ProductionPasswordGuard(OrganizationService organization) {
        this.organization = organization;
    }

    @Override
    public void afterSingletonsInstantiated() {
        long accounts = organization.countEnabledUsersAccepting(DEMO_PASSWORD);
        if (accounts > 0) {
            throw new IllegalStateException(accounts + " enabled account(s) still use the demo password: "
                    + "change or disable them before starting with the prod profile");
        }
    }
}
