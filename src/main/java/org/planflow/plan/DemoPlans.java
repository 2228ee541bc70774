package org.planflow.plan;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.Arrays;
import java.util.Comparator;
import java.util.List;

import org.planflow.organization.OrganizationService;
import org.planflow.organization.UserAccount;
import org.planflow.plan.persistence.PlanListRepository;
import org.planflow.security.RunAs;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.ApplicationArguments;
import org.springframework.boot.ApplicationRunner;
import org.springframework.context.annotation.Profile;
import org.springframework.core.annotation.Order;
import org.springframework.core.io.Resource;
import org.springframework.core.io.support.PathMatchingResourcePatternResolver;
import org.springframework.stereotype.Component;

/**
 * The demo district's plans: on a demo database without plans, the drafter imports the five seed
 * documents, so the first run has real plans to open, edit and submit. Their office sits in the drafter's unit.
 */
@Component
@Profile("demo")
@Order(1)
class DemoPlans implements ApplicationRunner {

    private static final Logger log = LoggerFactory.getLogger(DemoPlans.class);
    static final String DRAFTER = "drafter";

    private final PlanImportService imports;
    private final PlanListRepository repository;
    private final OrganizationService organization;
    private final PlanOffices offices;
    private final PlanService plans;
    private final boolean enabled;

    DemoPlans(PlanImportService imports, PlanListRepository repository, OrganizationService organization, PlanOffices offices,
              PlanService plans, @Value("${planflow.demo.plans:true}") boolean enabled) {
        this.offices = offices;
        this.plans = plans;
        this.imports = imports;
        this.repository = repository;
        this.organization = organization;
        this.enabled = enabled;
    }

    @Override
    public void run(ApplicationArguments args) {
        if (enabled && repository.count(new PlanListRepository.SearchFilter(null, null, null, null, null)) == 0) {
            importSeeds();
        }
    }

    /** Imports every seed document as the demo drafter; returns the new plans. */
    List<Plan> importSeeds() {
        UserAccount drafter = organization.findUser(DRAFTER)
                .orElseThrow(() -> new IllegalStateException("The demo district has no user " + DRAFTER));
        return RunAs.user(DRAFTER, drafter.roles(), () -> {
            List<Plan> imported = seeds().stream().map(seed -> officeOfDrafter(importSeed(seed), drafter)).toList();
            log.info("Imported {} demo plans from the seed documents", imported.size());
            return imported;
        });
    }

    /** The demo's quality plans are run by 区市场监管局 where their text seats the office nowhere the district knows. */
    private Plan officeOfDrafter(Plan plan, UserAccount drafter) {
        if (plan.office() != null) {
            return plan;
        }
        offices.apply(plan.id(), new UnitRef(drafter.unit().code(), null), null);
        return plans.load(plan.id());
    }

    private Plan importSeed(Resource seed) {
        try (InputStream in = seed.getInputStream()) {
            return imports.importDocument(seed.getFilename(), in.readAllBytes());
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static List<Resource> seeds() {
        try {
            return Arrays.stream(new PathMatchingResourcePatternResolver().getResources("classpath*:seeds/*.txt"))
                    .sorted(Comparator.comparing(Resource::getFilename)).toList();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
