package org.planflow.calendar.ui;

import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.YearMonth;
import java.time.format.TextStyle;
import java.util.Locale;
import java.util.Map;

import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H3;
import com.vaadin.flow.component.html.NativeButton;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.function.SerializableBiConsumer;
import org.planflow.calendar.CalendarDay;

/** One month of the calendar, a week a row from Monday, each day a button that opens it. */
class CalendarMonth extends Div {

    private final LocalDate today;
    private final SerializableBiConsumer<LocalDate, CalendarDay> onDay;

    /** {@code exceptions}: the days that differ from the weekly rule; {@code onDay} hears a click on a day. */
    CalendarMonth(YearMonth month, Map<LocalDate, CalendarDay> exceptions, LocalDate today,
                  SerializableBiConsumer<LocalDate, CalendarDay> onDay) {
        this.today = today;
        this.onDay = onDay;
        Div grid = new Div();
        grid.getStyle()
                .set("display", "grid")
                .set("grid-template-columns", "repeat(7, 1fr)")
                .set("gap", "2px");
        for (DayOfWeek weekday : DayOfWeek.values()) {
            Span header = new Span(weekday.getDisplayName(TextStyle.NARROW, getLocale()));
            header.getStyle()
                    .set("text-align", "center")
                    .set("font-size", "var(--lumo-font-size-xs)")
                    .set("color", "var(--lumo-secondary-text-color)");
            grid.add(header);
        }
        // Monday is the first column, as on Chinese wall calendars.
        for (int blank = 1; blank < month.atDay(1).getDayOfWeek().getValue(); blank++) {
            grid.add(new Div());
        }
        for (int day = 1; day <= month.lengthOfMonth(); day++) {
            LocalDate date = month.atDay(day);
            grid.add(dayCell(date, exceptions.get(date)));
        }

        H3 title = new H3(month.getMonth().getDisplayName(TextStyle.FULL, getLocale()));
        title.getStyle().set("font-size", "var(--lumo-font-size-m)").set("margin", "0 0 var(--lumo-space-xs)");
        add(title, grid);
        addClassName("calendar-month");
    }

    private Component dayCell(LocalDate date, CalendarDay exception) {
        DayLook look = DayLook.of(date, exception);
        NativeButton cell = new NativeButton();
        cell.setId("day-" + date);
        cell.getElement().setAttribute("data-kind", look.name().toLowerCase(Locale.ROOT));
        Span number = new Span(String.valueOf(date.getDayOfMonth()));
        cell.add(number);
        if (look.mark != null) {
            Span mark = new Span(getTranslation(look.mark));
            mark.getStyle().set("font-size", "var(--lumo-font-size-xxs)").set("line-height", "1");
            cell.add(mark);
        }
        String describe = exception == null || exception.name() == null ? getTranslation(look.kind)
                : getTranslation("calendar.kind.named", getTranslation(look.kind), exception.name());
        cell.getElement().setAttribute("title", date + " " + describe);
        cell.getElement().setAttribute("aria-label", date + " " + describe);
        cell.getStyle()
                .set("display", "flex")
                .set("flex-direction", "column")
                .set("align-items", "center")
                .set("justify-content", "center")
                .set("min-height", "2.6em")
                .set("padding", "2px 0")
                .set("border", "none")
                .set("border-radius", "var(--lumo-border-radius-s)")
                .set("font", "inherit")
                .set("font-size", "var(--lumo-font-size-s)")
                .set("cursor", "pointer")
                .set("background", look.background)
                .set("color", look.color);
        if (date.equals(today)) {
            cell.getStyle().set("outline", "2px solid var(--lumo-primary-color)").set("outline-offset", "-2px");
        }
        cell.addClickListener(click -> onDay.accept(date, exception));
        return cell;
    }
}
