package org.planflow.supervision.ui;

import java.util.Objects;
import java.util.function.UnaryOperator;

import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.H3;
import com.vaadin.flow.component.html.ListItem;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.html.UnorderedList;
import com.vaadin.flow.component.orderedlayout.FlexComponent;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import org.planflow.supervision.ItemStatus;
import org.planflow.shared.Milestone;
import org.planflow.supervision.SupervisedItem;

/**
 * An item at a glance, for its page and beside every task on it: indicator, light, status, where it
 * comes from, units, due date, cadence, responsible leader, and the lead unit's ledger row (工作台账).
 */
class ItemSummary extends VerticalLayout {

    ItemSummary(SupervisedItem item, UnaryOperator<String> names) {
        setPadding(false);
        setSpacing(false);
        H3 indicator = new H3(item.indicator());
        indicator.setId("item-indicator");
        indicator.getStyle().set("margin", "0");
        LightBadge light = new LightBadge(item);
        light.setId("item-light");
        Span status = new Span(getTranslation("supervision.status." + item.status().name()));
        status.setId("item-status");
        status.getElement().getThemeList().add("badge");
        if (item.status() == ItemStatus.CLOSED) {
            status.getElement().getThemeList().add("contrast");
        }
        HorizontalLayout title = new HorizontalLayout(indicator, light, status);
        if (item.overdue()) {
            title.add(LightBadge.overdue());
        }
        title.setAlignItems(FlexComponent.Alignment.CENTER);
        title.setWrap(true);

        String coop = item.coopUnits().isEmpty() ? "—" : ItemsGrid.units(item.coopUnits());
        String leader = item.responsibleLeader() == null ? "—" : names.apply(item.responsibleLeader());
        HorizontalLayout facts = new HorizontalLayout(origin(item),
                fact("item-lead-unit", "supervision.field.leadUnit", ItemsGrid.unit(item.leadUnit())),
                fact("item-coop-units", "supervision.field.coopUnits", coop),
                fact("item-due", "supervision.field.due", item.dueDate().toString()),
                fact("item-cadence", "supervision.field.cadence", getTranslation("supervision.cadence." + item.cadence().name())
                        + (item.reportDueDays() == null ? "" : " " + getTranslation("supervision.field.reportDueDays",
                        item.reportDueDays()))),
                fact("item-leader", "supervision.field.leader", leader));
        facts.setWrap(true);
        facts.getStyle().set("column-gap", "var(--lumo-space-l)").set("row-gap", "0");
        add(title, facts);
        if (!item.targets().isEmpty()) {
            add(new Span(label("supervision.field.targets")), new TargetsPart(item));
        }
        add(ledger(item));
    }

    /** The plan it belongs to, as a link, or the instruction or meeting it comes from. */
    private Component origin(SupervisedItem item) {
        if (item.planId() != null) {
            Anchor plan = new Anchor("plan/" + item.planId(), Objects.toString(item.planTitle(), ""));
            plan.setId("item-plan");
            String seq = item.seq() == null ? "" : " " + getTranslation("supervision.field.seqOf", item.seq());
            return new Span(label("supervision.field.plan"), plan, new Span(seq));
        }
        String text = getTranslation("supervision.source." + item.source().name())
                + (item.sourceText() == null ? "" : "：" + item.sourceText());
        return fact("item-source", "supervision.field.source", text);
    }

    private Component ledger(SupervisedItem item) {
        VerticalLayout ledger = new VerticalLayout();
        ledger.setId("item-ledger");
        ledger.setPadding(false);
        ledger.setSpacing(false);
        if (item.measures() == null) {
            Paragraph none = new Paragraph(getTranslation("supervision.ledger.none"));
            none.getStyle().set("color", "var(--lumo-secondary-text-color)");
            ledger.add(none);
            return ledger;
        }
        Paragraph measures = new Paragraph(item.measures());
        measures.setId("item-measures");
        measures.getStyle().set("white-space", "pre-wrap").set("margin", "0");
        UnorderedList milestones = new UnorderedList();
        milestones.setId("item-milestones");
        milestones.getStyle().set("margin", "0");
        for (Milestone milestone : item.milestones()) {
            milestones.add(new ListItem(milestone.due() + "　" + milestone.text()));
        }
        ledger.add(new Span(label("supervision.field.measures")), measures, new Span(label("supervision.field.milestones")),
                milestones);
        // The responsible person is the working units' and the office's, not every member unit's.
        if (item.responsible() != null) {
            ledger.add(fact("item-responsible", "supervision.field.responsible", item.responsible()));
        }
        return ledger;
    }

    private Component fact(String id, String labelKey, String value) {
        Span text = new Span(Objects.toString(value, ""));
        text.setId(id);
        return new Span(label(labelKey), text);
    }

    private Span label(String key) {
        Span label = new Span(getTranslation(key) + "：");
        label.getStyle().set("color", "var(--lumo-secondary-text-color)");
        return label;
    }
}
