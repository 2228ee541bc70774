package org.planflow.meeting;

import java.time.LocalDate;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Collectors;

import org.planflow.plan.Plan;
import org.planflow.plan.PlanService;
import org.planflow.shared.NotFoundException;
import org.planflow.shared.PlanFlowClock;
import org.planflow.shared.document.OfficialDocument;
import org.planflow.shared.document.OfficialDocuments;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * A meeting's notice (会议通知) and minutes (会议纪要) as red-header .docx after GB/T 9704, issued by the plan's leading
 * group's office: the leading group's name with 办公室, else the office unit's, else the district's supervision office.
 */
@Service
@Transactional(readOnly = true)
@PreAuthorize("isAuthenticated()")
public class MeetingDocuments {

    static final String DISTRICT_OFFICE = "区政府督查室";
    private static final DateTimeFormatter CHINESE_DATE = DateTimeFormatter.ofPattern("yyyy年M月d日");
    private static final DateTimeFormatter CHINESE_TIME = DateTimeFormatter.ofPattern("yyyy年M月d日H时");

    private final MeetingService meetings;
    private final PlanService plans;
    private final PlanFlowClock clock;

    public MeetingDocuments(MeetingService meetings, PlanService plans, PlanFlowClock clock) {
        this.meetings = meetings;
        this.plans = plans;
        this.clock = clock;
    }

    /** The notice sent to the attending units; 404 for who may not read the plan. */
    public byte[] noticeDocx(long meetingId) {
        Meeting meeting = meetings.get(meetingId);
        Plan plan = plans.get(meeting.planId());
        String issuer = issuer(plan);
        String units = meeting.attendance().stream().map(row -> row.unit().name()).collect(Collectors.joining("、"));
        String body = String.join("\n",
                "为推进《" + plan.title() + "》落实，定于" + CHINESE_DATE.format(meeting.date()) + "召开" + meeting.kind().label()
                        + "。现将有关事项通知如下：",
                "一、会议时间：" + CHINESE_DATE.format(meeting.date()),
                "二、会议主持：" + meeting.chair(),
                "三、会议议题：" + meeting.agenda(),
                "四、参会单位：" + units,
                "五、请各单位于" + CHINESE_TIME.format(meeting.attendanceDue().atZone(zone())) + "前在PlanFlow填报会议回执"
                        + "（参会人员姓名、职务；不能参会的请说明原因）。");
        LocalDate sent = meeting.created().atZone(zone()).toLocalDate();
        return OfficialDocuments.docx(new OfficialDocument(issuer, meeting.noticeNumber() == null ? "" : meeting.noticeNumber(),
                "关于召开" + meeting.kind().label() + "的通知",
                units + "：", body, issuer, sent, null, issuer, sent, List.of()));
    }

    /** The minutes with their decisions; 404 before they are recorded. */
    public byte[] minutesDocx(long meetingId) {
        Meeting meeting = meetings.get(meetingId);
        if (meeting.minutes() == null) {
            throw new NotFoundException("Meeting " + meetingId + " has no minutes yet");
        }
        Plan plan = plans.get(meeting.planId());
        String issuer = issuer(plan);
        List<String> paragraphs = new ArrayList<>();
        paragraphs.add(CHINESE_DATE.format(meeting.date()) + "，" + meeting.chair() + "主持召开" + meeting.kind().label()
                + "，研究《" + plan.title() + "》落实工作。");
        String present = meeting.attendance().stream().filter(row -> row.status() == AttendanceStatus.ATTENDING)
                .map(row -> row.unit().name() + "（" + row.attendees() + "）").collect(Collectors.joining("、"));
        String absent = meeting.attendance().stream().filter(row -> row.status() != AttendanceStatus.ATTENDING)
                .map(row -> row.unit().name() + (row.reason() == null ? "" : "（" + row.reason() + "）"))
                .collect(Collectors.joining("、"));
        if (!present.isEmpty()) {
            paragraphs.add("参会单位：" + present + "。");
        }
        if (!absent.isEmpty()) {
            paragraphs.add("请假或未回执单位：" + absent + "。");
        }
        paragraphs.addAll(meeting.minutes().text().lines().toList());
        List<Meeting.Decision> decisions = meeting.minutes().decisions();
        if (!decisions.isEmpty()) {
            paragraphs.add("会议议定事项如下：");
            decisions.forEach(decision -> paragraphs.add(decision.position() + ". " + decision.text()));
        }
        LocalDate recorded = meeting.minutes().recordedAt().atZone(zone()).toLocalDate();
        return OfficialDocuments.docx(new OfficialDocument(issuer, "", meeting.kind().label() + "纪要", null,
                String.join("\n", paragraphs), issuer, recorded, null, issuer, recorded, List.of()));
    }

    /** The file name a download gets: the meeting's kind and day. */
    public String fileName(long meetingId, String what) {
        Meeting meeting = meetings.get(meetingId);
        return meeting.kind().label() + what + " " + meeting.date() + ".docx";
    }

    private static String issuer(Plan plan) {
        if (plan.leadingGroup() != null && plan.leadingGroup().name() != null) {
            return plan.leadingGroup().name() + "办公室";
        }
        return plan.office() != null && plan.office().name() != null ? plan.office().name() : DISTRICT_OFFICE;
    }

    private ZoneId zone() {
        return clock.getZone();
    }
}
