package org.planflow.meeting;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;

import org.planflow.plan.UnitRef;

/**
 * A meeting of a plan's office: its kind, day, chair and agenda, the receipts (回执) of the units its notice went to,
 * answered by {@code attendanceDue}, and its minutes once recorded (null before). The notice's document number (文号, e.g.
 * 会通〔2026〕3号) is given when the notice goes out (null before, or for meetings noticed before numbering).
 */
public record Meeting(long id, long planId, MeetingKind kind, LocalDate date, String chair, String agenda,
                      Instant attendanceDue, List<Attendance> attendance, Minutes minutes, String noticeNumber,
                      String createdBy, Instant created) {

    public Meeting {
        attendance = attendance == null ? List.of() : List.copyOf(attendance);
    }

    /** One unit's receipt. */
    public record Attendance(UnitRef unit, AttendanceStatus status, String attendees, String reason, String answeredBy,
                             Instant answeredAt) {
    }

    /** The minutes with the decisions, each with the supervised item it became, if any. */
    public record Minutes(String text, List<Decision> decisions, String recordedBy, Instant recordedAt) {

        public Minutes {
            decisions = decisions == null ? List.of() : List.copyOf(decisions);
        }
    }

    public record Decision(int position, String text, Long itemId) {
    }
}
