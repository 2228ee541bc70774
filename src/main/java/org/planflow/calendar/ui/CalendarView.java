package org.planflow.calendar.ui;

import java.time.Clock;
import java.time.LocalDate;
import java.time.Month;
import java.time.YearMonth;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.function.Function;
import java.util.stream.Collectors;
import java.util.stream.IntStream;

import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.notification.Notification;
import com.vaadin.flow.component.notification.NotificationVariant;
import com.vaadin.flow.component.orderedlayout.FlexComponent;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.component.select.Select;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Menu;
import com.vaadin.flow.router.Route;
import jakarta.annotation.security.RolesAllowed;
import org.planflow.calendar.CalendarDay;
import org.planflow.calendar.ImportResult;
import org.planflow.calendar.WorkingCalendar;
import org.planflow.shared.Roles;
import org.planflow.shared.ui.Callouts;

/**
 * 工作日历: the administrator keeps the State Council's holiday arrangement, one year at a time, by
 * clicking days ({@link CalendarMonth}) or importing the published arrangement as a CSV file ({@link CalendarImport}).
 */
@Route("admin/calendar")
@RolesAllowed(Roles.ADMIN)
@Menu(title = "menu.calendar", order = 90, icon = "vaadin:calendar")
class CalendarView extends VerticalLayout implements HasDynamicTitle {

    private final transient WorkingCalendar calendar;
    private final LocalDate today;
    private final Select<Integer> year = new Select<>();
    private final Div warning = new Div();
    private final Div months = new Div();

    CalendarView(WorkingCalendar calendar, Clock clock) {
        this.calendar = calendar;
        this.today = LocalDate.now(clock.withZone(calendar.zone()));

        year.setId("calendar-year");
        year.setLabel(getTranslation("calendar.year"));
        year.setItemLabelGenerator(item -> getTranslation("calendar.year.item", String.valueOf(item)));
        year.addValueChangeListener(event -> {
            if (event.getValue() != null) {
                showYear();
            }
        });
        HorizontalLayout toolbar = new HorizontalLayout(year, new CalendarLegend());
        toolbar.setAlignItems(FlexComponent.Alignment.END);
        toolbar.setWrap(true);

        warning.setId("calendar-no-data-warning");
        Callouts.warning(warning);

        months.setId("calendar-months");
        months.setWidthFull();
        months.getStyle()
                .set("display", "grid")
                .set("grid-template-columns", "repeat(auto-fill, minmax(17rem, 1fr))")
                .set("gap", "var(--lumo-space-l)");

        add(new H2(getTranslation("calendar.title")), toolbar, warning, months, new CalendarImport(calendar, this::imported));
        refreshYears(today.getYear());
    }

    private void refreshYears(int selected) {
        List<Integer> official = calendar.officialYears();
        int first = Math.min(today.getYear() - 1, official.isEmpty() ? selected : official.get(0));
        int last = Math.max(today.getYear() + 2, official.isEmpty() ? selected : official.get(official.size() - 1) + 1);
        first = Math.min(first, selected);
        last = Math.max(last, selected);
        year.setItems(IntStream.rangeClosed(first, last).boxed().toList());
        if (Objects.equals(year.getValue(), selected)) {
            showYear();
        } else {
            year.setValue(selected);
        }
    }

    private void showYear() {
        int selected = year.getValue();
        boolean official = calendar.hasOfficialData(selected);
        warning.setText(getTranslation("calendar.noData", String.valueOf(selected)));
        warning.setVisible(!official);

        Map<LocalDate, CalendarDay> exceptions = calendar.days(selected).stream()
                .collect(Collectors.toMap(CalendarDay::date, Function.identity()));
        months.removeAll();
        for (Month month : Month.values()) {
            months.add(new CalendarMonth(YearMonth.of(selected, month), exceptions, today,
                    (date, exception) -> new DayDialog(calendar, date, exception, this::saved).open()));
        }
    }

    private void saved(LocalDate date) {
        showYear();
        Notification.show(getTranslation("calendar.saved", date.toString()), 3000, Notification.Position.BOTTOM_START)
                .addThemeVariants(NotificationVariant.LUMO_SUCCESS);
    }

    private void imported(ImportResult result) {
        refreshYears(result.years().get(0));
        showYear();
    }

    @Override
    public String getPageTitle() {
        return getTranslation("calendar.title");
    }
}
