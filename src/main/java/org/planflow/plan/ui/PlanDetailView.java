package org.planflow.plan.ui;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;

import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.confirmdialog.ConfirmDialog;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.icon.VaadinIcon;
import com.vaadin.flow.component.notification.Notification;
import com.vaadin.flow.component.notification.NotificationVariant;
import com.vaadin.flow.component.orderedlayout.FlexComponent;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.component.tabs.Tab;
import com.vaadin.flow.component.tabs.TabSheet;
import com.vaadin.flow.router.BeforeEvent;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.HasUrlParameter;
import com.vaadin.flow.router.QueryParameters;
import com.vaadin.flow.router.Route;
import com.vaadin.flow.router.RouterLink;
import jakarta.annotation.security.PermitAll;
import org.planflow.shared.ui.Unavailable;
import org.planflow.plan.PlanAction;
import org.planflow.audit.AuditEntry;
import org.planflow.consultation.Opinion;
import org.planflow.inbox.InboxEntry;
import org.planflow.inbox.InboxService;
import org.planflow.organization.OrganizationService;
import org.planflow.plan.LeadingGroup;
import org.planflow.plan.Plan;
import org.planflow.plan.PlanApprovalService;
import org.planflow.plan.PlanImportService;
import org.planflow.plan.PlanRevisionService;
import org.planflow.plan.PlanService;
import org.planflow.plan.ResponsibleLeaderService;
import org.planflow.plan.PlanTab;
import org.planflow.security.CurrentUser;
import org.planflow.shared.ConflictException;
import org.planflow.shared.Formats;
import org.planflow.shared.NotFoundException;
import org.springframework.security.access.AccessDeniedException;

/**
 * One plan for its readers: the header, and tabs with the text, the breakdown table, the opinions
 * and how they were adopted, the approval record, the revisions side by side, and the whole log, each
 * as far as the reader may see it (the opinions a consulted unit's own, the revisions the lead
 * department's and the district's). {@code ?tab=revisions} (or text, items, opinions, approvals, log) opens that tab.
 */
@Route("plan")
@PermitAll
class PlanDetailView extends VerticalLayout implements HasUrlParameter<Long>, HasDynamicTitle {

    static final String TAB_PARAMETER = PlanTab.PARAMETER;
    static final String TAB_REVISIONS = "revisions";

    /** The steps of the approval itself; the log shows every event. */
    private static final Set<String> APPROVAL_ACTIONS = Set.of(PlanAction.SUBMITTED.name(),
            PlanAction.DEPT_REVIEWED.name(), PlanAction.CONSOLIDATED.name(), PlanAction.LEADER_DECIDED.name(), PlanAction.WITHDRAWN.name());

    private final transient PlanService plans;
    private final transient PlanRevisionService revisions;
    private final transient ResponsibleLeaderService leaders;
    private final transient PlanApprovalService approval;
    private final transient PlanImportService imports;
    private final transient InboxService inbox;
    private final transient List<PlanTab> extraTabs;
    private final transient OrganizationService organization;
    private String title = "";

    PlanDetailView(PlanService plans, PlanRevisionService revisions, ResponsibleLeaderService leaders,
                   PlanApprovalService approval, PlanImportService imports, InboxService inbox, List<PlanTab> extraTabs, OrganizationService organization) {
        this.extraTabs = extraTabs;
        this.organization = organization;
        this.imports = imports;
        this.inbox = inbox;
        this.plans = plans;
        this.revisions = revisions;
        this.leaders = leaders;
        this.approval = approval;
    }

    @Override
    public void setParameter(BeforeEvent event, Long id) {
        load(id, event.getLocation().getQueryParameters().getSingleParameter(TAB_PARAMETER).orElse(null));
    }

    private void load(long id, String tab) {
        removeAll();
        try {
            show(plans.open(id), tab);
        } catch (NotFoundException e) {
            message("plan.detail.notFound");
        }
    }

    private void message(String key) {
        title = getTranslation("plan.detail.unavailable");
        add(new Unavailable(title, getTranslation(key), new RouterLink(getTranslation("plan.backToList"), PlanListView.class)));
    }

