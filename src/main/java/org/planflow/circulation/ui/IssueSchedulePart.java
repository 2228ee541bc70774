package org.planflow.circulation.ui;

import java.time.LocalDate;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Objects;

import com.vaadin.flow.component.HasValidation;
import com.vaadin.flow.component.datepicker.DatePicker;
import com.vaadin.flow.component.details.Details;
import com.vaadin.flow.component.formlayout.FormLayout;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.grid.GridVariant;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.component.select.Select;
import com.vaadin.flow.component.textfield.IntegerField;
import com.vaadin.flow.data.renderer.ComponentRenderer;
import org.planflow.plan.BreakdownItem;
import org.planflow.plan.Plan;
import org.planflow.plan.PlanFields;
import org.planflow.plan.PlanSchedules;
import org.planflow.shared.Cadence;
import org.planflow.shared.ui.CadenceFields;

/**
 * The plan's time as the office settles it at issuance (decision 060): its period, how often its items report, the
 * days after a period's end the report is due, and every item's due date: its own, or, where the text gave none, the
 * period's end, shown until the office picks another.
 */
class IssueSchedulePart extends VerticalLayout {

    private final transient Plan plan;
    private final DatePicker start = new DatePicker(getTranslation("plan.field.period.start"));
    private final DatePicker end = new DatePicker(getTranslation("plan.field.period.end"));
    private final Select<Cadence> cadence = CadenceFields.select("issue-cadence", getTranslation("plan.field.cadence"),
            getTranslation("plan.field.cadence.default"));
    private final IntegerField reportDueDays = CadenceFields.reportDueDays("issue-report-due-days",
            getTranslation("plan.field.reportDueDays"), getTranslation("plan.field.reportDueDays.help"));
    private final Map<Integer, DatePicker> dueDates = new LinkedHashMap<>();
    private final Map<String, HasValidation> fields;
    private final Grid<BreakdownItem> items = new Grid<>();
    private LocalDate issueDate;

    /** {@code fields} gets each field by the name a refusal gives, so the refusal shows beside it. */
    IssueSchedulePart(Plan plan, LocalDate issueDate, Map<String, HasValidation> fields) {
        this.plan = plan;
        this.issueDate = issueDate;
        this.fields = fields;
        setPadding(false);
        start.setId("issue-period-start");
        end.setId("issue-period-end");
        if (plan.period() != null) {
            start.setValue(plan.period().start());
            end.setValue(plan.period().end());
        }
        cadence.setValue(plan.cadence());
        reportDueDays.setValue(plan.reportDueDays());
        start.addValueChangeListener(change -> items.getDataProvider().refreshAll());
        end.addValueChangeListener(change -> items.getDataProvider().refreshAll());
        fields.put(PlanFields.PERIOD, end);
        fields.put(PlanFields.PERIOD + "." + PlanFields.START, start);
        fields.put(PlanFields.PERIOD + "." + PlanFields.END, end);
        fields.put(PlanFields.CADENCE, cadence);
        fields.put(PlanFields.REPORT_DUE_DAYS, reportDueDays);

        FormLayout time = new FormLayout(start, end, cadence, reportDueDays);
        time.setResponsiveSteps(new FormLayout.ResponsiveStep("0", 1), new FormLayout.ResponsiveStep("30em", 2));
        items.setId("issue-due-dates");
        // Wrapped cells: a refused date's message under its picker is read whole, not cut at the column's edge.
        items.addThemeVariants(GridVariant.LUMO_COMPACT, GridVariant.LUMO_WRAP_CELL_CONTENT);
        items.addColumn(BreakdownItem::seq).setHeader(getTranslation("plan.item.seq")).setAutoWidth(true).setFlexGrow(0);
        items.addColumn(BreakdownItem::indicator).setHeader(getTranslation("plan.item.indicator")).setFlexGrow(1);
        items.addColumn(item -> Objects.toString(item.leadName(), "")).setHeader(getTranslation("plan.item.leadUnit"))
                .setAutoWidth(true);
        items.addColumn(new ComponentRenderer<>(item -> picker(item))).setHeader(getTranslation("issue.dueDate"))
                .setWidth("11em").setFlexGrow(0);
        items.setItems(plan.items());
        items.setAllRowsVisible(plan.items().size() <= 8);
        Details dueDetails = new Details(getTranslation("issue.dueDates", plan.items().size()), items);
        dueDetails.setId("issue-due-dates-details");
        dueDetails.setWidthFull();
        add(time, dueDetails);
    }

    /** The issue date the default due dates follow; none chosen keeps the last. */
    void issueDate(LocalDate date) {
        if (date != null) {
            issueDate = date;
            items.getDataProvider().refreshAll();
        }
    }

    private DatePicker picker(BreakdownItem item) {
        DatePicker picker = dueDates.computeIfAbsent(item.seq(), seq -> {
            DatePicker created = new DatePicker(item.dueDate());
            created.setId("issue-due-" + seq);
            created.setWidthFull();
            created.setAriaLabel(getTranslation("issue.dueDate.of", seq));
            fields.put(PlanSchedules.DUE_DATES + "." + seq, created);
            return created;
        });
        picker.setPlaceholder(defaultDue().toString());
        return picker;
    }

    /** When an item without a date of its own falls due, as the period now chosen says. */
    private LocalDate defaultDue() {
        return start.getValue() != null && end.getValue() != null ? end.getValue() : plan.defaultDue(issueDate);
    }

    /** What the issuance sends of the plan's time: only what the office gave or changed. */
    Map<String, Object> values() {
        Map<String, Object> values = new LinkedHashMap<>();
        if (start.getValue() != null || end.getValue() != null) {
            Map<String, Object> period = new LinkedHashMap<>();
            period.put(PlanFields.START, start.getValue() == null ? null : start.getValue().toString());
            period.put(PlanFields.END, end.getValue() == null ? null : end.getValue().toString());
            values.put(PlanFields.PERIOD, period);
        }
        values.put(PlanFields.CADENCE, cadence.getValue() == null ? null : cadence.getValue().name());
        values.put(PlanFields.REPORT_DUE_DAYS, reportDueDays.getValue());
        Map<String, Object> changed = new LinkedHashMap<>();
        plan.items().forEach(item -> {
            DatePicker picker = dueDates.get(item.seq());
            if (picker != null && picker.getValue() != null && !picker.getValue().equals(item.dueDate())) {
                changed.put(String.valueOf(item.seq()), picker.getValue().toString());
            }
        });
        if (!changed.isEmpty()) {
            values.put(PlanSchedules.DUE_DATES, changed);
        }
        return values;
    }
}
