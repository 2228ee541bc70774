package org.planflow.plan.ui;

import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Consumer;

import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.orderedlayout.FlexComponent;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.component.tabs.TabSheet;
import org.planflow.consultation.ConsultationService;
import org.planflow.consultation.Opinion;
import org.planflow.deadline.TaskDeadlineService;
import org.planflow.forms.FormDefinition;
import org.planflow.forms.TaskForms;
import org.planflow.inbox.InboxEntry;
import org.planflow.inbox.TaskCompletionService;
import org.planflow.inbox.TaskWorkspace;
import org.planflow.organization.Groups;
import org.planflow.organization.OrganizationService;
import org.planflow.plan.Plan;
import org.planflow.plan.PlanService;
import org.planflow.plan.Submission;
import org.planflow.shared.ConflictException;
import org.planflow.shared.InvalidInputException;
import org.planflow.shared.TaskKind;
import org.planflow.shared.Roles;
import org.planflow.shared.ui.Feedback;
import org.springframework.security.access.AccessDeniedException;

/**
 * Where the approval process's tasks are done: the plan to read (text, breakdown table and, for
 * decisions after a consultation, the opinions with their answers) beside the task's form or the
 * drafter's submission and consolidation panels.
 */
@org.springframework.stereotype.Component
class ApprovalTaskWorkspace implements TaskWorkspace {

    /** Where the plan feature words refused fields that carry no code: plan.error.<field>. */
    static final String ERRORS = "plan.error";

    private static final Set<TaskKind> KINDS = Set.of(TaskKind.DRAFT, TaskKind.DEPT_REVIEW, TaskKind.GIVE_OPINION,
            TaskKind.CONSOLIDATE, TaskKind.LEADER_APPROVAL);

    private final PlanService plans;
    private final ConsultationService consultation;
    private final OrganizationService organization;
    private final TaskForms forms;
    private final TaskCompletionService completion;
    private final TaskDeadlineService deadlines;

    ApprovalTaskWorkspace(PlanService plans, ConsultationService consultation, OrganizationService organization,
                          TaskForms forms, TaskCompletionService completion, TaskDeadlineService deadlines) {
        this.deadlines = deadlines;
        this.plans = plans;
        this.consultation = consultation;
        this.organization = organization;
        this.forms = forms;
        this.completion = completion;
    }

    @Override
    public boolean handles(InboxEntry task) {
        return TaskKind.of(task.kind()).filter(KINDS::contains).isPresent() && task.planId() != null;
    }

    @Override
    public Component open(InboxEntry task, Runnable completed) {
        Plan plan = plans.get(task.planId());
        List<Opinion> opinions = plans.opinions(plan.id());
        Consumer<Map<String, Object>> submit = fields -> {
            completion.complete(task.id(), fields);
            completed.run();
        };
        Component actions = switch (TaskKind.valueOf(task.kind())) {
            case DRAFT -> new SubmitDraftPanel(plan, plans.timeline(plan.id()), organization.unitSearch(),
                    organization.membersOf(List.of(Groups.ofRole(Roles.LEADER))), stepDefaults(), submit);
            case CONSOLIDATE -> new ConsolidatePanel(plan, consultation.latestRound(plan.id()), submit);
            case GIVE_OPINION -> new OpinionFormPanel(form(task), submit);
            default -> new DecisionFormPanel(form(task), submit);
        };
        TabSheet reading = PlanReadingPanel.sheet(plan);
        if (!opinions.isEmpty() && !TaskKind.GIVE_OPINION.is(task.kind())) {
            reading.add(reading.getTranslation("approval.opinionAdoption"), new OpinionGrid(opinions));
        }
        VerticalLayout side = new VerticalLayout(actions);
        side.setPadding(false);
        side.setWidth("30em");
        side.getStyle().set("flex-shrink", "0");
        HorizontalLayout layout = new HorizontalLayout(reading, side);
        layout.setWidthFull();
        layout.setDefaultVerticalComponentAlignment(FlexComponent.Alignment.START);
        layout.setId("task-workspace");
        return layout;
    }

    private Map<TaskKind, Integer> stepDefaults() {
        Map<TaskKind, Integer> defaults = new EnumMap<>(TaskKind.class);
        Submission.DEADLINE_STEPS.forEach(step -> deadlines.workingDays(step).ifPresent(days -> defaults.put(step, days)));
        return defaults;
    }

    private FormDefinition form(InboxEntry task) {
        return forms.forTask(task.id())
                .orElseThrow(() -> new IllegalStateException("Task " + task.id() + " of kind " + task.kind() + " has no form"));
    }

    /**
     * Runs a completion; a refused field goes to the panel, which places it beside the field, anything else the
     * task refuses (a conflict, rights) is a message in the user's language.
     */
    static boolean attempt(Component source, Runnable action, Consumer<InvalidInputException> invalid) {
        try {
            action.run();
            return true;
        } catch (InvalidInputException e) {
            invalid.accept(e);
        } catch (ConflictException | AccessDeniedException e) {
            Feedback.error(Feedback.words(source, e));
        }
        return false;
    }

    static void notify(Component source, InvalidInputException e) {
        Feedback.error(Feedback.words(source, e));
    }
}
