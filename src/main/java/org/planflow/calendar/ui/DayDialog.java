package org.planflow.calendar.ui;

import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.time.format.FormatStyle;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.dialog.Dialog;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.component.radiobutton.RadioButtonGroup;
import com.vaadin.flow.component.radiobutton.RadioGroupVariant;
import com.vaadin.flow.component.textfield.TextField;
import com.vaadin.flow.function.SerializableConsumer;
import org.planflow.calendar.CalendarDay;
import org.planflow.calendar.DayKind;
import org.planflow.calendar.WorkingCalendar;
import org.planflow.shared.InvalidInputException;
import org.planflow.shared.ui.Feedback;

/**
 * One day of the calendar: a holiday with its name, a make-up working day, or back to the plain rule.
 * The service checks the rules; its refusal is shown beside the field it names.
 */
class DayDialog extends Dialog {

    private final transient WorkingCalendar calendar;
    private final LocalDate date;
    private final SerializableConsumer<LocalDate> onSaved;
    private final RadioButtonGroup<Choice> choice = new RadioButtonGroup<>();
    private final TextField name = new TextField();

    DayDialog(WorkingCalendar calendar, LocalDate date, CalendarDay current, SerializableConsumer<LocalDate> onSaved) {
        this.calendar = calendar;
        this.date = date;
        this.onSaved = onSaved;
        setId("calendar-day-dialog");
        setHeaderTitle(date.format(DateTimeFormatter.ofLocalizedDate(FormatStyle.FULL).withLocale(getLocale())));

        boolean weekend = date.getDayOfWeek() == DayOfWeek.SATURDAY || date.getDayOfWeek() == DayOfWeek.SUNDAY;
        Paragraph now = new Paragraph(getTranslation("calendar.dialog.current", describe(current, weekend)));
        now.setId("calendar-day-current");
        now.getStyle().set("margin", "0").set("color", "var(--lumo-secondary-text-color)");

        choice.setId("calendar-day-kind");
        choice.setLabel(getTranslation("calendar.dialog.kind"));
        choice.addThemeVariants(RadioGroupVariant.LUMO_VERTICAL);
        choice.setItems(Choice.values());
        choice.setItemLabelGenerator(item -> getTranslation(item.label));
        // The service refuses it too; greying it out saves the administrator the round trip.
        choice.setItemEnabledProvider(item -> item != Choice.WORKDAY || weekend);
        if (!weekend) {
            choice.setHelperText(getTranslation("calendar.dialog.workdayWeekendOnly"));
        }
        choice.setValue(current == null ? Choice.RULE : Choice.of(current.kind()));
        choice.addValueChangeListener(event -> {
            choice.setInvalid(false);
            name.setVisible(event.getValue() != Choice.RULE);
        });

        name.setId("calendar-day-name");
        name.setLabel(getTranslation("calendar.dialog.name"));
        name.setPlaceholder(getTranslation("calendar.dialog.name.placeholder"));
        name.setWidthFull();
        name.setValue(current == null || current.name() == null ? "" : current.name());
        name.setVisible(choice.getValue() != Choice.RULE);
        name.addValueChangeListener(event -> name.setInvalid(false));

        VerticalLayout content = new VerticalLayout(now, choice, name);
        content.setPadding(false);
        content.setMinWidth("22rem");
        add(content);

        Button save = new Button(getTranslation("calendar.dialog.save"), click -> save());
        save.setId("calendar-day-save");
        save.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        Button cancel = new Button(getTranslation("calendar.dialog.cancel"), click -> close());
        cancel.setId("calendar-day-cancel");
        getFooter().add(cancel, save);
    }

    private void save() {
        try {
            switch (choice.getValue()) {
                case HOLIDAY -> calendar.setDay(date, DayKind.HOLIDAY, name.getValue());
                case WORKDAY -> calendar.setDay(date, DayKind.WORKDAY, name.getValue());
                case RULE -> calendar.clearDay(date);
            }
        } catch (InvalidInputException e) {
            showRefusal(e);
            return;
        }
        close();
        onSaved.accept(date);
    }

    private void showRefusal(InvalidInputException e) {
        if ("name".equals(e.field())) {
            name.setErrorMessage(getTranslation("calendar.error.name"));
            name.setInvalid(true);
            name.focus();
        } else if ("kind".equals(e.field())) {
            choice.setErrorMessage(getTranslation("calendar.error.kind"));
            choice.setInvalid(true);
        } else {
            choice.setErrorMessage(getTranslation("calendar.error.other", Feedback.words(this, e)));
            choice.setInvalid(true);
        }
    }

    private String describe(CalendarDay current, boolean weekend) {
        if (current == null) {
            return getTranslation(weekend ? "calendar.kind.weekend" : "calendar.kind.working");
        }
        String kind = getTranslation(current.kind() == DayKind.HOLIDAY ? "calendar.kind.holiday" : "calendar.kind.workday");
        return current.name() == null ? kind : getTranslation("calendar.kind.named", kind, current.name());
    }

    enum Choice {
        HOLIDAY("calendar.dialog.choice.holiday"),
        WORKDAY("calendar.dialog.choice.workday"),
        RULE("calendar.dialog.choice.rule");

        final String label;

        Choice(String label) {
            this.label = label;
        }

        static Choice of(DayKind kind) {
            return kind == DayKind.HOLIDAY ? HOLIDAY : WORKDAY;
        }
    }
}
