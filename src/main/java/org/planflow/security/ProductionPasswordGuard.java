package org.planflow.security;

import org.planflow.organization.OrganizationService;
import org.springframework.boot.ApplicationArguments;
import org.springframework.boot.ApplicationRunner;
import org.springframework.context.annotation.Profile;
import org.springframework.stereotype.Component;

/** In production PlanFlow refuses to start while any account still has the demo password. */
@Component
@Profile("prod")
class ProductionPasswordGuard implements ApplicationRunner {

    static final String DEMO_PASSWORD = "demo";

    private final OrganizationService organization;

    ProductionPasswordGuard(OrganizationService organization) {
        this.organization = organization;
    }

    /** Runs after the first administrator may have been created from the environment. */
    @Override
    public void run(ApplicationArguments arguments) {
        long accounts = organization.countEnabledUsersAccepting(DEMO_PASSWORD);
        if (accounts > 0) {
            throw new IllegalStateException(accounts + " enabled account(s) still use the demo password: "
                    + "change or disable them before starting with the prod profile");
        }
    }
}
