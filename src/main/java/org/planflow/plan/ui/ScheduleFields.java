package org.planflow.plan.ui;

import com.vaadin.flow.component.HasValidation;
import com.vaadin.flow.component.datepicker.DatePicker;
import com.vaadin.flow.component.formlayout.FormLayout;
import com.vaadin.flow.component.select.Select;
import com.vaadin.flow.component.textfield.IntegerField;
import org.planflow.plan.Plan;
import org.planflow.plan.PlanFields;
import org.planflow.shared.Cadence;
import org.planflow.shared.Period;
import org.planflow.shared.ui.CadenceFields;

/**
 * The plan's time in the editor: its period (实施期限), how often its items report and how many days after a period's
 * end the report is due (e.g. 5 for "每季度末5日前报送"); left empty, the district's defaults apply.
 */
class ScheduleFields extends FormLayout {

    private final DatePicker start = new DatePicker(getTranslation("plan.field.period.start"));
    private final DatePicker end = new DatePicker(getTranslation("plan.field.period.end"));
    private final Select<Cadence> cadence = CadenceFields.select("plan-cadence", getTranslation("plan.field.cadence"),
            getTranslation("plan.field.cadence.default"));
    private final IntegerField reportDueDays = CadenceFields.reportDueDays("plan-report-due-days",
            getTranslation("plan.field.reportDueDays"), getTranslation("plan.field.reportDueDays.help"));

    ScheduleFields(Plan plan) {
        start.setId("plan-period-start");
        end.setId("plan-period-end");
        start.setManualValidation(true);
        end.setManualValidation(true);
        if (plan.period() != null) {
            start.setValue(plan.period().start());
            end.setValue(plan.period().end());
        }
        cadence.setValue(plan.cadence());
        reportDueDays.setValue(plan.reportDueDays());
        setResponsiveSteps(new ResponsiveStep("0", 1), new ResponsiveStep("40em", 4));
        add(start, end, cadence, reportDueDays);
    }

    /** The period as the draft sends it: null (unchanged) while both dates are empty. */
    Period period() {
        return start.getValue() == null && end.getValue() == null ? null : new Period(start.getValue(), end.getValue());
    }

    Cadence cadence() {
        return cadence.getValue();
    }

    Integer reportDueDays() {
        return reportDueDays.getValue();
    }

    void clearErrors() {
        start.setInvalid(false);
        end.setInvalid(false);
        reportDueDays.setInvalid(false);
    }

    /** Marks the refused field; false when it is none of these. */
    boolean showError(String field, String message) {
        HasValidation target = PlanFields.PERIOD.equals(field) ? end
                : PlanFields.REPORT_DUE_DAYS.equals(field) ? reportDueDays : null;
        if (target == null) {
            return false;
        }
        target.setErrorMessage(message);
        target.setInvalid(true);
        return true;
    }
}
