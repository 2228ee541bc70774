package org.planflow.meeting.ui;

import java.util.Arrays;
import java.util.Map;
import java.util.function.Consumer;

import com.vaadin.flow.component.HasValidation;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.dialog.Dialog;
import com.vaadin.flow.component.textfield.TextArea;
import org.planflow.meeting.Meeting;
import org.planflow.meeting.MeetingFields;
import org.planflow.meeting.MeetingService;
import org.planflow.meeting.MinutesRequest;
import org.planflow.shared.ui.Feedback;

/** The office writes the minutes (会议纪要) and the decisions, one a line; a refusal keeps what was typed. */
class MinutesDialog extends Dialog {

    MinutesDialog(Meeting meeting, MeetingService meetings, Consumer<Meeting> recorded) {
        setHeaderTitle(getTranslation("meetings.minutes.record"));
        setId("meeting-minutes-dialog");
        setWidth("40em");
        TextArea text = new TextArea(getTranslation("meetings.column.minutes"));
        text.setId("meeting-minutes");
        text.setWidthFull();
        text.setMinHeight("10em");
        text.setMaxLength(MeetingService.MAX_TEXT);
        TextArea decisions = new TextArea(getTranslation("meetings.decisions"));
        decisions.setId("meeting-decisions");
        decisions.setWidthFull();
        decisions.setMinHeight("6em");
        if (meeting.minutes() != null) {
            text.setValue(meeting.minutes().text());
            decisions.setValue(String.join("\n", meeting.minutes().decisions().stream().map(Meeting.Decision::text).toList()));
        }
        add(text, decisions);
        Map<String, HasValidation> fields = Map.of(MeetingFields.TEXT, text, MeetingFields.DECISIONS, decisions);
        Button save = new Button(getTranslation("common.save"), click -> {
            MinutesRequest request = new MinutesRequest(text.getValue(), Arrays.asList(decisions.getValue().split("\n")));
            Meeting[] saved = new Meeting[1];
            if (Feedback.attempt(this, MeetingsPanel.ERRORS, fields, () -> saved[0] = meetings.recordMinutes(meeting.id(), request))) {
                close();
                Feedback.success(getTranslation("meetings.minutes.saved"));
                recorded.accept(saved[0]);
            }
        });
        save.setId("meeting-minutes-save");
        save.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        getFooter().add(new Button(getTranslation("common.cancel"), click -> close()), save);
    }
}
