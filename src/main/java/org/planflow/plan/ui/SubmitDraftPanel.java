package org.planflow.plan.ui;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Consumer;
import java.util.stream.Collectors;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.combobox.ComboBox;
import com.vaadin.flow.component.combobox.MultiSelectComboBox;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H3;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.icon.VaadinIcon;
import com.vaadin.flow.component.orderedlayout.FlexComponent;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.component.textfield.IntegerField;
import org.planflow.audit.AuditEntry;
import org.planflow.inbox.TaskKinds;
import org.planflow.organization.OrgUnit;
import org.planflow.organization.UnitSearch;
import org.planflow.organization.UserAccount;
import org.planflow.plan.Plan;
import org.planflow.plan.PlanAction;
import org.planflow.plan.PlanApprovalService;
import org.planflow.plan.PlanFields;
import org.planflow.shared.Formats;
import org.planflow.shared.InvalidInputException;
import org.planflow.shared.Outcome;
import org.planflow.shared.TaskKind;
import org.planflow.shared.ui.Callouts;
import org.planflow.shared.ui.Feedback;

/**
 * The drafter sends the draft on: which units to consult (none: straight to the leaders), their
 * deadline in working days, the leaders who approve, in the order they approve, and optionally the
 * deadlines of the approval steps.
 */
class SubmitDraftPanel extends VerticalLayout {

    private static final Set<String> DECISIONS = Set.of(PlanAction.SUBMITTED.name(), PlanAction.DEPT_REVIEWED.name(),
            PlanAction.LEADER_DECIDED.name(), PlanAction.WITHDRAWN.name());

    private final MultiSelectComboBox<OrgUnit> consultUnits = new MultiSelectComboBox<>();
    private final IntegerField consultDays = new IntegerField();
    private final ComboBox<UserAccount> approverPicker = new ComboBox<>();
    private final VerticalLayout approverList = new VerticalLayout();
    private final Span approverError = new Span();
    private final List<UserAccount> approvers = new ArrayList<>();
    private final StepDeadlineFields stepDeadlines;

    /** {@code stepDefaults}: the default working days of each approval step that has a deadline by default. */
    SubmitDraftPanel(Plan plan, List<AuditEntry> timeline, UnitSearch district, List<UserAccount> leaders,
                     Map<TaskKind, Integer> stepDefaults, Consumer<Map<String, Object>> submit) {
        setPadding(false);
        add(new H3(getTranslation("approval.draft.title")));
        lastReturn(timeline).ifPresent(this::showReturn);
        Button edit = new Button(getTranslation("approval.draft.edit"), VaadinIcon.EDIT.create(),
                click -> getUI().ifPresent(ui -> ui.navigate("plan-edit/" + plan.id())));
        edit.setId("open-editor");

        consultUnits.setId("consult-units");
        consultUnits.setLabel(getTranslation("approval.draft.consultUnits"));
        consultUnits.setHelperText(getTranslation("approval.draft.consultUnits.help"));
        consultUnits.setItemLabelGenerator(OrgUnit::name);
        consultUnits.setWidthFull();
        List<OrgUnit> others = district.units().stream().filter(unit -> !unit.code().equals(plan.leadUnit().code())).toList();
        consultUnits.setItems(district::matches, others);
        Set<String> chosen = Set.copyOf(plan.consultUnits());
        consultUnits.select(others.stream().filter(unit -> chosen.contains(unit.code())).toList());

        consultDays.setId("consult-days");
        consultDays.setLabel(getTranslation("approval.draft.consultDays"));
        consultDays.setMin(1);
        consultDays.setMax(PlanApprovalService.MAX_CONSULT_WORKING_DAYS);
        consultDays.setStepButtonsVisible(true);
        consultDays.setValue(plan.consultWorkingDays() == null ? 5 : plan.consultWorkingDays());
        consultDays.setSuffixComponent(new Span(getTranslation("approval.draft.workingDays")));

        approverPicker.setId("approver-picker");
        approverPicker.setLabel(getTranslation("approval.draft.approvers"));
        approverPicker.setHelperText(getTranslation("approval.draft.approvers.help"));
        approverPicker.setItemLabelGenerator(UserAccount::displayName);
        approverPicker.setItems(leaders.stream().sorted(Comparator.comparing(UserAccount::username)).toList());
        approverPicker.setWidthFull();
        approverPicker.addValueChangeListener(event -> {
            if (event.getValue() != null && !approvers.contains(event.getValue())) {
                approvers.add(event.getValue());
                showApprovers();
            }
            if (event.getValue() != null) {
                approverPicker.clear();
            }
        });
        approverList.setId("approver-list");
        approverList.setPadding(false);
        approverList.setSpacing(false);
        approverError.setId("approvers-error");
        approverError.getStyle().set("color", "var(--lumo-error-text-color)").set("font-size", "var(--lumo-font-size-s)");
        Map<String, UserAccount> byName = leaders.stream().collect(Collectors.toMap(UserAccount::username, leader -> leader));
        plan.approvers().stream().map(byName::get).filter(java.util.Objects::nonNull).forEach(approvers::add);
        if (approvers.isEmpty() && !leaders.isEmpty()) {
            approvers.add(leaders.stream().min(Comparator.comparing(UserAccount::username)).orElseThrow());
        }
        showApprovers();
        stepDeadlines = new StepDeadlineFields(plan.stepWorkingDays(), stepDefaults);

        Button send = new Button(getTranslation("approval.draft.submit"), VaadinIcon.PAPERPLANE.create());
        send.setId("submit-draft");
        send.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        send.addClickListener(click -> {
            clearErrors();
            Map<String, Object> fields = new LinkedHashMap<>();
            fields.put(TaskKinds.VAR_OUTCOME, Outcome.SUBMIT.value());
            fields.put(PlanFields.CONSULT_UNITS, consultUnits.getSelectedItems().stream().map(OrgUnit::code).toList());
            fields.put(PlanFields.CONSULT_WORKING_DAYS, consultUnits.getSelectedItems().isEmpty() ? null : consultDays.getValue());
            fields.put(PlanFields.APPROVERS, approvers.stream().map(UserAccount::username).toList());
            fields.put(PlanFields.STEP_WORKING_DAYS, stepDeadlines.value());
            ApprovalTaskWorkspace.attempt(this, () -> submit.accept(fields), this::showError);
        });
        add(edit, consultUnits, consultDays, approverPicker, approverList,
                approverError, stepDeadlines, send);
    }