    private void show(Plan plan, String selectedTab) {
        title = plan.title();
        H2 heading = new H2(plan.title());
        heading.setId("plan-title");
        heading.getStyle().set("margin", "0");
        PlanStatusBadge status = new PlanStatusBadge(plan.status());
        status.setId("plan-status");
        HorizontalLayout titleLine = new HorizontalLayout(heading, status);
        titleLine.setAlignItems(FlexComponent.Alignment.CENTER);

        HorizontalLayout facts = new HorizontalLayout(
                fact("plan-type", "plan.field.type", plan.type()),
                fact("plan-lead-unit", "plan.field.leadUnit", plan.leadUnit().name()),
                fact("plan-drafter", "plan.field.drafter", plan.drafterName() == null ? plan.drafter() : plan.drafterName()),
                fact("plan-doc-number", "plan.field.docNumber", plan.docNumber() == null ? getTranslation("plan.docNumber.none") : plan.docNumber()),
                new ResponsibleLeaderFact(plan, leaders, organization, () -> load(plan.id(), null)),
                fact("plan-period", "plan.field.period", plan.period() == null ? getTranslation("plan.period.none")
                        : plan.period().label() + " · " + getTranslation(plan.cadence() == null ? "plan.field.cadence.default"
                        : "supervision.cadence." + plan.cadence().name())),
                fact("plan-office", "plan.field.office", plan.office() == null ? getTranslation("plan.office.none") : plan.office().name()),
                fact("plan-revision", "plan.field.revision", getTranslation("plan.revision.number", plan.revision())),
                fact("plan-updated", "plan.field.updated", Formats.dateTime(plan.updated())));
        if (plan.leadingGroup() != null) {
            facts.add(fact("plan-leading-group", "plan.field.leadingGroup", leadingGroup(plan.leadingGroup())));
        }
        facts.setWrap(true);
        facts.getStyle().set("column-gap", "var(--lumo-space-l)");

        if (plan.subPlan()) {
            facts.addComponentAsFirst(parentFact(plan.parentPlanId()));
        }
        add(titleLine, facts, actions(plan), new ImportWarnings(plan.warnings()), tabs(plan, selectedTab));
    }

    /** A sub-plan (配套方案) names the plan it implements, linked for whoever may read that plan. */
    private Component parentFact(long parentPlanId) {
        Plan parent = plans.load(parentPlanId);
        Span label = new Span(getTranslation("plan.field.parent") + "：");
        label.getStyle().set("color", "var(--lumo-secondary-text-color)");
        Component value = plans.reader(parent).mayRead() ? new Anchor("plan/" + parent.id(), parent.title())
                : new Span(getTranslation("plan.parent.hidden"));
        value.setId("plan-parent");
        return new Span(label, value);
    }

    private Component fact(String id, String labelKey, String value) {
        Span label = new Span(getTranslation(labelKey) + "：");
        label.getStyle().set("color", "var(--lumo-secondary-text-color)");
        Span text = new Span(Objects.toString(value, ""));
        text.setId(id);
        return new Span(label, text);
    }

    private Component actions(Plan plan) {
        HorizontalLayout actions = new HorizontalLayout();
        actions.setId("plan-actions");
        actions.add(new RouterLink(getTranslation("plan.backToList"), PlanListView.class));
        if (plans.mayEdit(plan)) {
            Button edit = new Button(getTranslation("plan.edit"), VaadinIcon.EDIT.create(),
                    click -> getUI().ifPresent(ui -> ui.navigate(PlanEditorView.class, plan.id())));
            edit.setId("edit-plan");
            edit.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
            actions.add(edit);
        }
        if (CurrentUser.username().filter(plan.drafter()::equals).isPresent() && approval.mayWithdraw(plan)) {
            Button withdraw = new Button(getTranslation("plan.withdraw"), VaadinIcon.ARROW_BACKWARD.create(), click -> confirmWithdraw(plan));
            withdraw.setId("withdraw-plan");
            actions.add(withdraw);
        }
        for (InboxEntry task : inbox.tasksOfPlan(plan.id())) {
            Button open = new Button(getTranslation("plan.openTask", task.name()), VaadinIcon.INBOX.create(),
                    click -> getUI().ifPresent(ui -> ui.navigate("tasks/" + task.id())));
            open.setId("open-task-" + task.id());
            open.addClassName("open-task");
            open.addThemeVariants(ButtonVariant.LUMO_PRIMARY, ButtonVariant.LUMO_SUCCESS);
            actions.add(open);
        }
        actions.setAlignItems(FlexComponent.Alignment.CENTER);
        return actions;
    }

