package org.planflow.supervision;

import java.time.LocalDate;
import java.util.List;

/** What the supervision office records of a joint meeting: date, attending unit codes, decisions one by one. */
public record MeetingRecord(LocalDate date, List<String> attendees, List<String> decisions) {

    public MeetingRecord {
        attendees = attendees == null ? List.of() : List.copyOf(attendees);
        decisions = decisions == null ? List.of() : List.copyOf(decisions);
    }
}
