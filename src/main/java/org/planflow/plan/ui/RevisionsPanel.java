package org.planflow.plan.ui;

import java.util.List;
import java.util.Set;

import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.checkbox.Checkbox;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.orderedlayout.FlexComponent;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.component.select.Select;
import org.planflow.plan.PlanAction;
import org.planflow.plan.PlanRevisionService;
import org.planflow.plan.Revision;
import org.planflow.plan.RevisionComparison;
import org.planflow.shared.Formats;

/** The revisions of a plan, and two of them side by side with the changed words marked. */
class RevisionsPanel extends VerticalLayout {

    /** Notes the service writes when the author left none; they name the action, so they are translated. */
    private static final Set<String> ACTION_NOTES = Set.of(PlanAction.CREATED.name(), PlanAction.IMPORTED.name(), PlanAction.REVISED.name());

    private static final String CHANGED_BACKGROUND = "var(--lumo-primary-color-10pct)";
    private static final String DELETED_STYLE = "background:var(--lumo-error-color-10pct);color:var(--lumo-error-text-color)";
    private static final String INSERTED_STYLE = "background:var(--lumo-success-color-10pct);color:var(--lumo-success-text-color);"
            + "text-decoration:none";

    private final transient PlanRevisionService plans;
    private final long planId;
    private final Select<Integer> from = new Select<>();
    private final Select<Integer> to = new Select<>();
    private final Checkbox changesOnly = new Checkbox();
    private final Div comparison = new Div();
    private RevisionComparison shown;

    RevisionsPanel(PlanRevisionService plans, long planId, List<Revision> revisions) {
        this.plans = plans;
        this.planId = planId;
        setPadding(false);

        Grid<Revision> grid = new Grid<>(Revision.class, false);
        grid.setId("revision-grid");
        grid.addColumn(revision -> getTranslation("plan.revision.number", revision.number()))
                .setHeader(getTranslation("plan.revision.column.number")).setKey("number").setAutoWidth(true).setFlexGrow(0);
        grid.addColumn(revision -> Formats.dateTime(revision.created())).setHeader(getTranslation("plan.revision.column.time"))
                .setKey("time").setAutoWidth(true).setFlexGrow(0);
        grid.addColumn(revision -> revision.authorName() == null ? revision.author() : revision.authorName())
                .setHeader(getTranslation("plan.revision.column.author")).setKey("author").setAutoWidth(true).setFlexGrow(0);
        grid.addColumn(this::note).setHeader(getTranslation("plan.revision.column.note")).setKey("note").setFlexGrow(1);
        grid.setItems(revisions);
        grid.setAllRowsVisible(true);
        add(grid);

        if (revisions.size() < 2) {
            Span single = new Span(getTranslation("plan.compare.single"));
            single.setId("compare-single");
            single.getStyle().set("color", "var(--lumo-secondary-text-color)");
            add(single);
            return;
        }
        List<Integer> numbers = revisions.stream().map(Revision::number).sorted().toList();
        configure(from, "compare-from", "plan.compare.from", numbers);
        configure(to, "compare-to", "plan.compare.to", numbers);
        // The latest change is what a reader usually wants to see.
        from.setValue(numbers.get(numbers.size() - 2));
        to.setValue(numbers.get(numbers.size() - 1));
        Button compare = new Button(getTranslation("plan.compare.button"), click -> compare());
        compare.setId("compare");
        changesOnly.setId("compare-changes-only");
        changesOnly.setLabel(getTranslation("plan.compare.changesOnly"));
        changesOnly.addValueChangeListener(event -> render());
        HorizontalLayout controls = new HorizontalLayout(from, to, compare, changesOnly);
        controls.setAlignItems(FlexComponent.Alignment.BASELINE);
        controls.setWrap(true);

        comparison.setId("comparison");
        comparison.setWidthFull();
        add(controls, comparison);
    }

    private void configure(Select<Integer> select, String id, String label, List<Integer> numbers) {
        select.setId(id);
        select.setLabel(getTranslation(label));
        select.setItems(numbers);
        select.setItemLabelGenerator(number -> getTranslation("plan.revision.number", number));
    }

    private String note(Revision revision) {
        if (revision.note() == null) {
            return "";
        }
        return ACTION_NOTES.contains(revision.note()) ? getTranslation("plan.revision.note." + revision.note()) : revision.note();
    }

    private void compare() {
        if (from.getValue() == null || to.getValue() == null) {
            return;
        }
        shown = plans.compare(planId, from.getValue(), to.getValue());
        render();
    }

    private void render() {
        comparison.removeAll();
        if (shown == null) {
            return;
        }
        Span summary = new Span(shown.changes() == 0
                ? getTranslation("plan.compare.same", shown.from(), shown.to())
                : getTranslation("plan.compare.summary", shown.from(), shown.to(), shown.changes()));
        summary.setId("comparison-summary");
        summary.getStyle().set("display", "block").set("font-weight", "600").set("margin", "var(--lumo-space-s) 0");
        comparison.add(summary, row(new Span(getTranslation("plan.revision.number", shown.from())),
                new Span(getTranslation("plan.revision.number", shown.to())), "comparison-header"));
        for (RevisionComparison.Row line : shown.rows()) {
            boolean changed = line.tag() != RevisionComparison.Tag.EQUAL;
            if (!changed && changesOnly.getValue()) {
                continue;
            }
            Div row = row(marked(line.oldLine()), marked(line.newLine()), "comparison-row");
            row.getElement().setAttribute("data-tag", line.tag().name());
            if (changed) {
                row.addClassName("changed");
                row.getStyle().set("background", CHANGED_BACKGROUND);
            }
            comparison.add(row);
        }
    }

    private static Div row(Component left, Component right, String className) {
        Div row = new Div(left, right);
        row.addClassName(className);
        row.getStyle()
                .set("display", "grid")
                .set("grid-template-columns", "1fr 1fr")
                .set("gap", "var(--lumo-space-m)")
                .set("padding", "var(--lumo-space-xs) var(--lumo-space-s)")
                .set("border-bottom", "1px solid var(--lumo-contrast-10pct)");
        return row;
    }

    /**
     * One side of a row. The diff library HTML-escapes the text and adds only its own del/ins tags,
     * so the markup is safe to render; the tags get inline styles since the app ships no stylesheet.
     */
    private static Span marked(String html) {
        Span cell = new Span();
        cell.addClassName("comparison-cell");
        cell.getElement().setProperty("innerHTML", html == null ? "" : html
                .replace("<del>", "<del style=\"" + DELETED_STYLE + "\">")
                .replace("<ins>", "<ins style=\"" + INSERTED_STYLE + "\">"));
        return cell;
    }
}