    /** The comment of the return that sent the draft back, if the last decision on it was a return. */
    private static java.util.Optional<AuditEntry> lastReturn(List<AuditEntry> timeline) {
        return timeline.stream().filter(entry -> DECISIONS.contains(entry.action())).reduce((first, second) -> second)
                .filter(entry -> Outcome.RETURN.value().equals(entry.outcome()));
    }

    private void showReturn(AuditEntry entry) {
        Div box = new Div(new Span(getTranslation("approval.draft.returned",
                entry.actorName() == null ? entry.actor() : entry.actorName(), Formats.dateTime(entry.at()))),
                new Paragraph(entry.comment() == null ? "" : entry.comment()));
        box.setId("return-comment");
        add(Callouts.error(box));
    }

    private void showApprovers() {
        approverList.removeAll();
        for (int i = 0; i < approvers.size(); i++) {
            UserAccount leader = approvers.get(i);
            int index = i;
            Span name = new Span((i + 1) + ". " + leader.displayName());
            name.setId("approver-" + leader.username());
            Button up = new Button(VaadinIcon.ARROW_UP.create(), click -> {
                approvers.add(index - 1, approvers.remove(index));
                showApprovers();
            });
            up.setEnabled(i > 0);
            up.setAriaLabel(getTranslation("approval.draft.approverUp"));
            Button remove = new Button(VaadinIcon.CLOSE_SMALL.create(), click -> {
                approvers.remove(index);
                showApprovers();
            });
            remove.setAriaLabel(getTranslation("approval.draft.approverRemove"));
            remove.setId("remove-approver-" + leader.username());
            for (Button button : List.of(up, remove)) {
                button.addThemeVariants(ButtonVariant.LUMO_TERTIARY_INLINE);
            }
            HorizontalLayout row = new HorizontalLayout(name, up, remove);
            row.setDefaultVerticalComponentAlignment(FlexComponent.Alignment.CENTER);
            approverList.add(row);
        }
        if (approvers.isEmpty()) {
            approverList.add(new Div(new Span(getTranslation("approval.draft.noApprovers"))));
        }
    }

    private void clearErrors() {
        consultUnits.setInvalid(false);
        consultDays.setInvalid(false);
        approverError.setText("");
        stepDeadlines.clearErrors();
    }

    private void showError(InvalidInputException e) {
        String message = Feedback.words(this, e);
        switch (e.field() == null ? "" : e.field()) {
            case PlanFields.CONSULT_UNITS -> {
                consultUnits.setErrorMessage(message);
                consultUnits.setInvalid(true);
            }
            case PlanFields.CONSULT_WORKING_DAYS -> {
                consultDays.setErrorMessage(message);
                consultDays.setInvalid(true);
            }
            case PlanFields.APPROVERS -> approverError.setText(message);
            default -> {
                if (!stepDeadlines.showError(e)) {
                    ApprovalTaskWorkspace.notify(this, e);
                }
            }
        }
    }
}
