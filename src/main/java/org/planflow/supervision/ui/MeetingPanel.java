package org.planflow.supervision.ui;

import java.util.Arrays;
import java.util.List;
import java.util.Map;

import com.vaadin.flow.component.HasValidation;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.combobox.MultiSelectComboBox;
import com.vaadin.flow.component.datepicker.DatePicker;
import com.vaadin.flow.component.dialog.Dialog;
import com.vaadin.flow.component.formlayout.FormLayout;
import com.vaadin.flow.component.html.H4;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.component.textfield.TextArea;
import com.vaadin.flow.router.RouterLink;
import org.planflow.organization.OrgUnit;
import org.planflow.organization.UnitSearch;
import org.planflow.organization.UserAccount;
import org.planflow.plan.UnitRef;
import org.planflow.shared.ui.Feedback;
import org.planflow.supervision.JointMeeting;
import org.planflow.supervision.MeetingRecord;
import org.planflow.supervision.QuarterlyReview;
import org.planflow.supervision.QuarterlyReviewService;
import org.planflow.supervision.SupervisionFields;

/** The quarter's joint meeting (联席会议): date, attending units, decisions, and 立项 from a decision in one step. */
class MeetingPanel extends VerticalLayout {

    MeetingPanel(QuarterlyReview review, QuarterlyReviewService reviews, UnitSearch district, List<UserAccount> leaders,
                 Runnable changed) {
        setPadding(false);
        setId("meeting-panel");
        add(new H4(getTranslation("meeting.title")));
        boolean supervisor = reviews.runsOffice(review.planId());
        JointMeeting meeting = reviews.meeting(review.id()).orElse(null);
        if (meeting == null) {
            add(new Paragraph(getTranslation("meeting.none")));
        } else {
            Paragraph summary = new Paragraph(getTranslation("meeting.summary", meeting.date(), meeting.attendees().size()) + "："
                    + String.join("、", meeting.attendees().stream().map(UnitRef::name).toList()));
            summary.setId("meeting-summary");
            add(summary);
            for (JointMeeting.Decision decision : meeting.decisions()) {
                add(decision(review, decision, reviews, district, leaders, supervisor, changed));
            }
        }
        if (supervisor) {
            Button record = new Button(getTranslation("meeting.record"),
                    click -> dialog(review, meeting, reviews, district, changed).open());
            record.setId("meeting-record");
            add(record);
        }
    }

    private HorizontalLayout decision(QuarterlyReview review, JointMeeting.Decision decision, QuarterlyReviewService reviews,
                                      UnitSearch district, List<UserAccount> leaders, boolean supervisor, Runnable changed) {
        HorizontalLayout row = new HorizontalLayout(new Paragraph(decision.position() + ". " + decision.text()));
        row.setAlignItems(Alignment.BASELINE);
        row.addClassName("meeting-decision");
        row.getElement().setAttribute("data-position", String.valueOf(decision.position()));
        if (decision.itemId() != null) {
            row.add(new RouterLink(getTranslation("meeting.item", decision.itemId()), SupervisedItemView.class, decision.itemId()));
        } else if (supervisor) {
            Button make = new Button(getTranslation("meeting.makeItem"), click -> AdHocItemDialog.fromDecision(decision.text(),
                    district, leaders, request -> reviews.makeItem(review.id(), decision.position(), request)).open());
            make.addClassName("meeting-make-item");
            make.addThemeVariants(ButtonVariant.LUMO_SMALL);
            row.add(make);
        }
        return row;
    }

    private Dialog dialog(QuarterlyReview review, JointMeeting meeting, QuarterlyReviewService reviews, UnitSearch district,
                          Runnable changed) {
        Dialog dialog = new Dialog(getTranslation("meeting.record"));
        dialog.setId("meeting-dialog");
        DatePicker date = new DatePicker(getTranslation("meeting.date"));
        date.setId("meeting-date");
        MultiSelectComboBox<OrgUnit> attendees = new MultiSelectComboBox<>(getTranslation("meeting.attendees"));
        attendees.setId("meeting-attendees");
        attendees.setItems(district::matches, district.units());
        attendees.setItemLabelGenerator(OrgUnit::name);
        TextArea decisions = new TextArea(getTranslation("meeting.decisions"));
        decisions.setId("meeting-decisions");
        decisions.setMinHeight("8em");
        if (meeting != null) {
            date.setValue(meeting.date());
            List<String> codes = meeting.attendees().stream().map(UnitRef::code).toList();
            attendees.setValue(district.units().stream().filter(unit -> codes.contains(unit.code())).toList());
            decisions.setValue(String.join("\n", meeting.decisions().stream().map(JointMeeting.Decision::text).toList()));
        }
        FormLayout form = new FormLayout(date, attendees, decisions);
        form.setColspan(decisions, 2);
        form.setColspan(attendees, 2);
        dialog.add(form);
        Map<String, HasValidation> fields = Map.of(SupervisionFields.DATE, date, SupervisionFields.ATTENDEES, attendees,
                SupervisionFields.DECISIONS, decisions);
        Button save = new Button(getTranslation("common.save"), click -> {
            MeetingRecord record = new MeetingRecord(date.getValue(), attendees.getValue().stream().map(OrgUnit::code).toList(),
                    Arrays.asList(decisions.getValue().split("\n")));
            if (Feedback.attempt(this, QuarterlyReviewsView.ERRORS, fields, () -> reviews.recordMeeting(review.id(), record))) {
                dialog.close();
                Feedback.success(getTranslation("meeting.saved"));
                changed.run();
            }
        });
        save.setId("meeting-save");
        save.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        dialog.getFooter().add(new Button(getTranslation("common.cancel"), click -> dialog.close()), save);
        return dialog;
    }
}
