package org.planflow.calendar.ui;

import java.io.ByteArrayInputStream;
import java.time.Clock;
import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.Month;
import java.time.YearMonth;
import java.time.format.TextStyle;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.function.Function;
import java.util.stream.Collectors;
import java.util.stream.IntStream;

import com.vaadin.flow.component.AttachEvent;
import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.H3;
import com.vaadin.flow.component.html.ListItem;
import com.vaadin.flow.component.html.NativeButton;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.html.UnorderedList;
import com.vaadin.flow.component.icon.VaadinIcon;
import com.vaadin.flow.component.notification.Notification;
import com.vaadin.flow.component.notification.NotificationVariant;
import com.vaadin.flow.component.orderedlayout.FlexComponent;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.component.select.Select;
import com.vaadin.flow.component.upload.Upload;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Menu;
import com.vaadin.flow.router.Route;
import com.vaadin.flow.server.streams.UploadHandler;
import jakarta.annotation.security.RolesAllowed;
import org.planflow.calendar.CalendarDay;
import org.planflow.calendar.CalendarImportException;
import org.planflow.calendar.ImportResult;
import org.planflow.calendar.WorkingCalendar;
import org.planflow.shared.Roles;
import org.planflow.shared.ui.Callouts;

/**
 * 工作日历: the administrator keeps the State Council's holiday arrangement, one year at a time, by
 * clicking days or importing the published arrangement as a CSV file.
 */
@Route("admin/calendar")
@RolesAllowed(Roles.ADMIN)
@Menu(title = "menu.calendar", order = 90, icon = "vaadin:calendar")
class CalendarView extends VerticalLayout implements HasDynamicTitle {

    /** The CSV of a few years is a few kilobytes; the limit only stops the wrong file early. */
    private static final int MAX_FILE_BYTES = 1024 * 1024;

    private final transient WorkingCalendar calendar;
    private final LocalDate today;
    private final Select<Integer> year = new Select<>();
    private final Div warning = new Div();
    private final Div importErrors = new Div();
    private final Div months = new Div();
    private final Upload upload;
    private UI ui;

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
        HorizontalLayout toolbar = new HorizontalLayout(year, legend());
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

        upload = new Upload(UploadHandler.inMemory((metadata, bytes) -> importFile(bytes)));
        upload.setId("calendar-import");
        upload.setMaxFiles(1);
        upload.setMaxFileSize(MAX_FILE_BYTES);
        upload.setAcceptedFileTypes(".csv", "text/csv");
        upload.setUploadButton(new Button(getTranslation("calendar.import.button"), VaadinIcon.UPLOAD.create()));
        upload.setDropLabel(new Span(getTranslation("calendar.import.drop")));

        importErrors.setId("calendar-import-errors");
        importErrors.setVisible(false);
        Callouts.error(importErrors);

        Paragraph hint = new Paragraph(getTranslation("calendar.import.hint"));
        hint.getStyle().set("color", "var(--lumo-secondary-text-color)").set("font-size", "var(--lumo-font-size-s)").set("margin", "0");
        H3 importTitle = new H3(getTranslation("calendar.import.title"));
        importTitle.getStyle().set("margin", "var(--lumo-space-m) 0 0");

