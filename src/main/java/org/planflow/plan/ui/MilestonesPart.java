package org.planflow.plan.ui;

import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import com.vaadin.flow.component.HasValidation;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import org.planflow.plan.PlanFields;
import org.planflow.plan.PlanService;
import org.planflow.shared.Milestone;
import org.planflow.shared.ui.MilestoneList;

/**
 * An item's milestones (节点) in the row dialog. A row left wholly empty is not sent; any other row is, as typed, so the
 * service says what it lacks beside the field.
 */
class MilestonesPart extends VerticalLayout {

    /** The service's names for a milestone's fields: milestones[1].due, or milestones[1] for the row as a whole. */
    private static final Pattern FIELD = Pattern.compile(PlanFields.MILESTONES + "\\[(\\d+)](?:\\.(\\w+))?");

    private final MilestoneList list;

    MilestonesPart(List<Milestone> milestones) {
        setPadding(false);
        setSpacing(false);
        Span label = new Span(getTranslation("plan.item.milestones"));
        label.getStyle().set("color", "var(--lumo-secondary-text-color)").set("font-size", "var(--lumo-font-size-s)");
        list = new MilestoneList("item-", new MilestoneList.Words("plan.item.addMilestone", "plan.item.milestone.text",
                "plan.item.milestone.due", "plan.item.removeMilestone"), PlanService.MAX_MILESTONE, null);
        milestones.forEach(list::addRow);
        add(label, list);
    }

    private List<MilestoneList.Row> sent() {
        return list.rows().stream().filter(row -> !row.empty()).toList();
    }

    List<Milestone> values() {
        return sent().stream().map(row -> new Milestone(row.text().getValue(), row.due().getValue())).toList();
    }

    void clearErrors() {
        list.rows().forEach(row -> {
            row.text().setInvalid(false);
            row.due().setInvalid(false);
        });
    }

    /** Marks the refused field ({@code milestones[1].due}); a refused row is marked where it lacks something. */
    boolean showError(String field, String message) {
        Matcher m = FIELD.matcher(field);
        List<MilestoneList.Row> sent = sent();
        if (!m.matches() || Integer.parseInt(m.group(1)) >= sent.size()) {
            return false;
        }
        MilestoneList.Row row = sent.get(Integer.parseInt(m.group(1)));
        boolean onDue = PlanFields.DUE.equals(m.group(2)) || m.group(2) == null && !row.text().getValue().isBlank();
        HasValidation target = onDue ? row.due() : row.text();
        target.setErrorMessage(message);
        target.setInvalid(true);
        return true;
    }
}
