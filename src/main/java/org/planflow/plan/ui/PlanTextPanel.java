package org.planflow.plan.ui;

import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H3;
import com.vaadin.flow.component.html.H4;
import com.vaadin.flow.component.html.H5;
import com.vaadin.flow.component.html.ListItem;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.html.UnorderedList;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import org.planflow.plan.AttachmentInfo;
import org.planflow.plan.Plan;
import org.planflow.plan.PlanSection;
import org.planflow.shared.ui.FileSizes;

/**
 * A plan's text as it reads on paper: each section's outline number and heading as a heading of its
 * level, the body paragraph by paragraph; then the attachments with download links. Read-only.
 */
class PlanTextPanel extends VerticalLayout {

    PlanTextPanel(Plan plan) {
        setId("plan-text");
        setPadding(false);
        setSpacing(false);

        Div text = new Div();
        text.setId("plan-sections");
        text.setWidthFull();
        text.getStyle().set("max-width", "60em").set("line-height", "1.8");
        if (plan.sections().isEmpty()) {
            Paragraph empty = new Paragraph(getTranslation("plan.text.empty"));
            empty.getStyle().set("color", "var(--lumo-secondary-text-color)");
            text.add(empty);
        }
        for (PlanSection section : plan.sections()) {
            if (!section.heading().isEmpty()) {
                text.add(heading(section));
            }
            section.body().lines().filter(line -> !line.isBlank()).forEach(line -> {
                Paragraph paragraph = new Paragraph(line.strip());
                // Chinese official documents indent each paragraph by two characters.
                paragraph.getStyle().set("text-indent", "2em").set("margin", "0 0 var(--lumo-space-s)");
                paragraph.addClassName("plan-paragraph");
                text.add(paragraph);
            });
        }
        add(text, attachments(plan));
    }

    private Component heading(PlanSection section) {
        String text = section.outline() + section.heading();
        Component heading = switch (section.level()) {
            case 0, 1 -> new H3(text);
            case 2 -> new H4(text);
            default -> new H5(text);
        };
        heading.getElement().getClassList().add("plan-heading");
        heading.getElement().setAttribute("data-level", String.valueOf(section.level()));
        heading.getElement().getStyle().set("margin", "var(--lumo-space-m) 0 var(--lumo-space-xs)");
        return heading;
    }

    private Component attachments(Plan plan) {
        Div box = new Div();
        box.setId("plan-attachments");
        H4 title = new H4(getTranslation("plan.attachments"));
        title.getStyle().set("margin", "var(--lumo-space-l) 0 var(--lumo-space-xs)");
        box.add(title);
        if (plan.attachments().isEmpty()) {
            box.add(new Span(getTranslation("plan.attachments.none")));
            return box;
        }
        UnorderedList list = new UnorderedList();
        for (AttachmentInfo info : plan.attachments()) {
            Span size = new Span(getTranslation("plan.attachment.size", FileSizes.format(info.size())));
            size.getStyle().set("color", "var(--lumo-secondary-text-color)").set("font-size", "var(--lumo-font-size-s)")
                    .set("margin-left", "var(--lumo-space-xs)");
            list.add(new ListItem(new AttachmentLink(plan.id(), info), size));
        }
        box.add(list);
        return box;
    }
}
