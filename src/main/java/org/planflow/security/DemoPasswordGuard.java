package org.planflow.security;

import org.planflow.organization.OrganizationService;
import org.springframework.boot.ApplicationArguments;
import org.springframework.boot.ApplicationRunner;
import org.springframework.context.annotation.Profile;
import org.springframework.stereotype.Component;

/**
 * Outside the demo district, whatever the profile is called (prod, staging, a test server), PlanFlow refuses
 * to start while any account still has the demo password.
 */
@Component
@Profile("!" + DemoPasswordGuard.DEMO_PROFILE)
class DemoPasswordGuard implements ApplicationRunner {

    static final String DEMO_PROFILE = "demo";
    static final String DEMO_PASSWORD = "demo";

    private final OrganizationService organization;

    DemoPasswordGuard(OrganizationService organization) {
        this.organization = organization;
    }

    /** Runs after the first administrator may have been created from the environment. */
    @Override
    public void run(ApplicationArguments arguments) {
        long accounts = organization.countEnabledUsersAccepting(DEMO_PASSWORD);
        if (accounts > 0) {
            throw new IllegalStateException(accounts + " enabled account(s) still use the demo password: "
                    + "change or disable them before starting without the demo profile");
        }
    }
}
