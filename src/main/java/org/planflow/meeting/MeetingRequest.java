package org.planflow.meeting;

import java.time.LocalDate;
import java.util.List;

/** A meeting the office schedules: its kind, day, attending units (codes), chair (主持人) and agenda (议题). */
public record MeetingRequest(String kind, LocalDate date, List<String> units, String chair, String agenda) {

    public MeetingRequest {
        units = units == null ? List.of() : List.copyOf(units);
    }
}
