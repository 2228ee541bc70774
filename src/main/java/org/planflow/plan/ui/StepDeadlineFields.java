package org.planflow.plan.ui;

import java.util.EnumMap;
import java.util.LinkedHashMap;
import java.util.Map;

import com.vaadin.flow.component.details.Details;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.component.textfield.IntegerField;
import org.planflow.deadline.TaskDeadlines;
import org.planflow.plan.PlanFields;
import org.planflow.plan.Submission;
import org.planflow.shared.InvalidInputException;
import org.planflow.shared.TaskKind;
import org.planflow.shared.ui.Feedback;

/**
 * The optional deadlines of the plan's approval steps, in working days: empty keeps the step's default,
 * shown as the placeholder. Open when the plan already has choices of its own.
 */
class StepDeadlineFields extends Details {

    private final Map<TaskKind, IntegerField> fields = new EnumMap<>(TaskKind.class);

    /** {@code defaults}: each step's default working days; a step without one has no deadline by default. */
    StepDeadlineFields(Map<TaskKind, Integer> chosen, Map<TaskKind, Integer> defaults) {
        setSummaryText(getTranslation("approval.draft.stepDeadlines"));
        setId("step-deadlines");
        VerticalLayout content = new VerticalLayout(new Span(getTranslation("approval.draft.stepDeadlines.help")));
        content.setPadding(false);
        content.setSpacing(false);
        for (TaskKind step : Submission.DEADLINE_STEPS) {
            IntegerField days = new IntegerField(getTranslation("task.kind." + step.name()));
            days.setId("step-days-" + step.name());
            days.setMin(TaskDeadlines.MIN_WORKING_DAYS);
            days.setMax(TaskDeadlines.MAX_WORKING_DAYS);
            days.setClearButtonVisible(true);
            days.setSuffixComponent(new Span(getTranslation("approval.draft.workingDays")));
            Integer standard = defaults.get(step);
            days.setPlaceholder(standard == null ? getTranslation("approval.draft.stepDeadlines.none")
                    : getTranslation("approval.draft.stepDeadlines.default", standard));
            days.setValue(chosen.get(step));
            fields.put(step, days);
            content.add(days);
        }
        add(content);
        setOpened(!chosen.isEmpty());
    }

    /** The steps given a deadline of their own, for the DRAFT task's {@code stepWorkingDays} field. */
    Map<String, Integer> value() {
        Map<String, Integer> value = new LinkedHashMap<>();
        fields.forEach((step, days) -> {
            if (days.getValue() != null) {
                value.put(step.name(), days.getValue());
            }
        });
        return value;
    }

    void clearErrors() {
        fields.values().forEach(days -> days.setInvalid(false));
    }

    /** Shows a refused step beside its field, worded by its code; false when the refusal concerns no step. */
    boolean showError(InvalidInputException e) {
        String field = PlanFields.STEP_WORKING_DAYS;
        if (e.field() == null || !e.field().startsWith(field)) {
            return false;
        }
        String message = Feedback.words(this, e);
        IntegerField days = TaskKind.of(e.field().substring(field.length()).replaceFirst("^\\.", ""))
                .map(fields::get).orElse(null);
        if (days == null) {
            return false;
        }
        setOpened(true);
        days.setErrorMessage(message);
        days.setInvalid(true);
        return true;
    }
}
