package org.planflow.meeting.ui;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.grid.GridVariant;
import com.vaadin.flow.component.html.H4;
import com.vaadin.flow.component.icon.VaadinIcon;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import org.planflow.meeting.AttendanceStatus;
import org.planflow.meeting.Meeting;
import org.planflow.meeting.MeetingDocuments;
import org.planflow.meeting.MeetingService;
import org.planflow.organization.UnitSearch;
import org.planflow.plan.Plan;
import org.planflow.shared.ui.LazyPages;

/**
 * 会议: the plan's rhythm and its meetings, the latest first; choosing one shows its receipts and minutes below. The
 * plan's office schedules meetings, changes the rhythm and records the minutes here.
 */
class MeetingsPanel extends VerticalLayout {

    static final String ERRORS = "meetings.error";

    private final transient MeetingService meetings;
    private final transient MeetingDocuments documents;
    private final Grid<Meeting> grid = new Grid<>(Meeting.class, false);
    private final VerticalLayout detail = new VerticalLayout();
    private final RhythmPanel rhythm;
    private final Plan plan;
    private final boolean office;

    MeetingsPanel(Plan plan, MeetingService meetings, MeetingDocuments documents, UnitSearch district) {
        this.plan = plan;
        this.meetings = meetings;
        this.documents = documents;
        this.office = meetings.runsOffice(plan.id());
        setPadding(false);
        setId("meetings-panel");
        rhythm = new RhythmPanel(plan.id(), meetings, office);
        add(rhythm);
        add(new H4(getTranslation("meetings.list")));
        if (office) {
            Button schedule = new Button(getTranslation("meetings.schedule"), VaadinIcon.CALENDAR.create(),
                    click -> new ScheduleDialog(plan.id(), meetings, district, this::scheduled).open());
            schedule.setId("meetings-schedule");
            schedule.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
            add(schedule);
        }
        grid.setId("meetings-grid");
        grid.addThemeVariants(GridVariant.LUMO_WRAP_CELL_CONTENT, GridVariant.LUMO_ROW_STRIPES);
        grid.addColumn(Meeting::date).setHeader(getTranslation("meetings.column.date")).setKey("date").setAutoWidth(true);
        grid.addColumn(meeting -> getTranslation("meetings.kind." + meeting.kind().name())).setHeader(getTranslation("meetings.column.kind"))
                .setKey("kind").setAutoWidth(true);
        grid.addColumn(meeting -> meeting.noticeNumber() == null ? "" : meeting.noticeNumber())
                .setHeader(getTranslation("meetings.column.noticeNumber")).setKey("noticeNumber").setAutoWidth(true);
        grid.addColumn(Meeting::chair).setHeader(getTranslation("meetings.column.chair")).setKey("chair").setAutoWidth(true);
        grid.addColumn(this::receipts).setHeader(getTranslation("meetings.column.receipts")).setKey("receipts").setAutoWidth(true);
        grid.addColumn(meeting -> getTranslation(meeting.minutes() == null ? "meetings.minutes.none" : "meetings.minutes.recorded"))
                .setHeader(getTranslation("meetings.column.minutes")).setKey("minutes").setAutoWidth(true);
        grid.setAllRowsVisible(true);
        grid.asSingleSelect().addValueChangeListener(event -> show(event.getValue()));
        detail.setPadding(false);
        detail.setId("meeting-detail");
        add(grid, detail);
        refresh();
    }

    /** How many units answered and how many attend, e.g. 2/3 answered, 1 attending. */
    private String receipts(Meeting meeting) {
        long answered = meeting.attendance().stream().filter(row -> row.status() != AttendanceStatus.PENDING).count();
        long attending = meeting.attendance().stream().filter(row -> row.status() == AttendanceStatus.ATTENDING).count();
        return getTranslation("meetings.receipts", answered, meeting.attendance().size(), attending);
    }

    private void scheduled(Meeting meeting) {
        refresh();
        show(meeting);
    }

    private void refresh() {
        LazyPages.show(grid, page -> meetings.meetings(plan.id(), page));
        rhythm.refresh();
    }

    private void show(Meeting chosen) {
        detail.removeAll();
        if (chosen != null) {
            Meeting meeting = meetings.get(chosen.id());
            detail.add(new MeetingDetail(meeting, meetings, documents, office, changed -> {
                refresh();
                show(changed);
            }));
        }
    }
}
