package org.planflow.meeting.api;

import java.net.URI;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import org.planflow.meeting.AttendanceAnswer;
import org.planflow.meeting.Meeting;
import org.planflow.meeting.MeetingDocuments;
import org.planflow.meeting.MeetingRequest;
import org.planflow.meeting.MeetingRhythm;
import org.planflow.meeting.MeetingService;
import org.planflow.meeting.MinutesRequest;
import org.planflow.shared.PageOf;
import org.planflow.shared.PageRequest;
import org.planflow.shared.web.Downloads;
import org.planflow.shared.web.FileDownloaded;
import org.planflow.supervision.AdHocItem;
import org.planflow.supervision.SupervisedItem;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.PutMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RestController;

@RestController
@Tag(name = "Meetings", description = "A plan's meetings at its rhythm: notice (会议通知), receipts (回执), minutes (会议纪要)")
class MeetingController {

    private final MeetingService meetings;
    private final MeetingDocuments documents;
    private final Downloads downloads;

    MeetingController(MeetingService meetings, MeetingDocuments documents, Downloads downloads) {
        this.meetings = meetings;
        this.documents = documents;
        this.downloads = downloads;
    }

    @GetMapping("/api/plans/{id}/meeting-rhythm")
    @Operation(summary = "Which meetings the plan holds and how often (beats: kind JOINT|PLENARY|LIAISON, cadence "
            + "MONTHLY|QUARTERLY|HALF_YEARLY|YEARLY), read from its text at issuance, since when, and each period from then to "
            + "now with the meeting held in it or missing; 404 for who may not read the plan")
    MeetingRhythm rhythm(@PathVariable long id) {
        return meetings.rhythm(id);
    }

    @PutMapping("/api/plans/{id}/meeting-rhythm")
    @Operation(summary = "The plan's office sets the beats ({\"beats\":[{\"kind\",\"cadence\"}]}, one per kind; none holds no "
            + "meetings); 403 for others")
    MeetingRhythm setRhythm(@PathVariable long id, @RequestBody MeetingRhythm rhythm) {
        return meetings.setRhythm(id, rhythm.beats());
    }

    @GetMapping("/api/plans/{id}/meetings")
    @Operation(summary = "The plan's meetings, the latest first, paged: kind, date, chair, agenda, attendanceDue, each unit's "
            + "receipt (status PENDING|ATTENDING|DECLINED, attendees or reason) and the minutes with their decisions and the "
            + "items they became; 404 for who may not read the plan")
    PageOf<Meeting> meetings(@PathVariable long id, PageRequest page) {
        return meetings.meetings(id, page);
    }

    @PostMapping("/api/plans/{id}/meetings")
    @Operation(summary = "The plan's office schedules a meeting ({\"kind\",\"date\",\"units\":[codes],\"chair\",\"agenda\"}, a "
            + "day after today): the notice goes to the units, each of which confirms attendance by 17:00 the day before "
            + "(CONFIRM_ATTENDANCE, first to its liaison); 403 for others")
    ResponseEntity<Meeting> schedule(@PathVariable long id, @RequestBody MeetingRequest request) {
        Meeting meeting = meetings.schedule(id, request);
        return ResponseEntity.created(URI.create("/api/meetings/" + meeting.id())).body(meeting);
    }

    @GetMapping("/api/meetings/{id}")
    @Operation(summary = "One meeting as the list shows it; 404 for who may not read its plan")
    Meeting meeting(@PathVariable long id) {
        return meetings.get(id);
    }

    @PostMapping("/api/meetings/{id}/attendance")
    @Operation(summary = "The caller's unit answers its receipt: {\"outcome\":\"attend\",\"attendees\":\"name, post\"} or "
            + "{\"outcome\":\"decline\",\"reason\"}; 403 unless the notice went to the unit, 409 once answered or begun")
    Meeting attendance(@PathVariable long id, @RequestBody AttendanceAnswer answer) {
        return meetings.answer(id, answer);
    }

    @PutMapping("/api/meetings/{id}/minutes")
    @Operation(summary = "The plan's office records the minutes ({\"text\",\"decisions\":[…]}) once the meeting's day has come "
            + "(409 before), completing RECORD_MINUTES; again to correct them, keeping decisions that became items")
    Meeting minutes(@PathVariable long id, @RequestBody MinutesRequest minutes) {
        return meetings.recordMinutes(id, minutes);
    }

    @PostMapping("/api/meetings/{id}/decisions/{position}/item")
    @Operation(summary = "The plan's office makes the minutes' decision a supervised item of the plan (body as POST "
            + "/api/items, title defaulting to the decision's text)")
    ResponseEntity<SupervisedItem> makeItem(@PathVariable long id, @PathVariable int position, @RequestBody AdHocItem request) {
        SupervisedItem item = meetings.makeItem(id, position, request);
        return ResponseEntity.created(URI.create("/api/items/" + item.id())).body(item);
    }

    @GetMapping("/api/meetings/{id}/notice.docx")
    @Operation(summary = "The meeting notice (会议通知) as red-header .docx")
    ResponseEntity<byte[]> notice(@PathVariable long id) {
        byte[] notice = documents.noticeDocx(id);
        return downloads.file(new FileDownloaded("meeting:" + id + "/notice", meetings.get(id).planId(), null,
                documents.fileName(id, "通知")), Downloads.DOCX, notice);
    }

    @GetMapping("/api/meetings/{id}/minutes.docx")
    @Operation(summary = "The minutes (会议纪要) as red-header .docx; 404 before they are recorded")
    ResponseEntity<byte[]> minutesDocx(@PathVariable long id) {
        byte[] minutes = documents.minutesDocx(id);
        return downloads.file(new FileDownloaded("meeting:" + id + "/minutes", meetings.get(id).planId(), null,
                documents.fileName(id, "纪要")), Downloads.DOCX, minutes);
    }
}
