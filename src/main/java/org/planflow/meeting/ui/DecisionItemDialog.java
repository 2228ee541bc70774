package org.planflow.meeting.ui;

import java.util.List;
import java.util.function.Consumer;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.combobox.ComboBox;
import com.vaadin.flow.component.datepicker.DatePicker;
import com.vaadin.flow.component.dialog.Dialog;
import com.vaadin.flow.component.formlayout.FormLayout;
import com.vaadin.flow.component.textfield.TextArea;
import org.planflow.meeting.Meeting;
import org.planflow.meeting.MeetingService;
import org.planflow.plan.UnitRef;
import org.planflow.shared.ui.Feedback;
import org.planflow.supervision.AdHocItem;
import org.planflow.supervision.SupervisedItem;
import org.planflow.supervision.SupervisionFields;

/**
 * 立项 from a decision of the minutes: its text as the item's title unless changed, the lead unit (one of the meeting's
 * units) and the due date; the item is supervised like every other of the plan.
 */
class DecisionItemDialog extends Dialog {

    DecisionItemDialog(Meeting meeting, Meeting.Decision decision, MeetingService meetings, Consumer<Meeting> changed) {
        setHeaderTitle(getTranslation("meetings.makeItem"));
        setId("meeting-item-dialog");
        TextArea title = new TextArea(getTranslation("meetings.item.title"));
        title.setId("meeting-item-title");
        title.setValue(decision.text());
        ComboBox<UnitRef> lead = new ComboBox<>(getTranslation("meetings.item.lead"));
        lead.setId("meeting-item-lead");
        lead.setItems(meeting.attendance().stream().map(Meeting.Attendance::unit).toList());
        lead.setItemLabelGenerator(UnitRef::name);
        DatePicker due = new DatePicker(getTranslation("meetings.item.due"));
        due.setId("meeting-item-due");
        FormLayout form = new FormLayout(title, lead, due);
        form.setColspan(title, 2);
        add(form);
        Button save = new Button(getTranslation("meetings.makeItem"), click -> {
            AdHocItem request = new AdHocItem(title.getValue(), null, null, lead.getValue() == null ? null : lead.getValue().code(),
                    List.of(), due.getValue(), null, null);
            SupervisedItem[] made = new SupervisedItem[1];
            if (Feedback.attempt(this, MeetingsPanel.ERRORS, java.util.Map.of(SupervisionFields.TITLE, title,
                    SupervisionFields.LEAD_UNIT, lead, SupervisionFields.DUE_DATE, due),
                    () -> made[0] = meetings.makeItem(meeting.id(), decision.position(), request))) {
                close();
                Feedback.success(getTranslation("meetings.itemCreated", made[0].indicator()));
                changed.accept(meetings.get(meeting.id()));
            }
        });
        save.setId("meeting-item-save");
        save.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        getFooter().add(new Button(getTranslation("common.cancel"), click -> close()), save);
    }
}
