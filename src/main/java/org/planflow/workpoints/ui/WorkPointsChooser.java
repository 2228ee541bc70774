package org.planflow.workpoints.ui;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;

import com.vaadin.flow.component.HasValidation;
import com.vaadin.flow.component.checkbox.Checkbox;
import com.vaadin.flow.component.datepicker.DatePicker;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.grid.GridVariant;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import org.planflow.plan.BreakdownItem;
import org.planflow.plan.Plan;
import org.planflow.shared.ListFields;
import org.planflow.shared.ui.Feedback;
import org.planflow.workpoints.WorkPointsFields;
import org.planflow.workpoints.WorkPointsRequest;
import org.planflow.workpoints.WorkPointsService;

/** Choosing a year's items and their due dates, from the plan's tab or the year's task; a refused date is marked beside its row. */
class WorkPointsChooser extends VerticalLayout {

    private final transient Plan plan;
    private final int year;
    private final transient WorkPointsService workPoints;
    private final Map<Integer, Checkbox> chosen = new LinkedHashMap<>();
    private final Map<Integer, DatePicker> dueDates = new LinkedHashMap<>();

    WorkPointsChooser(Plan plan, int year, WorkPointsService workPoints) {
        this.plan = plan;
        this.year = year;
        this.workPoints = workPoints;
        setPadding(false);
        LocalDate first = LocalDate.of(year, 1, 1);
        LocalDate last = LocalDate.of(year, 12, 31);
        for (BreakdownItem item : plan.items()) {
            Checkbox box = new Checkbox();
            box.setId("work-point-" + item.seq());
            box.setAriaLabel(getTranslation("workpoints.dialog.pick") + " " + item.seq());
            chosen.put(item.seq(), box);
            DatePicker due = new DatePicker();
            due.setId("work-point-due-" + item.seq());
            due.setMin(first);
            due.setMax(last);
            due.setPlaceholder(last.toString());
            if (item.dueDate() != null && !item.dueDate().isBefore(first) && !item.dueDate().isAfter(last)) {
                due.setValue(item.dueDate());
            }
            dueDates.put(item.seq(), due);
        }
        Grid<BreakdownItem> items = new Grid<>();
        items.setId("work-points-items");
        items.addThemeVariants(GridVariant.LUMO_COMPACT);
        items.addComponentColumn(item -> chosen.get(item.seq())).setHeader(getTranslation("workpoints.dialog.pick"))
                .setKey("pick").setAutoWidth(true).setFlexGrow(0);
        items.addColumn(BreakdownItem::seq).setHeader(getTranslation("plan.item.seq")).setAutoWidth(true).setFlexGrow(0);
        items.addColumn(BreakdownItem::indicator).setHeader(getTranslation("plan.item.indicator")).setFlexGrow(1);
        items.addColumn(item -> Objects.toString(item.leadName(), "")).setHeader(getTranslation("plan.item.leadUnit"))
                .setAutoWidth(true);
        items.addComponentColumn(item -> dueDates.get(item.seq())).setHeader(getTranslation("workpoints.dialog.due"))
                .setKey("due").setWidth("11em").setFlexGrow(0);
        items.setItems(plan.items());
        add(new Paragraph(getTranslation("workpoints.dialog.help", String.valueOf(year))), items);
    }

    /** Draws the ticked items; the drawn plan, or null when refused (the refusal shown beside its field). */
    Plan draw() {
        List<WorkPointsRequest.Pick> picks = new ArrayList<>();
        Map<String, HasValidation> fields = new LinkedHashMap<>();
        chosen.forEach((seq, box) -> {
            if (box.getValue()) {
                fields.put(ListFields.at(WorkPointsFields.ITEMS, picks.size(), WorkPointsFields.DUE_DATE), dueDates.get(seq));
                picks.add(new WorkPointsRequest.Pick(seq, dueDates.get(seq).getValue()));
            }
        });
        Plan[] drawn = new Plan[1];
        boolean done = Feedback.attempt(this, "workpoints.problem", fields,
                () -> drawn[0] = workPoints.draw(plan.id(), new WorkPointsRequest(year, picks)));
        return done ? drawn[0] : null;
    }
}
