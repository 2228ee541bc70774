package org.planflow.benchmark;

import java.util.function.Supplier;

import org.planflow.inbox.InboxEntry;
import org.planflow.inbox.InboxService;
import org.planflow.organization.OrganizationService;
import org.planflow.shared.PageOf;
import org.planflow.shared.PageRequest;
import org.planflow.security.RunAs;
import org.planflow.supervision.Dashboard;
import org.planflow.supervision.EscalationService;
import org.planflow.supervision.OverdueItem;
import org.planflow.supervision.SupervisionDashboardService;
import org.springframework.context.ApplicationContext;

/**
 * The reads the growth table follows, through the services a view or an API call uses, as the accounts of the city's
 * first slice (they exist at every step): a township clerk's, a leader's and a supervisor's inbox, the overdue list and
 * the dashboard over the whole city.
 */
final class CityProbes {

    static final String STAFF = CityNames.unit(0).clerk();
    static final String LEADER = CityNames.leader(1);
    static final String SUPERVISOR = CityNames.supervisor(1);
    /** The demo district's administrator, which the city keeps beside its own accounts. */
    static final String ADMIN = "admin";

    private final InboxService inbox;
    private final EscalationService escalation;
    private final SupervisionDashboardService dashboards;
    private final OrganizationService organization;

    CityProbes(ApplicationContext context) {
        this.inbox = context.getBean(InboxService.class);
        this.escalation = context.getBean(EscalationService.class);
        this.dashboards = context.getBean(SupervisionDashboardService.class);
        this.organization = context.getBean(OrganizationService.class);
    }

    PageOf<InboxEntry> inbox(String username) {
        return as(username, () -> nonEmpty(inbox.page(null, PageRequest.first(20))));
    }

    /** The overdue list's first page (what the list view and the API answer first), with its total. */
    PageOf<OverdueItem> overdue(String unit) {
        return as(SUPERVISOR, () -> escalation.overdue(unit, null, PageRequest.first(PageRequest.DEFAULT_SIZE)));
    }

    Dashboard dashboard(Long planId) {
        return as(SUPERVISOR, () -> dashboards.dashboard(planId));
    }

    /** Every probe of the growth table at this step, as figures of the group "growth". */
    void measure(String step) {
        Figures.info("growth", step + " inbox first page, unit staff (" + STAFF + ")", Timing.of(() -> inbox(STAFF)).toString());
        Figures.info("growth", step + " inbox first page, LEADER (" + LEADER + ")", Timing.of(() -> inbox(LEADER)).toString());
        Figures.info("growth", step + " inbox first page, SUPERVISOR (" + SUPERVISOR + ")", Timing.of(() -> inbox(SUPERVISOR)).toString());
        Figures.info("growth", step + " overdue list first page, whole city (%,d rows in all)".formatted(overdue(null).total()),
                Timing.of(2, 10, () -> overdue(null)).toString());
        Figures.info("growth", step + " dashboard, whole city", Timing.of(2, 10, () -> dashboard(null)).toString());
    }

    private static PageOf<InboxEntry> nonEmpty(PageOf<InboxEntry> page) {
        if (page.items().isEmpty()) {
            throw new IllegalStateException("An empty inbox measures nothing");
        }
        return page;
    }

    <T> T as(String username, Supplier<T> action) {
        return RunAs.user(username, organization.findUser(username).orElseThrow().roles(), action);
    }
}
