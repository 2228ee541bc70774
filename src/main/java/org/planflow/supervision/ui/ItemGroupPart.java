package org.planflow.supervision.ui;

import java.util.List;

import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.html.H4;
import com.vaadin.flow.component.html.ListItem;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.html.UnorderedList;
import com.vaadin.flow.component.orderedlayout.FlexComponent;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.router.RouterLink;
import org.planflow.supervision.SupervisedItem;

/**
 * A task for every unit of a group (各乡镇) on its items' pages: the group's item rolls its units' items up (closed n of
 * m, the worst light, each unit with its light and a link to its item); a unit's item links to the group's.
 */
final class ItemGroupPart {

    private ItemGroupPart() {
    }

    /** The roll-up of the group's item over the units' items the reader sees. */
    static Component rollUp(SupervisedItem group, List<SupervisedItem> children) {
        VerticalLayout part = new VerticalLayout();
        part.setId("item-group");
        part.setPadding(false);
        part.setSpacing(false);
        Span closed = new Span(part.getTranslation("supervision.group.closed", group.childrenClosed(), group.children().size()));
        closed.setId("item-group-closed");
        closed.getElement().getThemeList().add("badge");
        LightBadge worst = new LightBadge(group);
        worst.setId("item-group-worst");
        HorizontalLayout figures = new HorizontalLayout(closed, new Span(part.getTranslation("supervision.group.worst") + "："), worst);
        figures.setAlignItems(FlexComponent.Alignment.CENTER);
        figures.setWrap(true);
        part.add(new H4(part.getTranslation("supervision.group.title")), figures);
        if (children.isEmpty()) {
            part.add(new Paragraph(part.getTranslation("supervision.group.none")));
            return part;
        }
        UnorderedList units = new UnorderedList();
        units.setId("item-group-units");
        for (SupervisedItem child : children) {
            RouterLink link = new RouterLink(ItemsGrid.unit(child.leadUnit()), SupervisedItemView.class, child.id());
            Span status = new Span(part.getTranslation("supervision.status." + child.status().name()));
            ListItem unit = new ListItem(link, new Span(" "), new LightBadge(child), new Span(" "), status);
            unit.getElement().setAttribute("data-item", String.valueOf(child.id()));
            unit.getElement().setAttribute("data-unit", child.leadUnit() == null ? "" : String.valueOf(child.leadUnit().code()));
            units.add(unit);
        }
        part.add(units);
        return part;
    }

    /** A unit's item's link to the item of its group. */
    static Component parentLink(SupervisedItem parent) {
        RouterLink link = new RouterLink("", SupervisedItemView.class, parent.id());
        link.setText(link.getTranslation("supervision.group.parentLink"));
        link.setId("item-group-parent");
        Span line = new Span(new Span(link.getTranslation("supervision.group.parent", ItemsGrid.unit(parent.leadUnit()))), link);
        line.setId("item-group-parent-line");
        return line;
    }
}
