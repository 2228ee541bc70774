package org.planflow.meeting.ui;

import java.util.Map;
import java.util.function.Consumer;

import com.vaadin.flow.component.HasValidation;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.combobox.MultiSelectComboBox;
import com.vaadin.flow.component.datepicker.DatePicker;
import com.vaadin.flow.component.dialog.Dialog;
import com.vaadin.flow.component.formlayout.FormLayout;
import com.vaadin.flow.component.select.Select;
import com.vaadin.flow.component.textfield.TextArea;
import com.vaadin.flow.component.textfield.TextField;
import org.planflow.meeting.Meeting;
import org.planflow.meeting.MeetingFields;
import org.planflow.meeting.MeetingKind;
import org.planflow.meeting.MeetingRequest;
import org.planflow.meeting.MeetingService;
import org.planflow.organization.OrgUnit;
import org.planflow.organization.UnitSearch;
import org.planflow.shared.ui.Feedback;

/** The office schedules a meeting: kind, day, attending units, chair and agenda; the notice goes out on saving. */
class ScheduleDialog extends Dialog {

    ScheduleDialog(long planId, MeetingService meetings, UnitSearch district, Consumer<Meeting> scheduled) {
        setHeaderTitle(getTranslation("meetings.schedule"));
        setId("meeting-schedule-dialog");
        Select<MeetingKind> kind = new Select<>();
        kind.setLabel(getTranslation("meetings.column.kind"));
        kind.setId("meeting-kind");
        kind.setItems(MeetingKind.values());
        kind.setItemLabelGenerator(value -> getTranslation("meetings.kind." + value.name()));
        kind.setValue(MeetingKind.JOINT);
        DatePicker date = new DatePicker(getTranslation("meetings.column.date"));
        date.setId("meeting-date");
        MultiSelectComboBox<OrgUnit> units = new MultiSelectComboBox<>(getTranslation("meetings.units"));
        units.setId("meeting-units");
        units.setItems(district::matches, district.units());
        units.setItemLabelGenerator(OrgUnit::name);
        TextField chair = new TextField(getTranslation("meetings.column.chair"));
        chair.setId("meeting-chair");
        chair.setMaxLength(MeetingService.MAX_CHAIR);
        TextArea agenda = new TextArea(getTranslation("meetings.agenda"));
        agenda.setId("meeting-agenda");
        agenda.setMaxLength(MeetingService.MAX_AGENDA);
        agenda.setMinHeight("6em");
        FormLayout form = new FormLayout(kind, date, units, chair, agenda);
        form.setColspan(units, 2);
        form.setColspan(agenda, 2);
        add(form);
        Map<String, HasValidation> fields = Map.of(MeetingFields.KIND, kind, MeetingFields.DATE, date, MeetingFields.UNITS, units,
                MeetingFields.CHAIR, chair, MeetingFields.AGENDA, agenda);
        Button save = new Button(getTranslation("meetings.send"), click -> {
            MeetingRequest request = new MeetingRequest(kind.getValue() == null ? null : kind.getValue().name(), date.getValue(),
                    units.getValue().stream().map(OrgUnit::code).toList(), chair.getValue(), agenda.getValue());
            Meeting[] made = new Meeting[1];
            if (Feedback.attempt(this, MeetingsPanel.ERRORS, fields, () -> made[0] = meetings.schedule(planId, request))) {
                close();
                Feedback.success(getTranslation("meetings.scheduled"));
                scheduled.accept(made[0]);
            }
        });
        save.setId("meeting-send");
        save.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        getFooter().add(new Button(getTranslation("common.cancel"), click -> close()), save);
    }
}
