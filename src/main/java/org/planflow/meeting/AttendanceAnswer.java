package org.planflow.meeting;

/** A unit's receipt: {@code outcome} attend (with who attends) or decline (with the reason). */
public record AttendanceAnswer(String outcome, String attendees, String reason) {
}
