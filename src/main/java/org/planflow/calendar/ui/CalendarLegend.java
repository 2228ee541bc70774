package org.planflow.calendar.ui;

import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.orderedlayout.FlexComponent;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;

/** The legend of the calendar: a swatch of every {@link DayLook} with what it means. */
class CalendarLegend extends HorizontalLayout {

    CalendarLegend() {
        setId("calendar-legend");
        setAlignItems(FlexComponent.Alignment.CENTER);
        setWrap(true);
        for (DayLook look : DayLook.values()) {
            Span swatch = new Span(look.mark == null ? "" : getTranslation(look.mark));
            swatch.getStyle()
                    .set("display", "inline-flex")
                    .set("align-items", "center")
                    .set("justify-content", "center")
                    .set("width", "1.6em")
                    .set("height", "1.6em")
                    .set("font-size", "var(--lumo-font-size-xxs)")
                    .set("border-radius", "var(--lumo-border-radius-s)")
                    .set("border", "1px solid var(--lumo-contrast-10pct)")
                    .set("background", look.background)
                    .set("color", look.color);
            Span label = new Span(getTranslation(look.legend));
            label.getStyle().set("font-size", "var(--lumo-font-size-s)");
            HorizontalLayout item = new HorizontalLayout(swatch, label);
            item.setSpacing(false);
            item.getStyle().set("gap", "var(--lumo-space-xs)");
            item.setAlignItems(FlexComponent.Alignment.CENTER);
            add(item);
        }
    }
}
