package org.planflow.assessment.ui;

import java.time.LocalDate;
import java.util.Map;
import java.util.function.Consumer;

import com.vaadin.flow.component.HasValidation;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.combobox.ComboBox;
import com.vaadin.flow.component.dialog.Dialog;
import com.vaadin.flow.component.formlayout.FormLayout;
import com.vaadin.flow.component.textfield.IntegerField;
import org.planflow.assessment.Assessment;
import org.planflow.assessment.AssessmentFields;
import org.planflow.assessment.AssessmentProblem;
import org.planflow.assessment.AssessmentService;
import org.planflow.plan.PlanListService;
import org.planflow.plan.PlanQuery;
import org.planflow.plan.PlanSummary;
import org.planflow.shared.Formats;
import org.planflow.shared.ui.Feedback;

/** 发起年度考核: an issued plan, the year assessed (last year unless changed) and the self-assessment deadline. */
class OpenAssessmentDialog extends Dialog {

    static final int DEFAULT_DEADLINE_WORKING_DAYS = 10;

    private final transient AssessmentService assessments;
    private final transient Consumer<Assessment> opened;
    private final ComboBox<PlanSummary> plan = new ComboBox<>();
    private final IntegerField year = new IntegerField();
    private final IntegerField deadline = new IntegerField();
    private final Map<String, HasValidation> fields = Map.of(AssessmentFields.PLAN_ID, plan, AssessmentFields.YEAR, year,
            AssessmentFields.DEADLINE_WORKING_DAYS, deadline);

    OpenAssessmentDialog(AssessmentService assessments, PlanListService plans, Consumer<Assessment> opened) {
        this.assessments = assessments;
        this.opened = opened;
        setHeaderTitle(getTranslation("assessment.page.open"));
        setId("assessment-open-dialog");
        plan.setLabel(getTranslation("assessment.page.open.plan"));
        plan.setId("assessment-open-plan");
        plan.setItems(plans.search(PlanQuery.of(PlanQuery.Scope.ALL), 0, PlanListService.MAX_PAGE_SIZE).stream()
                .filter(summary -> summary.status().issued()).toList());
        plan.setItemLabelGenerator(PlanSummary::title);
        plan.setWidth("28em");
        year.setLabel(getTranslation("assessment.page.open.year"));
        year.setId("assessment-open-year");
        year.setValue(LocalDate.now(Formats.DISTRICT_ZONE).getYear() - 1);
        deadline.setLabel(getTranslation("assessment.page.open.deadline"));
        deadline.setId("assessment-open-deadline");
        deadline.setValue(DEFAULT_DEADLINE_WORKING_DAYS);
        deadline.setHelperText(getTranslation("assessment.page.open.deadline.help"));
        add(new FormLayout(plan, year, deadline));
        Button confirm = new Button(getTranslation("assessment.page.open.confirm"), click -> confirm());
        confirm.setId("assessment-open-confirm");
        confirm.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        getFooter().add(new Button(getTranslation("common.cancel"), click -> close()), confirm);
    }

    /** Chooses the plan, where the dialog is opened from the plan's own page. */
    void select(long planId) {
        plan.getListDataView().getItems().filter(summary -> summary.id() == planId).findFirst().ifPresent(plan::setValue);
    }

    private void confirm() {
        Assessment[] assessment = new Assessment[1];
        boolean done = Feedback.attempt(this, AssessmentTaskWorkspace.ERRORS, fields, () -> {
            if (plan.getValue() == null) {
                throw AssessmentProblem.REQUIRED.at(AssessmentFields.PLAN_ID);
            }
            assessment[0] = assessments.open(plan.getValue().id(), year.getValue(), deadline.getValue());
        });
        if (done) {
            close();
            Feedback.success(getTranslation("assessment.page.open.done", assessment[0].planTitle(), String.valueOf(assessment[0].year())));
            opened.accept(assessment[0]);
        }
    }
}