        add(new H2(getTranslation("calendar.title")), toolbar, warning, months, importTitle, hint, upload, importErrors);
        refreshYears(today.getYear());
    }

    @Override
    protected void onAttach(AttachEvent attachEvent) {
        super.onAttach(attachEvent);
        // The upload arrives on a request of its own, outside the UI lock; it reports back through this UI.
        ui = attachEvent.getUI();
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
            months.add(month(YearMonth.of(selected, month), exceptions));
        }
    }

    private Component month(YearMonth month, Map<LocalDate, CalendarDay> exceptions) {
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
        Div box = new Div(title, grid);
        box.addClassName("calendar-month");
        return box;
    }

    private Component dayCell(LocalDate date, CalendarDay exception) {
        Look look = Look.of(date, exception);
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
        cell.addClickListener(click -> new DayDialog(calendar, date, exception, this::saved).open());
        return cell;
    }

    private void saved(LocalDate date) {
        showYear();
        Notification.show(getTranslation("calendar.saved", date.toString()), 3000, Notification.Position.BOTTOM_START)
                .addThemeVariants(NotificationVariant.LUMO_SUCCESS);
    }

    private Component legend() {
        HorizontalLayout legend = new HorizontalLayout();
        legend.setId("calendar-legend");
        legend.setAlignItems(FlexComponent.Alignment.CENTER);
        legend.setWrap(true);
        for (Look look : Look.values()) {
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
            legend.add(item);
        }
        return legend;
    }

    /** Runs on the upload's request: the import outside the UI lock, the outcome shown under it. */
    private void importFile(byte[] bytes) {
        Runnable show;
        try {
            ImportResult result = calendar.importCsv(new ByteArrayInputStream(bytes));
            show = () -> imported(result);
        } catch (CalendarImportException e) {
            show = () -> refused(e.problems());
        }
        Runnable outcome = show;
        if (ui != null) {
            ui.access(() -> {
                upload.clearFileList();
                outcome.run();
            });
        }
    }

    private void imported(ImportResult result) {
        importErrors.removeAll();
        importErrors.setVisible(false);
        String years = result.years().stream().map(String::valueOf).collect(Collectors.joining("、"));
        Notification.show(getTranslation("calendar.import.done", years, String.valueOf(result.days())), 5000,
                Notification.Position.BOTTOM_START).addThemeVariants(NotificationVariant.LUMO_SUCCESS);
        refreshYears(result.years().get(0));
        showYear();
    }

    private void refused(List<CalendarImportException.LineProblem> problems) {
        importErrors.removeAll();
        UnorderedList lines = new UnorderedList();
        lines.getStyle().set("margin", "var(--lumo-space-xs) 0 0");
        for (CalendarImportException.LineProblem problem : problems) {
            String reason = getTranslation(problem.problem().translationKey(), problem.values().toArray());
            ListItem line = new ListItem(getTranslation("calendar.import.line", String.valueOf(problem.line()), reason));
            line.addClassName("calendar-import-error");
            lines.add(line);
        }
        importErrors.add(new Span(getTranslation("calendar.import.refused")), lines);
        importErrors.setVisible(true);
    }

    @Override
    public String getPageTitle() {
        return getTranslation("calendar.title");
    }

    /** How a day cell looks: one per colour of the legend. */
    enum Look {
        HOLIDAY("calendar.legend.holiday", "calendar.kind.holiday", "calendar.mark.holiday",
                "var(--lumo-error-color-10pct)", "var(--lumo-error-text-color)"),
        WORKDAY("calendar.legend.workday", "calendar.kind.workday", "calendar.mark.workday",
                "var(--lumo-primary-color-10pct)", "var(--lumo-primary-text-color)"),
        WEEKEND("calendar.legend.weekend", "calendar.kind.weekend", null,
                "var(--lumo-contrast-10pct)", "var(--lumo-secondary-text-color)"),
        WORKING("calendar.legend.working", "calendar.kind.working", null,
                "var(--lumo-base-color)", "var(--lumo-body-text-color)");

        final String legend;
        final String kind;
        final String mark;
        final String background;
        final String color;

        Look(String legend, String kind, String mark, String background, String color) {
            this.legend = legend;
            this.kind = kind;
            this.mark = mark;
            this.background = background;
            this.color = color;
        }

        static Look of(LocalDate date, CalendarDay exception) {
            if (exception != null) {
                return switch (exception.kind()) {
                    case HOLIDAY -> HOLIDAY;
                    case WORKDAY -> WORKDAY;
                };
            }
            DayOfWeek weekday = date.getDayOfWeek();
            return weekday == DayOfWeek.SATURDAY || weekday == DayOfWeek.SUNDAY ? WEEKEND : WORKING;
        }
    }
}
