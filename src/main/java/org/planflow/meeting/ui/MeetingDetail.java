package org.planflow.meeting.ui;

import java.util.function.Consumer;

import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.grid.GridVariant;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.H4;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import org.planflow.meeting.AttendanceStatus;
import org.planflow.meeting.Meeting;
import org.planflow.meeting.MeetingDocuments;
import org.planflow.meeting.MeetingService;
import org.planflow.shared.Formats;

/**
 * One meeting: what its notice said, each unit's receipt, the notice and minutes to download, and the minutes with
 * their decisions; the office records the minutes and makes a decision a supervised item here.
 */
class MeetingDetail extends VerticalLayout {

    MeetingDetail(Meeting meeting, MeetingService meetings, MeetingDocuments documents, boolean office, Consumer<Meeting> changed) {
        setPadding(false);
        Paragraph notice = new Paragraph(getTranslation("meetings.notice", getTranslation("meetings.kind." + meeting.kind().name()),
                meeting.date(), meeting.chair(), meeting.agenda(), Formats.dateTime(meeting.attendanceDue())));
        notice.setId("meeting-notice-text");
        HorizontalLayout downloads = new HorizontalLayout(MeetingDownloads.link(meeting, MeetingDownloads.NOTICE,
                getTranslation("meetings.download.notice"), "meeting-notice-docx"));
        if (meeting.minutes() != null) {
            downloads.add(MeetingDownloads.link(meeting, MeetingDownloads.MINUTES, getTranslation("meetings.download.minutes"),
                    "meeting-minutes-docx"));
        }
        add(notice, downloads, attendance(meeting));
        add(new H4(getTranslation("meetings.column.minutes")));
        if (meeting.minutes() == null) {
            add(new Paragraph(getTranslation("meetings.minutes.none")));
        } else {
            Paragraph text = new Paragraph(meeting.minutes().text());
            text.setId("meeting-minutes-text");
            text.getStyle().set("white-space", "pre-line");
            add(text);
            for (Meeting.Decision decision : meeting.minutes().decisions()) {
                add(decision(meeting, decision, meetings, office, changed));
            }
        }
        if (office) {
            Button record = new Button(getTranslation(meeting.minutes() == null ? "meetings.minutes.record" : "meetings.minutes.edit"),
                    click -> new MinutesDialog(meeting, meetings, changed).open());
            record.setId("meeting-record-minutes");
            add(record);
        }
    }

    private Grid<Meeting.Attendance> attendance(Meeting meeting) {
        Grid<Meeting.Attendance> grid = new Grid<>(Meeting.Attendance.class, false);
        grid.setId("meeting-attendance");
        grid.addThemeVariants(GridVariant.LUMO_COMPACT, GridVariant.LUMO_WRAP_CELL_CONTENT);
        grid.addColumn(row -> row.unit().name()).setHeader(getTranslation("meetings.column.unit")).setAutoWidth(true);
        grid.addComponentColumn(this::status).setHeader(getTranslation("meetings.column.receipt")).setAutoWidth(true);
        grid.addColumn(row -> row.status() == AttendanceStatus.ATTENDING ? row.attendees()
                : row.status() == AttendanceStatus.DECLINED ? row.reason() : "").setHeader(getTranslation("meetings.column.who"))
                .setFlexGrow(2);
        grid.setItems(meeting.attendance());
        grid.setAllRowsVisible(true);
        return grid;
    }

    private Component status(Meeting.Attendance row) {
        Span badge = new Span(getTranslation("meetings.attendance." + row.status().name()));
        badge.getElement().getThemeList().add("badge");
        if (row.status() != AttendanceStatus.PENDING) {
            badge.getElement().getThemeList().add(row.status() == AttendanceStatus.ATTENDING ? "success" : "contrast");
        }
        badge.getElement().setAttribute("data-unit", row.unit().code());
        badge.getElement().setAttribute("data-status", row.status().name());
        return badge;
    }

    private HorizontalLayout decision(Meeting meeting, Meeting.Decision decision, MeetingService meetings, boolean office,
                                      Consumer<Meeting> changed) {
        HorizontalLayout row = new HorizontalLayout(new Span(decision.position() + ". " + decision.text()));
        row.setAlignItems(Alignment.BASELINE);
        row.addClassName("meeting-decision");
        row.getElement().setAttribute("data-position", String.valueOf(decision.position()));
        if (decision.itemId() != null) {
            row.add(new Anchor("supervision/items/" + decision.itemId(), getTranslation("meetings.item", decision.itemId())));
        } else if (office) {
            Button make = new Button(getTranslation("meetings.makeItem"),
                    click -> new DecisionItemDialog(meeting, decision, meetings, changed).open());
            make.addClassName("meeting-make-item");
            make.addThemeVariants(ButtonVariant.LUMO_SMALL);
            row.add(make);
        }
        return row;
    }
}