    private void confirmWithdraw(Plan plan) {
        ConfirmDialog confirm = new ConfirmDialog();
        confirm.setId("withdraw-confirm");
        confirm.setHeader(getTranslation("plan.withdraw.title"));
        confirm.setText(getTranslation("plan.withdraw.text", plan.title()));
        confirm.setCancelable(true);
        confirm.setCancelText(getTranslation("common.cancel"));
        confirm.setConfirmText(getTranslation("plan.withdraw.confirm"));
        confirm.addConfirmListener(event -> withdraw(plan));
        confirm.open();
    }

    private void withdraw(Plan plan) {
        try {
            approval.withdraw(plan.id());
            Notification.show(getTranslation("plan.withdraw.done"), 3000, Notification.Position.BOTTOM_START)
                    .addThemeVariants(NotificationVariant.LUMO_SUCCESS);
        } catch (ConflictException | AccessDeniedException e) {
            Notification.show(getTranslation("plan.withdraw.refused"), 5000, Notification.Position.MIDDLE)
                    .addThemeVariants(NotificationVariant.LUMO_ERROR);
        }
        load(plan.id(), null);
    }

    private Component tabs(Plan plan, String selectedTab) {
        List<AuditEntry> timeline = plans.timeline(plan.id());
        boolean drafting = plans.reader(plan).drafting();
        List<Opinion> opinions = plans.opinions(plan.id());
        Map<String, Component> contents = new LinkedHashMap<>();
        contents.put("text", new PlanTextPanel(plan));
        contents.put("items", new VerticalLayout(new BreakdownGrid(plan.items()), BreakdownExcel.exportOnly(plan.id(), imports)));
        if (drafting || !opinions.isEmpty()) {
            contents.put("opinions", new OpinionGrid(opinions));
        }
        extraTabs.stream().filter(tab -> tab.appliesTo(plan)).forEach(tab -> contents.put(tab.key(), tab.create(plan)));
        contents.put("approvals", new TimelineGrid("approval-grid", timeline.stream().filter(e -> APPROVAL_ACTIONS.contains(e.action())).toList(), false));
        if (drafting) {
            contents.put(TAB_REVISIONS, new RevisionsPanel(revisions, plan.id(), revisions.revisions(plan.id())));
        }
        contents.put("log", new TimelineGrid("log-grid", timeline, true));

        TabSheet sheet = new TabSheet();
        sheet.setId("plan-tabs");
        sheet.setWidthFull();
        contents.forEach((key, content) -> {
            Tab tab = sheet.add(getTranslation("plan.tab." + key), content);
            tab.setId("tab-" + key);
            if (key.equals(selectedTab)) {
                sheet.setSelectedTab(tab);
            }
        });
        return sheet;
    }

    /** The detail view's location with a tab opened, for links from other views. */
    static QueryParameters tab(String key) {
        return QueryParameters.of(TAB_PARAMETER, key);
    }

    @Override
    public String getPageTitle() {
        return title;
    }

    /** 质量兴区工作领导小组（组长：分管副区长；副组长：…；成员单位 18 个） */
    private String leadingGroup(LeadingGroup group) {
        List<String> parts = new ArrayList<>();
        if (group.leader() != null) {
            parts.add(getTranslation("plan.leadingGroup.leader", group.leader()));
        }
        if (!group.deputies().isEmpty()) {
            parts.add(getTranslation("plan.leadingGroup.deputies", String.join("、", group.deputies())));
        }
        if (!group.units().isEmpty()) {
            parts.add(getTranslation("plan.leadingGroup.units", group.units().size()));
        }
        String name = group.name() == null ? "" : group.name();
        return parts.isEmpty() ? name : name + "（" + String.join("；", parts) + "）";
    }

}
