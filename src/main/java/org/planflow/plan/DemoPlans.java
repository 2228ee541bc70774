package org.planflow.plan;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.time.LocalDate;
import java.util.Arrays;
import java.util.Comparator;
import java.util.List;

import org.planflow.organization.OrganizationService;
import org.planflow.organization.UserAccount;
import org.planflow.plan.persistence.PlanListRepository;
import org.planflow.security.RunAs;
import org.planflow.shared.Formats;
import org.planflow.shared.Milestone;
import org.planflow.shared.Period;
import org.planflow.shared.PlanFlowClock;
import org.planflow.shared.Target;
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
 * documents, so the first run has real plans to open, edit and submit. Their office sits in the drafter's unit, and a
 * plan whose period has long ended (the seeds' 2010–2015, 2015–2020) is played as running from this year, its dates
 * moved by as many years, in a revision that says so.
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
    private final PlanFlowClock clock;
    private final boolean enabled;

    DemoPlans(PlanImportService imports, PlanListRepository repository, OrganizationService organization, PlanOffices offices,
              PlanService plans, PlanFlowClock clock, @Value("${planflow.demo.plans:true}") boolean enabled) {
        this.offices = offices;
        this.clock = clock;
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
            List<Plan> imported = seeds().stream().map(seed -> thisYears(officeOfDrafter(importSeed(seed), drafter))).toList();
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

    private Plan thisYears(Plan plan) {
        LocalDate today = LocalDate.ofInstant(clock.instant(), Formats.DISTRICT_ZONE);
        if (plan.period() == null || !plan.period().end().isBefore(today)) {
            return plan;
        }
        int years = today.getYear() - plan.period().start().getYear();
        List<BreakdownItem> items = plan.items().stream().map(item -> new BreakdownItem(item.seq(), item.category(),
                item.indicator(), item.score(), item.scoringMethod(), item.leadUnit(), item.coopUnits(),
                item.dueDate() == null ? null : item.dueDate().plusYears(years), item.leadGroup(),
                item.milestones().stream().map(m -> new Milestone(m.text(), m.due().plusYears(years))).toList(), item.cadence(),
                item.targets().stream().map(t -> new Target(t.name(), t.unit(), t.direction(), t.value(), t.baseline(),
                        t.year() == null ? null : t.year() + years)).toList())).toList();
        return plans.update(plan.id(), new PlanDraft(plan.title(), plan.type(), plan.docNumber(), plan.sections(), items,
                plan.revision(), "演示：按本年度起算实施期限", null, null,
                new Period(plan.period().start().plusYears(years), plan.period().end().plusYears(years)), null, null));
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
